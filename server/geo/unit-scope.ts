// Filters "within unit X": X's code is resolved to the unit valid on the given
// date (else the most recent unit with that code), then everything under it is
// read from admin_unit_closure, which also covers the 2025 predecessors, or,
// with `mapOn`, from the closure of that map.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { Field, InputType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { UnitLevel } from './admin-unit.entity.ts';
import { readScopeCondition } from '../auth/viewer.ts';
import { today } from '../common/dates.ts';
import { MAP_ON_DESCRIPTION } from '../common/figure-options.ts';
import { unitClosure } from './unit-map.repository.ts';
import { queryId, type Db } from '../db/sql.ts';

/** A subquery yielding the id of the unit with this code and level valid on `asOf`. */
export function unitIdByCode(code: string, level: UnitLevel | null, asOf: string): Sql {
  const levelCondition = level ? sql`AND level = ${level}` : sql``;
  return sql`(SELECT id FROM admin_unit WHERE code = ${code} ${levelCondition}
              ORDER BY (COALESCE(valid_from, '-infinity') <= ${asOf}::date AND COALESCE(valid_to, 'infinity') >= ${asOf}::date) DESC,
                       valid_from DESC NULLS LAST
              LIMIT 1)`;
}

/** `column` (a unit id) lies within the unit: as recorded, or on the map of `mapOn` (unit-map.repository.ts). */
export function withinUnitId(column: Sql, unitId: Sql | number, mapOn?: string | null): Sql {
  return sql`${column} IN (SELECT descendant_id FROM ${unitClosure(mapOn)} WHERE ancestor_id = ${unitId})`;
}

@InputType({ description: 'Restricts a list to one administrative unit and everything under it.' })
export class UnitScopeFilter {
  @Field(() => String, { nullable: true, description: 'GSO province code; includes its districts and communes (and, for a 2025 province, its predecessors).' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'GSO district code; includes its communes.' })
  districtCode?: string | null;

  @Field(() => String, { nullable: true, description: 'GSO commune code.' })
  communeCode?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Date on which the codes are read (default today). Codes reused by the 2025 reorganisation (e.g. "24" was Bắc Giang, is now Bắc Ninh) mean the old unit for a date before 1 July 2025.',
  })
  unitsAsOf?: string | null;

  @Field(() => LocalDate, { nullable: true, description: `${MAP_ON_DESCRIPTION} The codes are then read on this day too, unless unitsAsOf says otherwise.` })
  mapOn?: string | null;
}

/** The unit conditions of a filter against a row's unit-id column, always within the viewer's read scope. */
export function unitScopeConditions(column: Sql, filter: UnitScopeFilter | null | undefined): Sql[] {
  const readable = readScopeCondition(column);
  const conditions = readable ? [readable] : [];
  if (!filter) return conditions;
  const asOf = filter.unitsAsOf ?? filter.mapOn ?? today();
  const pairs: [string | null | undefined, UnitLevel][] = [
    [filter.provinceCode, UnitLevel.province],
    [filter.districtCode, UnitLevel.district],
    [filter.communeCode, UnitLevel.commune],
  ];
  return [...conditions, ...pairs.flatMap(([code, level]) => (code ? [withinUnitId(column, unitIdByCode(code, level, asOf), filter.mapOn)] : []))];
}

/** The id of the most local unit a filter names (commune, else district, else province), read as the filter reads it; null when it names none. */
export async function filterUnitId(db: Db, filter: UnitScopeFilter | null | undefined): Promise<number | null> {
  const [code, level] = filter?.communeCode
    ? [filter.communeCode, UnitLevel.commune]
    : filter?.districtCode
      ? [filter.districtCode, UnitLevel.district]
      : filter?.provinceCode
        ? [filter.provinceCode, UnitLevel.province]
        : [null, null];
  if (!code || !level) return null;
  return (await queryId(db, sql`SELECT ${unitIdByCode(code, level, filter?.unitsAsOf ?? filter?.mapOn ?? today())} AS id`)) ?? null;
}
