import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { ID_ARG, INPUT_ARG, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { DeletedRecord, deletedRecord } from '../writes/write.types.ts';
import { Subject } from './subject.entity.ts';
import { SubjectInput } from './subject.inputs.ts';
import { subjectWriter } from './subject.writer.ts';

@Resolver(() => Subject)
export class SubjectMutationResolver {
  @Mutation(() => Subject, { description: 'Registers an OCOP subject in a unit inside your write scope.' })
  async createSubject(@Arg('input', () => SubjectInput, INPUT_ARG) input: SubjectInput, @Ctx() ctx: Context): Promise<Subject> {
    return runMutation(ctx, async (w) => (await subjectWriter.create(w, input)).row);
  }

  @Mutation(() => Subject, { description: 'Replaces the fields of a subject; its version goes up by one when anything changed.' })
  async updateSubject(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => SubjectInput, INPUT_ARG) input: SubjectInput,
    @Ctx() ctx: Context,
  ): Promise<Subject> {
    return runMutation(ctx, async (w) => (await subjectWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes a subject; refused while products, disbursements, sales points or events refer to it.' })
  async deleteSubject(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await subjectWriter.delete(w, id, version)).soft));
  }
}
