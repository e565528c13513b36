import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'What a delete mutation did to the record.' })
export class DeletedRecord {
  @Field(() => Int, { description: 'Id of the record deleted.' })
  id: number;

  @Field(() => Boolean, {
    description: 'True when the row is kept, marked deleted, for history (certificates, disbursements): reads no longer show it. False when it was removed.',
  })
  soft: boolean;
}

export function deletedRecord(id: number, soft: boolean): DeletedRecord {
  return Object.assign(new DeletedRecord(), { id, soft });
}
