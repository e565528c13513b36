// All SQL that reads products.
import sql, { empty, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { SortDirection } from '../common/connection.ts';
import { badInput } from '../common/errors.ts';
import { fetchPage, type SortKey } from '../common/pagination.ts';
import { foldedContains } from '../common/text-search.ts';
import { selectColumns, type Db } from '../db/sql.ts';
import { currentCertificateJoin } from '../evaluations/certificate-validity.ts';
import { today, unitScopeConditions } from '../geo/unit-scope.ts';
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
  if (f.search) where.push(sql`(${foldedContains(raw('p.name'), f.search)} OR p.code ILIKE ${`%${f.search.trim()}%`})`);
  return where;
}

function needsRating(args: ProductsArgs): boolean {
  const f = args.filter;
  return Boolean(
    f?.minStars != null || f?.maxStars != null || f?.expiringFrom || f?.expiringTo || args.orderBy?.some((o) => o.field === ProductOrderField.STARS),
  );
}

export function listProducts(db: Db, args: ProductsArgs): Promise<ProductConnection> {
  const ratingJoin = needsRating(args) ? currentCertificateJoin(raw('p.id'), args.filter?.ratingAsOf ?? today(), 'cur') : empty;
  const sort: SortKey[] = (args.orderBy ?? [{ field: ProductOrderField.NAME, direction: SortDirection.ASC }]).map((o) => ({
    expr: ORDER[o.field],
    direction: o.direction,
  }));
  return fetchPage(
    db,
    {
      select: sql`SELECT ${selectColumns(db, Product, 'p')}`,
      from: sql`FROM product p ${ratingJoin}`,
      where: productConditions(args.filter),
      sort,
      idExpr: raw('p.id'),
    },
    args,
    ProductConnection,
  );
}
