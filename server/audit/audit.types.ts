import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { connectionType, PageArgs } from '../common/connection.ts';

export const DateTime = DateTimeResolver;

export enum AuditAction {
  create = 'create',
  update = 'update',
  delete = 'delete',
  import = 'import',
  submit = 'submit',
  approve = 'approve',
  return = 'return',
  reopen = 'reopen',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a write did.',
  valuesConfig: {
    create: { description: 'A record was created.' },
    update: { description: 'A record was changed (revocations and "done" marks included).' },
    delete: { description: 'A record was deleted (certificates and disbursements: marked deleted, kept for history).' },
    import: { description: 'A record was created (no `before`) or changed by a file import.' },
    submit: { description: 'A unit submitted a period’s figures for approval.' },
    approve: { description: 'The province approved a period’s figures (they are locked).' },
    return: { description: 'The province returned a period’s figures with a reason.' },
    reopen: { description: 'The province reopened an approved period, with a reason.' },
  },
});

/** The kinds of record the hub writes; the values are the table names. */
export enum AuditEntity {
  subject = 'subject',
  product = 'product',
  evaluation_round = 'evaluation_round',
  evaluation = 'evaluation',
  certificate = 'certificate',
  plan = 'plan',
  target = 'target',
  milestone = 'milestone',
  budget_allocation = 'budget_allocation',
  disbursement = 'disbursement',
  training_class = 'training_class',
  promotion_event = 'promotion_event',
  sales_point = 'sales_point',
  period_approval = 'period_approval',
  report_draft = 'report_draft',
}
registerEnumType(AuditEntity, {
  name: 'AuditEntity',
  description: 'Kind of record an audit entry is about.',
  valuesConfig: {
    subject: { description: 'An OCOP subject.' },
    product: { description: 'A product.' },
    evaluation_round: { description: 'An evaluation round.' },
    evaluation: { description: 'An evaluation (scores).' },
    certificate: { description: 'A certificate (issue, change, revocation, deletion).' },
    plan: { description: 'An implementation plan.' },
    target: { description: 'A plan target.' },
    milestone: { description: 'A plan milestone.' },
    budget_allocation: { description: 'A budget allocation.' },
    disbursement: { description: 'A disbursement.' },
    training_class: { description: 'A training class.' },
    promotion_event: { description: 'A trade-promotion event.' },
    sales_point: { description: 'A sales point.' },
    period_approval: { description: 'The approval of a unit’s month or quarter (submission, approval, return, reopening).' },
    report_draft: { description: 'The officer’s part of a periodic report (difficulties, proposals, number, date, signer).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One write to programme data: who, what, when, and the record before and after. Append-only.' })
export class AuditEntry {
  @Field(() => Int, { description: 'Entry id; later entries have higher ids.' })
  id: number;

  @Field(() => DateTime, { description: 'When the write was committed (transaction time).' })
  at: Date;

  @Field(() => Int, { nullable: true, description: 'Id of the user who wrote; null for the hub itself (seeds, scripts).' })
  userId: number | null;

  @Field(() => String, { description: 'Login name of the user who wrote, as it was then.' })
  username: string;

  @Field(() => AuditAction, { description: 'What the write did.' })
  action: AuditAction;

  @Field(() => AuditEntity, { description: 'Kind of record written.' })
  entity: AuditEntity;

  @Field(() => Int, { nullable: true, description: 'Id of the record written.' })
  entityId: number | null;

  unitId: number | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The record before the write (null for a creation): its fields by their GraphQL names, with the ids of related records (unitId, productId…) and its version.',
  })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the write (null for a hard delete).' })
  after: Record<string, unknown> | null;

  @Field(() => Int, { nullable: true, description: 'The file import the write belongs to, for "import" entries.' })
  importBatchId: number | null;
}

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry', 'audit-log entries');
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

@InputType({ description: 'Filters for the audit log; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => AuditEntity, { nullable: true, description: 'Entries about this kind of record.' })
  entity?: AuditEntity | null;

  @Field(() => Int, { nullable: true, description: 'Entries about the record with this id (use with `entity`).' })
  entityId?: number | null;

  @Field(() => DateTime, { nullable: true, description: 'Written at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Written at or before this instant.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Written by the user with this login name.' })
  username?: string | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: 'Filters.' })
  filter?: AuditLogFilter | null;
}
