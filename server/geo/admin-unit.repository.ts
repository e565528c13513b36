// All SQL that reads administrative units.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { fetchEntityPage } from '../common/pagination.ts';
import { sortKeys } from '../common/list-filters.ts';
import { foldedContains } from '../common/text-search.ts';
import { queryOne, selectColumns, type Db } from '../db/sql.ts';
import { entityRow } from '../db/rows.ts';
import { AdminUnit } from './admin-unit.entity.ts';
import { AdminUnitConnection, AdminUnitOrderField, type AdminUnitsArgs } from './admin-unit.types.ts';
import { today } from '../common/dates.ts';
import { unitIdByCode, unitScopeConditions } from './unit-scope.ts';

const ORDER: Record<AdminUnitOrderField, Sql> = {
  [AdminUnitOrderField.CODE]: raw('u.code'),
  [AdminUnitOrderField.NAME]: raw('u.name'),
  [AdminUnitOrderField.LEVEL]: raw("array_position(ARRAY['province','district','commune']::text[], u.level::text)"),
};

export function listAdminUnits(db: Db, args: AdminUnitsArgs): Promise<AdminUnitConnection> {
  const f = args.filter;
  const where: Sql[] = unitScopeConditions(raw('u.id'), f);
  if (f?.level) where.push(sql`u.level = ${f.level}`);
  if (f?.validOn) where.push(sql`COALESCE(u.valid_from, '-infinity') <= ${f.validOn}::date AND COALESCE(u.valid_to, 'infinity') >= ${f.validOn}::date`);
  if (f?.search) where.push(foldedContains(raw('u.name'), f.search));
  return fetchEntityPage(db, AdminUnit, 'u', { where, sort: sortKeys(ORDER, args.orderBy, AdminUnitOrderField.CODE) }, args, AdminUnitConnection);
}

export function findAdminUnitByCode(db: Db, code: string, asOf: string | null | undefined): Promise<AdminUnit | undefined> {
  return queryOne(
    db,
    entityRow(AdminUnit),
    sql`SELECT ${selectColumns(db, AdminUnit, 'u')} FROM admin_unit u WHERE u.id = ${unitIdByCode(code, null, asOf ?? today())}`,
  );
}
