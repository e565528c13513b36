// All SQL that reads subjects.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { inYear, sortKeys } from '../common/list-filters.ts';
import { fetchEntityPage } from '../common/pagination.ts';
import { foldedContains } from '../common/text-search.ts';
import type { Db } from '../db/sql.ts';
import { unitScopeConditions } from '../geo/unit-scope.ts';
import { Subject } from './subject.entity.ts';
import { SubjectConnection, SubjectOrderField, type SubjectFilter, type SubjectsArgs } from './subject.types.ts';

const ORDER: Record<SubjectOrderField, Sql> = {
  [SubjectOrderField.NAME]: raw('s.name'),
  [SubjectOrderField.CODE]: raw('s.code'),
  [SubjectOrderField.REGISTERED_ON]: raw("COALESCE(s.registered_on, '1900-01-01')"),
};

function subjectConditions(f: SubjectFilter | null | undefined): Sql[] {
  // Without a filter the viewer's read scope still applies.
  if (!f) return unitScopeConditions(raw('s.unit_id'), f);
  const where = unitScopeConditions(raw('s.unit_id'), f);
  if (f.types?.length) where.push(sql`s.type = ANY(${f.types}::text[])`);
  if (f.valueChainLinked != null) where.push(sql`s.value_chain_linked = ${f.valueChainLinked}`);
  if (f.search) where.push(foldedContains(raw('s.name'), f.search));
  if (f.registeredYear != null) where.push(inYear(raw('s.registered_on'), f.registeredYear));
  return where;
}

export function listSubjects(db: Db, args: SubjectsArgs): Promise<SubjectConnection> {
  return fetchEntityPage(
    db,
    Subject,
    's',
    { where: subjectConditions(args.filter), sort: sortKeys(ORDER, args.orderBy, SubjectOrderField.NAME) },
    args,
    SubjectConnection,
  );
}
