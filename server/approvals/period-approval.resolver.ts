import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/guard.ts';
import { AppUser } from '../auth/user.entity.ts';
import { currentViewer } from '../auth/viewer.ts';
import { AuditAction } from '../audit/audit.types.ts';
import type { Context } from '../context.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { findAdminUnitByCode } from '../geo/admin-unit.repository.ts';
import { ID_ARG, VALIDATED, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { PeriodApproval } from './period-approval.entity.ts';
import { decidePeriod, reportingPeriods, submitPeriod } from './period-approval.service.ts';
import { PeriodReasonInput, PeriodSubmissionInput, ReportingPeriods, ReportingPeriodsArgs } from './period-approval.types.ts';

@Resolver(() => PeriodApproval)
export class PeriodApprovalResolver {
  @Authorized()
  @Query(() => ReportingPeriods, {
    nullable: true,
    description:
      'Every reporting period of the units within a unit (districts before 1 July 2025, communes since) and its stage: awaiting submission, awaiting approval, returned, approved, overdue. Null for an unknown unit.',
  })
  async reportingPeriods(@Args(() => ReportingPeriodsArgs) args: ReportingPeriodsArgs, @Ctx() ctx: Context): Promise<ReportingPeriods | null> {
    const unit = await findAdminUnitByCode(ctx.db, args.unitCode, args.unitsAsOf);
    return unit ? reportingPeriods(ctx.db, unit, args) : null;
  }

  @Authorized(ACCESS.submitPeriod.roles)
  @Mutation(() => PeriodApproval, {
    description: 'Submits a unit’s month or quarter, once it has ended, for the province’s approval (also after it was returned or reopened). Audited.',
  })
  submitPeriod(
    @Arg('input', () => PeriodSubmissionInput, { description: 'The unit and the period.', ...VALIDATED }) input: PeriodSubmissionInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => submitPeriod(w, input));
  }

  @Authorized(ACCESS.decidePeriod.roles)
  @Mutation(() => PeriodApproval, {
    description: 'Approves a submitted period: its records are locked against edits and imports until it is reopened. Audited.',
  })
  approvePeriod(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context) {
    return runMutation(ctx, (w) => decidePeriod(w, id, version, AuditAction.approve, null));
  }

  @Authorized(ACCESS.decidePeriod.roles)
  @Mutation(() => PeriodApproval, { description: 'Returns a submitted period to its unit with a reason, to be corrected and submitted again. Audited.' })
  returnPeriod(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => PeriodReasonInput, { description: 'Why.', ...VALIDATED }) input: PeriodReasonInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => decidePeriod(w, id, version, AuditAction.return, input.reason));
  }

  @Authorized(ACCESS.decidePeriod.roles)
  @Mutation(() => PeriodApproval, {
    description: 'Reopens an approved period with a reason: its records can be changed again, and it is to be submitted again. Audited.',
  })
  reopenPeriod(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => PeriodReasonInput, { description: 'Why.', ...VALIDATED }) input: PeriodReasonInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => decidePeriod(w, id, version, AuditAction.reopen, input.reason));
  }

  @FieldResolver(() => AdminUnit, { description: 'The reporting unit.' })
  unit(@Root() approval: PeriodApproval, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(approval.unitId);
  }

  @FieldResolver(() => AppUser, { nullable: true, description: 'Who last submitted it (hidden from analysts, who see no personal data).' })
  submittedBy(@Root() approval: PeriodApproval, @Ctx() ctx: Context): Promise<AppUser | null> | null {
    return approval.submittedById && currentViewer().seesPersonalData ? ctx.loaders.userById.load(approval.submittedById) : null;
  }

  @FieldResolver(() => AppUser, { nullable: true, description: 'Who last approved, returned or reopened it (hidden from analysts).' })
  decidedBy(@Root() approval: PeriodApproval, @Ctx() ctx: Context): Promise<AppUser | null> | null {
    return approval.decidedById && currentViewer().seesPersonalData ? ctx.loaders.userById.load(approval.decidedById) : null;
  }
}
