// All SQL of the periodic report: the reporting unit and its parts, the plans
// of the year, their budget lines, where the data came from, and the
// officer's drafts. Figures themselves come from the progress and metric
// services (report-figures.ts), never from here.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { andReadScope } from '../auth/viewer.ts';
import { BudgetAllocation } from '../budgets/budget.entity.ts';
import { entityRow, rowShape, type RowType } from '../db/rows.ts';
import { queryId, queryOne, queryRows, selectColumns, type Db } from '../db/sql.ts';
import { unitIdByCode } from '../geo/unit-scope.ts';
import { Plan } from '../plans/plan.entity.ts';
import { ReportDraft } from './report-draft.entity.ts';
import type { ReportPeriodCode } from './report-period.ts';

const UNIT = rowShape({ id: 'int', code: 'text', name: 'text', type: 'text', level: 'text', validTo: 'date?' });
export type ReportUnit = RowType<typeof UNIT>;

const unitColumns = sql`u.id, u.code, u.name, u.type, u.level, u.valid_to AS "validTo"`;
const validDuring = (from: string, to: string) => sql`COALESCE(u.valid_from, '-infinity') <= ${to}::date AND COALESCE(u.valid_to, 'infinity') >= ${from}::date`;

/** The unit with this code on `on` (else the latest with the code); undefined when no unit has it. */
export function unitByCode(db: Db, code: string, on: string): Promise<ReportUnit | undefined> {
  return queryOne(db, UNIT, sql`SELECT ${unitColumns} FROM admin_unit u WHERE u.id = ${unitIdByCode(code, null, on)}`);
}

/** Whether the viewer's read scope reaches the unit (everything under it is then readable). */
export async function unitReadable(db: Db, unitId: number): Promise<boolean> {
  return (await queryId(db, sql`SELECT u.id FROM admin_unit u WHERE u.id = ${unitId} ${andReadScope(sql`u.id`)}`)) !== undefined;
}

/** The units directly under `unitId` that existed at some time in the window, by code. */
export function childUnits(db: Db, unitId: number, from: string, to: string): Promise<ReportUnit[]> {
  return queryRows(db, UNIT, sql`SELECT ${unitColumns} FROM admin_unit u WHERE u.parent_id = ${unitId} AND ${validDuring(from, to)} ORDER BY u.code`);
}

/** Units by id (scopes of targets and milestones), any date. */
export function unitsByIds(db: Db, ids: number[]): Promise<ReportUnit[]> {
  return queryRows(db, UNIT, sql`SELECT ${unitColumns} FROM admin_unit u WHERE u.id = ANY(${ids}::int[])`);
}

/** Ids of the unit and every unit under it. */
export async function unitsWithin(db: Db, unitId: number): Promise<Set<number>> {
  const rows = await queryRows(db, rowShape({ id: 'int' }), sql`SELECT descendant_id AS id FROM admin_unit_closure WHERE ancestor_id = ${unitId}`);
  return new Set(rows.map((r) => r.id));
}

/**
 * The plans that set something for the unit in the year: issued inside it, or
 * with a target or milestone scoped inside it (a district under a provincial
 * plan), whose period covers part of the year; `planIds` narrows the set.
 */
export function plansForUnit(db: Db, unitId: number, year: number, planIds: number[] | null): Promise<Plan[]> {
  const inside = sql`IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ${unitId})`;
  return queryRows(
    db,
    entityRow(Plan),
    sql`SELECT ${selectColumns(db, Plan, 'p')} FROM plan p
        WHERE p.period_start <= make_date(${year}::int, 12, 31) AND p.period_end >= make_date(${year}::int, 1, 1)
          AND (p.issuer_unit_id ${inside}
               OR EXISTS (SELECT 1 FROM target t WHERE t.plan_id = p.id AND t.scope_unit_id ${inside})
               OR EXISTS (SELECT 1 FROM milestone m WHERE m.plan_id = p.id AND m.scope_unit_id ${inside}))
          ${planIds ? sql`AND p.id = ANY(${planIds}::int[])` : sql``}
          ${andReadScope(sql`p.issuer_unit_id`)}
        ORDER BY p.period_start, p.id`,
  );
}

/** The budget lines the plans themselves state (not the allocations made since). */
export function planBudgetLines(db: Db, planIds: number[]): Promise<BudgetAllocation[]> {
  return queryRows(
    db,
    entityRow(BudgetAllocation),
    sql`SELECT ${selectColumns(db, BudgetAllocation, 'b')} FROM budget_allocation b
        WHERE b.plan_id = ANY(${planIds}::int[]) ${andReadScope(sql`b.recipient_unit_id`)}
        ORDER BY array_position(ARRAY['central','provincial','district','commune','other']::text[], b.source::text), b.id`,
  );
}

const PROVENANCE = rowShape({ kind: 'text', total: 'int', illustrative: 'int' });
export type ProvenanceRow = RowType<typeof PROVENANCE>;

/**
 * How many records of each kind inside the unit, dated up to `to` (events and
 * payments from `from`), stand behind the figures, and how many of them are
 * invented for illustration (the seeded dataset).
 */
export function provenance(db: Db, unitId: number, from: string, to: string): Promise<ProvenanceRow[]> {
  const inside = (column: string) => sql`${raw(column)} IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ${unitId})`;
  const count = (kind: string, rows: Sql) =>
    sql`SELECT ${kind}::text AS kind, count(*)::int AS total, count(*) FILTER (WHERE x.illustrative)::int AS illustrative FROM ${rows}`;
  return queryRows(
    db,
    PROVENANCE,
    sql`${count('products', sql`product x WHERE ${inside('x.unit_id')} ${andReadScope(sql`x.unit_id`)}`)}
        UNION ALL ${count('certificates', sql`certificate x JOIN product p ON p.id = x.product_id WHERE x.deleted_at IS NULL AND x.decided_on <= ${to}::date AND ${inside('p.unit_id')} ${andReadScope(sql`p.unit_id`)}`)}
        UNION ALL ${count('allocations', sql`budget_allocation x WHERE x.year = extract(year FROM ${to}::date) AND ${inside('x.recipient_unit_id')} ${andReadScope(sql`x.recipient_unit_id`)}`)}
        UNION ALL ${count('disbursements', sql`disbursement x WHERE x.deleted_at IS NULL AND x.disbursed_on BETWEEN ${from}::date AND ${to}::date AND ${inside('x.unit_id')} ${andReadScope(sql`x.unit_id`)}`)}
        UNION ALL ${count('training_classes', sql`training_class x WHERE x.starts_on BETWEEN ${from}::date AND ${to}::date AND ${inside('x.unit_id')} ${andReadScope(sql`x.unit_id`)}`)}
        UNION ALL ${count('promotion_events', sql`promotion_event x WHERE x.starts_on BETWEEN ${from}::date AND ${to}::date AND ${inside('x.unit_id')} ${andReadScope(sql`x.unit_id`)}`)}`,
  );
}

/** The officer's draft for the unit and period, when the viewer may read it. */
export function findDraft(db: Db, unitId: number, period: ReportPeriodCode, year: number, endMonth: number): Promise<ReportDraft | undefined> {
  return queryOne(
    db,
    entityRow(ReportDraft),
    sql`SELECT ${selectColumns(db, ReportDraft, 'd')} FROM report_draft d
        WHERE d.unit_id = ${unitId} AND d.period = ${period} AND d.year = ${year} AND d.end_month = ${endMonth} ${andReadScope(sql`d.unit_id`)}`,
  );
}

/** Another draft (not `exceptId`) for the same unit and period. */
export function otherDraftId(db: Db, d: Pick<ReportDraft, 'unitId' | 'period' | 'year' | 'endMonth'>, exceptId: number | null): Promise<number | undefined> {
  return queryId(
    db,
    sql`SELECT id FROM report_draft WHERE unit_id = ${d.unitId} AND period = ${d.period} AND year = ${d.year} AND end_month = ${d.endMonth}
        AND id <> ${exceptId ?? 0} LIMIT 1`,
  );
}
