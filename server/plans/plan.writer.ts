// Rules for writing plans, their targets and milestones.
import { Product } from '../products/product.entity.ts';
import { formatDate, today } from '../common/dates.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { checkReferences, idSet, isNewOrChanged, reference } from '../writes/rules.ts';
import { checkUnitOn, describeUnit } from '../writes/units.ts';
import type { Write } from '../writes/write-context.ts';
import type { Problems } from '../writes/write-errors.ts';
import { unitsById, unitWithin } from '../writes/write.repository.ts';
import { Milestone, Plan, Target } from './plan.entity.ts';
import type { MilestoneInput, PlanInput, TargetInput } from './plan.inputs.ts';
import { targetDefinitionProblems } from './target-definition.ts';
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
      const unit = await checkUnitOn(
        w,
        problems,
        'input.issuerUnitId',
        input.issuerUnitId,
        { on },
        input.issuedOn ? { vi: 'ngày ban hành', en: 'issuedOn' } : { vi: 'ngày đầu kỳ kế hoạch', en: 'periodStart' },
      );
      if (unit && unit.level === 'commune') {
        const u = describeUnit(unit);
        problems.add('input.issuerUnitId', {
          vi: `kế hoạch do tỉnh hoặc huyện ban hành, không phải ${u.vi}`,
          en: `plans are issued by provinces and districts, not by ${u.en}`,
        });
      }
    }
  },
  references: (row) => planReferences(row.id),
});

/** The scope of a target or milestone: the plan's issuer or under it, and existing when the plan period starts. */
async function checkPlanScope(w: Write, problems: Problems, plan: Plan, scopeUnitId: number): Promise<void> {
  const unit = await checkUnitOn(
    w,
    problems,
    'input.scopeUnitId',
    scopeUnitId,
    { on: plan.periodStart },
    { vi: 'ngày đầu kỳ của kế hoạch', en: "the plan's periodStart" },
  );
  if (unit && !(await unitWithin(w.tx, plan.issuerUnitId, scopeUnitId))) {
    const [issuer] = await unitsById(w.tx, [plan.issuerUnitId]);
    const [u, by] = [describeUnit(unit), issuer ? describeUnit(issuer) : { vi: 'đơn vị', en: 'the unit' }];
    problems.add('input.scopeUnitId', {
      vi: `${u.vi} không thuộc ${by.vi} đã ban hành kế hoạch ${plan.id}`,
      en: `${u.en} does not lie in ${by.en} that issued plan ${plan.id}`,
    });
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
    // The metric must be in the catalogue and the parameters be ones it declares, with values it accepts.
    for (const p of targetDefinitionProblems(input.metric, input.params ?? {})) problems.add(`input.${p.field}`, p.message);
    if (input.targetMax != null && input.targetMax < input.targetMin)
      problems.add('input.targetMax', { vi: `không được nhỏ hơn targetMin (${input.targetMin})`, en: `must be at least targetMin (${input.targetMin})` });
    const plan = await reference<Plan>(w, problems, 'input.planId', Plan, input.planId);
    if (plan && isNewOrChanged(before, record, 'planId', 'scopeUnitId')) await checkPlanScope(w, problems, plan, input.scopeUnitId);
    if (input.parentTargetId != null) {
      const parent = await reference<Target>(w, problems, 'input.parentTargetId', Target, input.parentTargetId);
      if (parent && parent.planId !== input.planId)
        problems.add('input.parentTargetId', {
          vi: `chỉ tiêu ${parent.id} thuộc kế hoạch khác (${parent.planId})`,
          en: `target ${parent.id} belongs to another plan (${parent.planId})`,
        });
      if (parent && (parent.id === before?.id || parent.parentTargetId !== null)) {
        problems.add('input.parentTargetId', {
          vi: 'phải là một chỉ tiêu cấp trên khác chỉ tiêu này (chỉ tiêu chỉ được chia nhỏ một cấp)',
          en: 'must be a top-level target other than this one (breakdowns are one level deep)',
        });
      }
    }
    await checkReferences(w, problems, 'input.productIds', Product, idSet(input.productIds));
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
    const plan = await reference<Plan>(w, problems, 'input.planId', Plan, input.planId);
    if (plan) {
      if (isNewOrChanged(before, record, 'planId', 'scopeUnitId')) await checkPlanScope(w, problems, plan, input.scopeUnitId);
      if (input.deadline < plan.periodStart || input.deadline > plan.periodEnd) {
        const [from, to] = [formatDate(plan.periodStart), formatDate(plan.periodEnd)];
        problems.add('input.deadline', {
          vi: `phải nằm trong kỳ của kế hoạch ${plan.id} (${from} đến ${to})`,
          en: `must fall within the period of plan ${plan.id} (${from} to ${to})`,
        });
      }
    }
    checkDone(problems, 'input.doneOn', input.doneOn ?? null);
  },
});

function checkDone(problems: Problems, field: string, doneOn: string | null): void {
  if (doneOn && doneOn > today())
    problems.add(field, {
      vi: `không được ở tương lai (hôm nay là ${formatDate(today())})`,
      en: `must not be in the future (today is ${formatDate(today())})`,
    });
}

/** Marks a milestone done on a date, or (with null) not done. */
export function markMilestoneDone(w: Write, id: number, version: number, doneOn: string | null) {
  return milestoneWriter.change(w, id, version, { doneOn }, async (_record, _before, problems) => checkDone(problems, 'doneOn', doneOn));
}
