// All SQL of period approvals: the reporting unit and the approval a
// submission writes, the reporting periods of a scope with their approvals,
// and how much of the data behind figures is approved.
import sql from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { andReadScope } from '../auth/viewer.ts';
import { queryOne, queryRows, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, rowShape, type RowType } from '../db/rows.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { PeriodApproval, type PeriodKind } from './period-approval.entity.ts';
import { reportingUnit, validThroughout, type Period } from './periods.ts';

const REPORTING_UNIT = entityRow(AdminUnit).with({ reports: 'bool' });
export type ReportingUnitFacts = RowType<typeof REPORTING_UNIT>;

/** A unit and whether it reports periods; undefined when the viewer cannot read it. */
export function reportingUnitOf(db: Db, id: number): Promise<ReportingUnitFacts | undefined> {
  return queryOne(
    db,
    REPORTING_UNIT,
    sql`SELECT ${selectColumns(db, AdminUnit, 'u')}, ${reportingUnit('u')} AS reports FROM admin_unit u WHERE u.id = ${id} ${andReadScope(sql`u.id`)}`,
  );
}

/** The approval of a unit's period, locked until the transaction ends. */
export function approvalOf(tx: EntityManager, unitId: number, kind: PeriodKind, start: string): Promise<PeriodApproval | undefined> {
  return queryOne(
    tx,
    entityRow(PeriodApproval),
    sql`SELECT ${selectColumns(tx, PeriodApproval, 'pa')} FROM period_approval pa
        WHERE pa.unit_id = ${unitId} AND pa.period_kind = ${kind} AND pa.period_start = ${start} FOR UPDATE`,
  );
}

const SLOT_ROW = rowShape({ unitId: 'int', year: 'int', number: 'int', start: 'date', end: 'date', approvalId: 'int?' });
export type Slot = RowType<typeof SLOT_ROW>;

/** Every reporting unit within `scopeId` (readable by the viewer) that existed through each period, with its approval if any. */
export function reportingSlots(db: Db, scopeId: number, kind: PeriodKind, periods: Period[]): Promise<Slot[]> {
  return queryRows(
    db,
    SLOT_ROW,
    sql`SELECT u.id AS "unitId", p.year, p.number, p.start, p."end", pa.id AS "approvalId"
        FROM jsonb_to_recordset(${JSON.stringify(periods)}::jsonb) AS p(year int, number int, start date, "end" date)
        JOIN admin_unit_closure cl ON cl.ancestor_id = ${scopeId}
        JOIN admin_unit u ON u.id = cl.descendant_id AND ${reportingUnit('u')} AND ${validThroughout('u', sql`p.start`, sql`p."end"`)}
        LEFT JOIN period_approval pa ON pa.unit_id = u.id AND pa.period_kind = ${kind} AND pa.period_start = p.start
        WHERE true ${andReadScope(sql`u.id`)}
        ORDER BY p.start, u.code, u.id`,
  );
}

export function approvalsById(db: Db, ids: number[]): Promise<PeriodApproval[]> {
  return queryRows(
    db,
    entityRow(PeriodApproval),
    sql`SELECT ${selectColumns(db, PeriodApproval, 'pa')} FROM period_approval pa WHERE pa.id = ANY(${ids}::int[])`,
  );
}

export interface CoverageRequest {
  scopeId: number;
  from: string;
  to: string;
}

const COVERAGE_ROW = rowShape({ i: 'int', periods: 'int', approved: 'int', submitted: 'int', returned: 'int' });
export type CoverageCounts = RowType<typeof COVERAGE_ROW>;

/**
 * For each request, the months of [from, to] of every reporting unit within
 * its scope that existed through the month, counted by the approval covering
 * them (a month's own, or its quarter's; approved first). One statement.
 */
export function coverageCounts(db: Db, requests: CoverageRequest[]): Promise<CoverageCounts[]> {
  return queryRows(
    db,
    COVERAGE_ROW,
    sql`WITH req AS (
          SELECT * FROM unnest(${requests.map((r) => r.scopeId)}::int[], ${requests.map((r) => r.from)}::date[], ${requests.map((r) => r.to)}::date[])
            WITH ORDINALITY AS r(scope_id, from_day, to_day, i)),
        slot AS (
          SELECT r.i, u.id AS unit_id, m.start, (m.start + interval '1 month - 1 day')::date AS "end"
          FROM req r
          CROSS JOIN LATERAL (SELECT generate_series(date_trunc('month', r.from_day), r.to_day, interval '1 month')::date AS start) m
          JOIN admin_unit_closure cl ON cl.ancestor_id = r.scope_id
          JOIN admin_unit u ON u.id = cl.descendant_id AND ${reportingUnit('u')}
            AND ${validThroughout('u', sql`m.start`, sql`(m.start + interval '1 month - 1 day')::date`)}
          WHERE r.from_day <= r.to_day ${andReadScope(sql`u.id`)})
        SELECT s.i::int AS i, count(*)::int AS periods,
               count(*) FILTER (WHERE st.status = 'approved')::int AS approved,
               count(*) FILTER (WHERE st.status = 'submitted')::int AS submitted,
               count(*) FILTER (WHERE st.status = 'returned')::int AS returned
        FROM slot s
        LEFT JOIN LATERAL (
          SELECT pa.status FROM period_approval pa
          WHERE pa.unit_id = s.unit_id AND pa.period_start <= s.start AND pa.period_end >= s."end"
          ORDER BY array_position(ARRAY['approved', 'submitted', 'returned', 'open']::text[], pa.status::text) LIMIT 1) st ON true
        GROUP BY s.i`,
  );
}
