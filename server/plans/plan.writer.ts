// Rules for writing plans, their targets and milestones.
import { findMetric } from '../metrics/catalogue.ts';
import { Product } from '../products/product.entity.ts';
import { today } from '../common/dates.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { checkReferences, idSet, isNewOrChanged, reference } from '../writes/rules.ts';
import { checkUnitOn, describeUnit } from '../writes/units.ts';
import type { Write } from '../writes/write-context.ts';
import type { Problems } from '../writes/write-errors.ts';
import { unitsById, unitWithin } from '../writes/write.repository.ts';
import { Milestone, Plan, Target } from './plan.entity.ts';
import type { MilestoneInput, PlanInput, TargetInput } from './plan.inputs.ts';
import { planReferences, setTargetProducts, targetProductIds, targetReferences } from './plan-write.repository.ts';

export const planWriter = new RecordWriter<Plan, PlanInput>({
  entity: Plan,
  uniqueKey: 'key',
  values: inputColumns([
    'key',
    'issuerUnitId',
    'issuerName',
    'documentNumber',
    'issuedOn',
    'year',
    'periodStart',
    'periodEnd',
    'title',
    'productGroupsDecision',
    'source',
  ]),
  refers: {},
  async check(w, input, record, before, problems) {
    if (isNewOrChanged(before, record, 'issuerUnitId', 'issuedOn', 'periodStart')) {
      const on = input.issuedOn ?? input.periodStart;
      const unit = await checkUnitOn(w, problems, 'input.issuerUnitId', input.issuerUnitId, { on }, input.issuedOn ? 'issuedOn' : 'periodStart');
      if (unit && unit.level === 'commune') problems.add('input.issuerUnitId', `plans are issued by provinces and districts, not by ${describeUnit(unit)}`);
    }
  },
  references: (row) => planReferences(row.id),
});

/** The scope of a target or milestone: the plan's issuer or under it, and existing when the plan period starts. */
async function checkPlanScope(w: Write, problems: Problems, plan: Plan, scopeUnitId: number): Promise<void> {
  const unit = await checkUnitOn(w, problems, 'input.scopeUnitId', scopeUnitId, { on: plan.periodStart }, "the plan's periodStart");
  if (unit && !(await unitWithin(w.tx, plan.issuerUnitId, scopeUnitId))) {
    const [issuer] = await unitsById(w.tx, [plan.issuerUnitId]);
    problems.add('input.scopeUnitId', `${describeUnit(unit)} does not lie in ${issuer ? describeUnit(issuer) : 'the unit'} that issued plan ${plan.id}`);
  }
}

export const targetWriter = new RecordWriter<Target, TargetInput>({
  entity: Target,
  uniqueKey: 'key',
  values: inputColumns(['key', 'planId', 'parentTargetId', 'metric', 'params', 'scopeUnitId', 'targetMin', 'targetMax', 'unit', 'dueDate', 'wording'], {
    params: {},
  }),
  refers: {
    planId: { entity: Plan, label: { vi: 'kế hoạch', en: 'plan' }, access: 'write' },
    parentTargetId: { entity: Target, label: { vi: 'chỉ tiêu', en: 'target' }, access: 'write' },
    productIds: { entity: Product, label: { vi: 'sản phẩm', en: 'product' }, access: 'write' },
  },
  async check(w, input, record, before, problems) {
    if (!findMetric(input.metric)) problems.add('input.metric', `"${input.metric}" is not in the metric catalogue (see the metrics query)`);
    if (input.targetMax != null && input.targetMax < input.targetMin) problems.add('input.targetMax', `must be at least targetMin (${input.targetMin})`);
    const plan = await reference<Plan>(w, problems, 'input.planId', Plan, input.planId, 'plan');
    if (plan && isNewOrChanged(before, record, 'planId', 'scopeUnitId')) await checkPlanScope(w, problems, plan, input.scopeUnitId);
    if (input.parentTargetId != null) {
      const parent = await reference<Target>(w, problems, 'input.parentTargetId', Target, input.parentTargetId, 'target');
      if (parent && parent.planId !== input.planId) problems.add('input.parentTargetId', `target ${parent.id} belongs to another plan (${parent.planId})`);
      if (parent && (parent.id === before?.id || parent.parentTargetId !== null)) {
        problems.add('input.parentTargetId', 'must be a top-level target other than this one (breakdowns are one level deep)');
      }
    }
    await checkReferences(w, problems, 'input.productIds', Product, idSet(input.productIds), 'product');
  },
  links: {
    read: async (w, id) => ({ productIds: await targetProductIds(w.tx, id) }),
    wanted: (i) => ({ productIds: idSet(i.productIds) }),
    write: (w, id, links) => setTargetProducts(w.tx, id, links.productIds as number[]),
  },
  references: (row) => targetReferences(row.id),
});

export const milestoneWriter = new RecordWriter<Milestone, MilestoneInput>({
  entity: Milestone,
  uniqueKey: 'key',
  values: inputColumns(['key', 'planId', 'kind', 'title', 'deadline', 'scopeUnitId', 'doneOn', 'wording']),
  refers: { planId: { entity: Plan, label: { vi: 'kế hoạch', en: 'plan' }, access: 'write' } },
  async check(w, input, record, before, problems) {
    const plan = await reference<Plan>(w, problems, 'input.planId', Plan, input.planId, 'plan');
    if (plan) {
      if (isNewOrChanged(before, record, 'planId', 'scopeUnitId')) await checkPlanScope(w, problems, plan, input.scopeUnitId);
      if (input.deadline < plan.periodStart || input.deadline > plan.periodEnd) {
        problems.add('input.deadline', `must fall within the period of plan ${plan.id} (${plan.periodStart} to ${plan.periodEnd})`);
      }
    }
    checkDone(problems, 'input.doneOn', input.doneOn ?? null);
  },
});

function checkDone(problems: Problems, field: string, doneOn: string | null): void {
  if (doneOn && doneOn > today()) problems.add(field, `must not be in the future (today is ${today()})`);
}

/** Marks a milestone done on a date, or (with null) not done. */
export function markMilestoneDone(w: Write, id: number, version: number, doneOn: string | null) {
  return milestoneWriter.change(w, id, version, { doneOn }, async (_record, _before, problems) => checkDone(problems, 'doneOn', doneOn));
}
