// All SQL that reads products.
import sql, { empty, join, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { badInput } from '../common/errors.ts';
import { fetchPage } from '../common/pagination.ts';
import { sortKeys } from '../common/list-filters.ts';
import { codeContains, foldedContains } from '../common/text-search.ts';
import { LRUCache } from 'lru-cache';
import { joinedColumns, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, type EntityClass, type RowShape } from '../db/rows.ts';
import { entityReadScope } from '../auth/read-scope.ts';
import { Certificate } from '../evaluations/evaluation.entity.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { currentCertificateJoin, currentCertificateRowJoin } from '../evaluations/certificate-validity.ts';
import { today } from '../common/dates.ts';
import { unitScopeConditions } from '../geo/unit-scope.ts';
import { Product } from './product.entity.ts';
import { productStatusOn } from './product-status.ts';
import { ProductConnection, ProductOrderField, type ProductFilter, type ProductsArgs } from './product.types.ts';

const ORDER: Record<ProductOrderField, Sql> = {
  [ProductOrderField.NAME]: raw('p.name'),
  [ProductOrderField.CODE]: raw('p.code'),
  [ProductOrderField.REGISTERED_ON]: raw("COALESCE(p.registered_on, '1900-01-01')"),
  [ProductOrderField.STARS]: raw('COALESCE(cur.stars, 0)'),
};

function checkStars(name: string, value: number | null | undefined): void {
  if (value != null && (value < 1 || value > 5))
    throw badInput(`filter.${name}`, { vi: `số sao từ 1 đến 5, nhận được ${value}`, en: `stars run from 1 to 5, got ${value}` });
}

export function productConditions(f: ProductFilter | null | undefined): Sql[] {
  // Without a filter the viewer's read scope still applies.
  if (!f) return unitScopeConditions(raw('p.unit_id'), f);
  checkStars('minStars', f.minStars);
  checkStars('maxStars', f.maxStars);
  const where = unitScopeConditions(raw('p.unit_id'), f);
  if (f.groups?.length) where.push(sql`p.product_group = ANY(${f.groups}::text[])`);
  // With a rating date the statuses are read on it too: one date for the whole list.
  if (f.statuses?.length) where.push(sql`${f.ratingAsOf ? productStatusOn('p', f.ratingAsOf) : raw('p.status')} = ANY(${f.statuses}::text[])`);
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

/** The fields a products page will be asked for: of the product itself, and of each relation asked for. */
export interface ProductPrefetch {
  product?: string[];
  subject?: string[];
  unit?: string[];
  district?: string[];
  province?: string[];
  currentCertificate?: string[];
}

/** A unit fetched with its product, carrying its own district and province when asked. */
export type PrefetchedUnit = AdminUnit & { _district?: AdminUnit | null; _province?: AdminUnit | null };

/** A relation a page puts on its rows under `key`. */
interface FetchedRelation<V> {
  key: string;
  /** The value fetched with the page (null where the join found nothing), or undefined when the page did not fetch it. */
  of(source: object): V | undefined;
}

function fetchedRelation<V>(key: string): FetchedRelation<V> {
  return { key, of: (source) => (source as Record<string, V | undefined>)[key] };
}

/**
 * The relations a products page fetches in its own statement. They hold only
 * the fields the query asked for, so they go to this node's own field
 * resolvers and never into the shared loader caches.
 */
export const PREFETCHED = {
  subject: fetchedRelation<Subject | null>('_subject'),
  unit: fetchedRelation<PrefetchedUnit | null>('_unit'),
  currentCertificate: fetchedRelation<Certificate | null>('_certificate'),
  district: fetchedRelation<AdminUnit | null>('_district'),
  province: fetchedRelation<AdminUnit | null>('_province'),
};

type PrefetchedRow = Product & { _subject?: Subject | null; _unit?: PrefetchedUnit | null; _district?: AdminUnit | null; _province?: AdminUnit | null };

/** Fields minus the relations fetched with the page: those need no foreign key, their resolvers read them from the row. */
function ownColumns(fields: string[] | undefined, fetched: Record<string, unknown>): string[] | undefined {
  return fields?.filter((f) => !fetched[f]);
}

/** The relations a page can fetch: the fields it selects of each (none: not fetched), and its join. */
const RELATIONS: { key: string; entity: EntityClass<object>; alias: string; fields(want: ProductPrefetch): string[] | undefined; join(): Sql }[] = [
  {
    key: PREFETCHED.subject.key,
    entity: Subject,
    alias: 'ps',
    fields: (want) => want.subject,
    join: () => sql`LEFT JOIN subject ps ON ps.id = p.subject_id ${entityReadScope(Subject, 'ps')}`,
  },
  {
    key: PREFETCHED.unit.key,
    entity: AdminUnit,
    alias: 'pu',
    fields: (want) => ownColumns(want.unit, { district: want.district, province: want.province }),
    join: () => sql`JOIN admin_unit pu ON pu.id = p.unit_id`,
  },
  {
    key: PREFETCHED.district.key,
    entity: AdminUnit,
    alias: 'pd',
    fields: (want) => (want.unit ? ownColumns(want.district, { province: want.province }) : undefined),
    join: () => sql`LEFT JOIN admin_unit pd ON pd.id = pu.district_id`,
  },
  {
    key: PREFETCHED.province.key,
    entity: AdminUnit,
    alias: 'pp',
    fields: (want) => (want.unit ? want.province : undefined),
    join: () => sql`LEFT JOIN admin_unit pp ON pp.id = pu.province_id`,
  },
  {
    key: PREFETCHED.currentCertificate.key,
    entity: Certificate,
    alias: 'pc',
    fields: (want) => want.currentCertificate,
    join: () => currentCertificateRowJoin(raw('p.id'), today(), 'pc'),
  },
];

interface PageShape {
  columns: Sql;
  row: RowShape<PrefetchedRow>;
  relations: typeof RELATIONS;
}

// A page's columns and row checks depend only on the fields asked for: the same query shape reuses them.
const pageShapes = new LRUCache<string, PageShape>({ max: 100 });

/** The asked-for columns of the product and of each wanted relation, and how its rows are read. */
function pageShape(db: Db, want: ProductPrefetch): PageShape {
  const key = JSON.stringify(want);
  let shape = pageShapes.get(key);
  if (!shape) {
    const product = ownColumns(want.product, { subject: want.subject, unit: want.unit });
    const columns: Sql[] = [selectColumns(db, Product, 'p', product)];
    let row: RowShape<PrefetchedRow> = entityRow(Product, product);
    const relations = RELATIONS.filter((r) => r.fields(want));
    for (const r of relations) {
      const fields = r.fields(want)!;
      columns.push(joinedColumns(db, r.entity, r.alias, r.key, fields));
      row = row.withJoined(r.key, r.entity, fields);
    }
    pageShapes.set(key, (shape = { columns: raw(join(columns, ', ').text), row, relations }));
  }
  return shape;
}

/** Puts a row's district and province on its unit (and the province on the district), where the unit's resolvers look for them. */
function nestUnits(row: PrefetchedRow): void {
  if (!row._unit) return;
  if ('_district' in row) row._unit._district = row._district;
  if ('_province' in row) {
    row._unit._province = row._province;
    if (row._unit._district) (row._unit._district as PrefetchedUnit)._province = row._province;
  }
}

export async function listProducts(db: Db, args: ProductsArgs, want?: ProductPrefetch): Promise<ProductConnection> {
  const shape = pageShape(db, want ?? {});
  const ratingJoin = needsRating(args) ? currentCertificateJoin(raw('p.id'), args.filter?.ratingAsOf ?? today(), 'cur') : empty;
  const page = await fetchPage(
    db,
    {
      select: sql`SELECT ${shape.columns}`,
      from: sql`FROM product p ${ratingJoin}`,
      // Joins are made for each request: they hold the viewer's read scope and today's date.
      pageJoins: shape.relations.length
        ? join(
            shape.relations.map((r) => r.join()),
            ' ',
          )
        : empty,
      row: shape.row,
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
