// The lock of approved periods on every write path: the RecordWriter asks
// before it creates, changes or deletes a record that period-facts.ts names,
// so mutations and file imports are refused alike until the province reopens
// the period. Only the facts a change touches are checked: revoking a
// certificate decided in an approved period is a fact of the revocation's date.
import type { GraphQLError } from 'graphql';
import sql from 'sql-template-tag';
import { userError } from '../common/errors.ts';
import { formatDate } from '../common/dates.ts';
import { queryOne, queryRows } from '../db/sql.ts';
import { rowShape } from '../db/rows.ts';
import type { Values } from '../writes/record-writer.ts';
import type { Write } from '../writes/write-context.ts';
import type { Table } from '../writes/write.repository.ts';
import { PERIOD_FACTS } from './period-facts.ts';
import { periodLabel, type PeriodKind } from './periods.ts';

/** A record as it was or would be, and its unit (undefined while a reference it needs is missing). */
export interface RecordSide {
  unitId: number | null | undefined;
  record: Values;
}

const HIT_ROW = rowShape({ day: 'date', id: 'int?' });
const PERIOD_ROW = rowShape({ kind: 'text', start: 'date', end: 'date', unitName: 'text', unitCode: 'text' });

/**
 * Refuses with PERIOD_APPROVED a write whose record, before or after, is dated
 * in an approved period of its unit. `set` names the properties a change
 * writes (undefined: the whole record is created or deleted).
 */
export async function assertPeriodsOpen(w: Write, table: Table, before: RecordSide | null, after: RecordSide | null, set?: Values): Promise<void> {
  const facts = PERIOD_FACTS[table.name];
  if (!facts) return;
  const property = (column: string) => table.columns.find((c) => c.column === column)?.property ?? column;
  const laterColumns = new Set(facts.later?.flatMap((f) => Object.keys(f.columns)));
  const groups = [{ date: facts.date, owns: (column: string) => !laterColumns.has(column) }];
  for (const f of facts.later ?? []) groups.push({ date: f.date, owns: (column) => column in f.columns });
  const columnOf = (p: string) => table.columns.find((c) => c.property === p)?.column ?? p;

  const units: number[] = [];
  const days: string[] = [];
  for (const g of groups) {
    if (set && !Object.keys(set).some((p) => g.owns(columnOf(p)))) continue;
    for (const side of [before, after]) {
      const day = side?.record[property(g.date)];
      if (side && typeof side.unitId === 'number' && typeof day === 'string') {
        units.push(side.unitId);
        days.push(day);
      }
    }
  }
  if (!units.length) return;
  const hits = await queryRows(
    w.tx,
    HIT_ROW,
    sql`SELECT c.day, approved_period_of(c.unit, c.day) AS id FROM unnest(${units}::int[], ${days}::date[]) AS c(unit, day)`,
  );
  const hit = hits.find((h) => h.id !== null);
  if (hit) throw await periodApproved(w, hit.id!, hit.day, facts.label.vi, facts.label.en);
}

async function periodApproved(w: Write, id: number, day: string, recordVi: string, recordEn: string): Promise<GraphQLError> {
  const p = (await queryOne(
    w.tx,
    PERIOD_ROW,
    sql`SELECT pa.period_kind AS kind, pa.period_start AS start, pa.period_end AS end, u.type || ' ' || u.name AS "unitName", u.code AS "unitCode"
        FROM period_approval pa JOIN admin_unit u ON u.id = pa.unit_id WHERE pa.id = ${id}`,
  ))!;
  const period = periodLabel({ kind: p.kind as PeriodKind, year: Number(p.start.slice(0, 4)), number: periodNumber(p.kind as PeriodKind, p.start) });
  return userError(
    'PERIOD_APPROVED',
    {
      vi: `Số liệu ${period.vi} của ${p.unitName} đã được phê duyệt: không thể thêm, sửa hay xóa ${recordVi} ngày ${formatDate(day)} cho đến khi tỉnh mở lại kỳ này.`,
      en: `The figures of ${p.unitName} for ${period.en} are approved: no ${recordEn} dated ${formatDate(day)} can be added, changed or deleted until the province reopens the period.`,
    },
    { periodApprovalId: id, unitCode: p.unitCode, periodStart: p.start, periodEnd: p.end },
  );
}

export function periodNumber(kind: PeriodKind, start: string): number {
  const month = Number(start.slice(5, 7));
  return kind === 'month' ? month : Math.floor((month - 1) / 3) + 1;
}
