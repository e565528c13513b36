// The one rule for a unit named in a request: a root field asked about a unit
// outside the viewer's read scope (by a code argument, or a list filter's
// province, district or commune code) refuses with FORBIDDEN naming the
// argument, whatever the field: no figures of another province, no list
// silently emptied by a filter the viewer cannot apply. A code that names no
// unit is no access question: the field answers as for an unknown unit.
import sql, { join } from 'sql-template-tag';
import { formatDate } from '../common/dates.ts';
import { userError } from '../common/errors.ts';
import { queryRows, type Db } from '../db/sql.ts';
import { rowShape } from '../db/rows.ts';
import { unitIdByCode } from '../geo/unit-scope.ts';
import type { UnitLevel } from '../geo/admin-unit.entity.ts';
import type { Viewer } from './viewer.ts';

/** A unit code as a request names it: where (the argument path), which code, at which level, read on which date. */
export interface NamedUnit {
  argument: string;
  code: string;
  level: UnitLevel | null;
  asOf: string;
}

const NAMED = rowShape({ i: 'int', type: 'text', name: 'text', code: 'text', inside: 'bool' });
const SCOPE = rowShape({ type: 'text', name: 'text', code: 'text' });

/** Refuses the first of `units` that lies outside the viewer's read scope. */
export async function assertReadableUnits(db: Db, viewer: Viewer, units: NamedUnit[]): Promise<void> {
  const scope = viewer.readScopeId;
  if (scope === null || !units.length) return;
  const named = await queryRows(
    db,
    NAMED,
    sql`SELECT n.i, u.type, u.name, u.code,
          EXISTS (SELECT 1 FROM admin_unit_closure c WHERE c.ancestor_id = ${scope} AND c.descendant_id = u.id) AS inside
        FROM (${join(
          units.map((u, i) => sql`SELECT ${i}::int AS i, ${unitIdByCode(u.code, u.level, u.asOf)} AS id`),
          ' UNION ALL ',
        )}) n JOIN admin_unit u ON u.id = n.id ORDER BY n.i`,
  );
  const outside = named.find((n) => !n.inside);
  if (!outside) return;
  const [own] = await queryRows(db, SCOPE, sql`SELECT type, name, code FROM admin_unit WHERE id = ${scope}`);
  const { argument, asOf } = units[outside.i];
  const at = formatDate(asOf);
  throw userError(
    'FORBIDDEN',
    {
      vi: `Không được xem "${argument}": mã ${outside.code} vào ngày ${at} là ${outside.type} ${outside.name}, nằm ngoài phạm vi bạn được xem (${own ? `${own.type} ${own.name}` : scope}).`,
      en: `You may not read "${argument}": code ${outside.code} on ${at} is ${outside.type} ${outside.name}, outside what you may read (${own ? `${own.type} ${own.name}` : scope}).`,
    },
    { argument, http: { status: 403 } },
  );
}
