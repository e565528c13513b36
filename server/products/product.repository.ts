// All SQL that reads products.
import sql, { empty, join, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { badInput } from '../common/errors.ts';
import { fetchPage } from '../common/pagination.ts';
import { sortKeys } from '../common/list-filters.ts';
import { codeContains, foldedContains } from '../common/text-search.ts';
import { jsonObject, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, objectOf } from '../db/rows.ts';
import { entityReadScope } from '../auth/read-scope.ts';
import { Certificate } from '../evaluations/evaluation.entity.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { currentCertificateJoin, validCertificateAt } from '../evaluations/certificate-validity.ts';
import { today } from '../common/dates.ts';
import { unitScopeConditions } from '../geo/unit-scope.ts';
import { Product } from './product.entity.ts';
import { ProductConnection, ProductOrderField, type ProductFilter, type ProductsArgs } from './product.types.ts';

const ORDER: Record<ProductOrderField, Sql> = {
  [ProductOrderField.NAME]: raw('p.name'),
  [ProductOrderField.CODE]: raw('p.code'),
  [ProductOrderField.REGISTERED_ON]: raw("COALESCE(p.registered_on, '1900-01-01')"),
  [ProductOrderField.STARS]: raw('COALESCE(cur.stars, 0)'),
};

function checkStars(name: string, value: number | null | undefined): void {
  if (value != null && (value < 1 || value > 5)) throw badInput(`filter.${name}`, `stars run from 1 to 5, got ${value}`);
}

export function productConditions(f: ProductFilter | null | undefined): Sql[] {
  // Without a filter the viewer's read scope still applies.
  if (!f) return unitScopeConditions(raw('p.unit_id'), f);
  checkStars('minStars', f.minStars);
  checkStars('maxStars', f.maxStars);
  const where = unitScopeConditions(raw('p.unit_id'), f);
  if (f.groups?.length) where.push(sql`p.product_group = ANY(${f.groups}::text[])`);
  if (f.statuses?.length) where.push(sql`p.status = ANY(${f.statuses}::text[])`);
  if (f.subjectTypes?.length) where.push(sql`p.subject_id IN (SELECT id FROM subject WHERE type = ANY(${f.subjectTypes}::text[]))`);
  if (f.subjectId != null) where.push(sql`p.subject_id = ${f.subjectId}`);
  if (f.year != null) where.push(sql`p.registered_on >= make_date(${f.year}, 1, 1) AND p.registered_on < make_date(${f.year} + 1, 1, 1)`);
  if (f.minStars != null) where.push(sql`cur.stars >= ${f.minStars}`);
  if (f.maxStars != null) where.push(sql`cur.stars <= ${f.maxStars}`);
  if (f.expiringFrom) where.push(sql`cur.expires_on >= ${f.expiringFrom}::date`);
  if (f.expiringTo) where.push(sql`cur.expires_on <= ${f.expiringTo}::date`);
  if (f.certifiedFrom || f.certifiedTo) {
    where.push(sql`EXISTS (SELECT 1 FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL
      AND c.decided_on >= ${f.certifiedFrom ?? '1900-01-01'}::date AND c.decided_on <= ${f.certifiedTo ?? '9999-12-31'}::date)`);
  }
  if (f.search) where.push(sql`(${foldedContains(raw('p.name'), f.search)} OR ${codeContains(raw('p.code'), f.search)})`);
  return where;
}

function needsRating(args: ProductsArgs): boolean {
  const f = args.filter;
  return Boolean(
    f?.minStars != null || f?.maxStars != null || f?.expiringFrom || f?.expiringTo || args.orderBy?.some((o) => o.field === ProductOrderField.STARS),
  );
}

/** Relations a products page will be asked for, each with the fields asked of it. */
export interface ProductPrefetch {
  subject?: string[];
  unit?: string[];
  district?: string[];
  province?: string[];
  currentCertificate?: string[];
}

/** A unit fetched with its product, carrying its own district and province when asked. */
export type PrefetchedUnit = AdminUnit & { _district?: AdminUnit | null; _province?: AdminUnit | null };

/**
 * A product row with the relations fetched in the page's statement. They hold
 * only the fields the query asked for, so they go to this node's own field
 * resolvers and never into the shared loader caches.
 */
export interface PrefetchedProduct extends Product {
  _subject?: Subject | null;
  _unit?: PrefetchedUnit | null;
  _certificate?: Certificate | null;
}

/** The relations a products page may carry, each one JSON object made an entity (null where absent). */
const PREFETCHED = {
  _subject: objectOf(Subject),
  _unit: objectOf(AdminUnit),
  _district: objectOf(AdminUnit),
  _province: objectOf(AdminUnit),
  _certificate: objectOf(Certificate),
};
const PRODUCT_ROW = entityRow(Product);

/** The page's statement selects each wanted relation as a JSON object with only the fields asked of it. */
function prefetchSql(db: Db, want: ProductPrefetch) {
  const columns: Sql[] = [];
  const joins: Sql[] = [];
  const row: Partial<typeof PREFETCHED> = {};
  const add = <K extends keyof typeof PREFETCHED>(as: K, object: Sql, joined: Sql) => {
    columns.push(sql`${object} AS ${raw(`"${as}"`)}`);
    joins.push(joined);
    row[as] = PREFETCHED[as];
  };
  if (want.subject)
    add('_subject', jsonObject(db, Subject, 'ps', want.subject), sql`LEFT JOIN subject ps ON ps.id = p.subject_id ${entityReadScope(Subject, 'ps')}`);
  if (want.unit) add('_unit', jsonObject(db, AdminUnit, 'pu', want.unit), sql`JOIN admin_unit pu ON pu.id = p.unit_id`);
  if (want.unit && want.district) add('_district', jsonObject(db, AdminUnit, 'pd', want.district), sql`LEFT JOIN admin_unit pd ON pd.id = pu.district_id`);
  if (want.unit && want.province) add('_province', jsonObject(db, AdminUnit, 'pp', want.province), sql`LEFT JOIN admin_unit pp ON pp.id = pu.province_id`);
  if (want.currentCertificate) {
    add(
      '_certificate',
      jsonObject(db, Certificate, 'pc', want.currentCertificate),
      sql`LEFT JOIN LATERAL (SELECT c.* FROM certificate c WHERE c.product_id = p.id AND ${validCertificateAt('c', today())}
          ORDER BY c.decided_on DESC, c.id DESC LIMIT 1) pc ON true`,
    );
  }
  return { columns: columns.length ? sql`, ${join(columns, ', ')}` : empty, joins: joins.length ? join(joins, ' ') : empty, row: PRODUCT_ROW.with(row) };
}

/** Moves a row's district and province onto its unit, where the unit's resolvers look for them. */
function nestUnits(row: PrefetchedProduct & { _district?: AdminUnit | null; _province?: AdminUnit | null }): void {
  if (!row._unit) return;
  if ('_district' in row) row._unit._district = row._district;
  if ('_province' in row) {
    row._unit._province = row._province;
    if (row._unit._district) (row._unit._district as PrefetchedUnit)._province = row._province;
  }
  delete row._district;
  delete row._province;
}

export async function listProducts(db: Db, args: ProductsArgs, want?: ProductPrefetch): Promise<ProductConnection> {
  const prefetch = prefetchSql(db, want ?? {});
  const ratingJoin = needsRating(args) ? currentCertificateJoin(raw('p.id'), args.filter?.ratingAsOf ?? today(), 'cur') : empty;
  const page = await fetchPage(
    db,
    {
      select: sql`SELECT ${selectColumns(db, Product, 'p')} ${prefetch.columns}`,
      from: sql`FROM product p ${ratingJoin}`,
      pageJoins: prefetch.joins,
      row: prefetch.row,
      where: productConditions(args.filter),
      sort: sortKeys(ORDER, args.orderBy, ProductOrderField.NAME),
      idExpr: raw('p.id'),
    },
    args,
    ProductConnection,
  );
  for (const edge of page.edges) nestUnits(edge.node);
  return page;
}
