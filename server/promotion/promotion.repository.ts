// All SQL that reads promotion-event and sales-point lists (relations are in promotion.loaders.ts).
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { inYear, sortKeys } from '../common/list-filters.ts';
import { fetchEntityPage } from '../common/pagination.ts';
import type { Db } from '../db/sql.ts';
import { unitScopeConditions } from '../geo/unit-scope.ts';
import { PromotionEvent, SalesPoint } from './promotion.entity.ts';
import {
  PromotionEventConnection,
  PromotionEventOrderField,
  SalesPointConnection,
  SalesPointOrderField,
  type PromotionEventsArgs,
  type SalesPointsArgs,
} from './promotion.types.ts';

const EVENT_ORDER: Record<PromotionEventOrderField, Sql> = {
  [PromotionEventOrderField.STARTS_ON]: raw('ev.starts_on'),
  // -1: an unreported revenue sorts below every reported one, 0 included.
  [PromotionEventOrderField.REVENUE]: raw('COALESCE(ev.revenue, -1)'),
};

export function listPromotionEvents(db: Db, args: PromotionEventsArgs): Promise<PromotionEventConnection> {
  const f = args.filter;
  const where = unitScopeConditions(raw('ev.unit_id'), f);
  if (f?.kinds?.length) where.push(sql`ev.kind = ANY(${f.kinds}::text[])`);
  if (f?.scopes?.length) where.push(sql`ev.scope = ANY(${f.scopes}::text[])`);
  if (f?.year != null) where.push(inYear(raw('ev.starts_on'), f.year));
  return fetchEntityPage(
    db,
    PromotionEvent,
    'ev',
    { where, sort: sortKeys(EVENT_ORDER, args.orderBy, PromotionEventOrderField.STARTS_ON) },
    args,
    PromotionEventConnection,
  );
}

const SALES_POINT_ORDER: Record<SalesPointOrderField, Sql> = {
  [SalesPointOrderField.NAME]: raw('sp.name'),
  [SalesPointOrderField.OPENED_ON]: raw("COALESCE(sp.opened_on, '1900-01-01')"),
};

export function listSalesPoints(db: Db, args: SalesPointsArgs): Promise<SalesPointConnection> {
  const f = args.filter;
  const where = unitScopeConditions(raw('sp.unit_id'), f);
  if (f?.statuses?.length) where.push(sql`sp.status = ANY(${f.statuses}::text[])`);
  return fetchEntityPage(
    db,
    SalesPoint,
    'sp',
    { where, sort: sortKeys(SALES_POINT_ORDER, args.orderBy, SalesPointOrderField.NAME) },
    args,
    SalesPointConnection,
  );
}
