// The benchmark's five questions, each as the hub's GraphQL, PostGraphile's
// GraphQL (where it has an answer) and the hand-written SQL floor.
const VALID_TODAY = `c.deleted_at IS NULL AND c.decided_on <= current_date AND c.expires_on >= current_date
  AND (c.revoked_on IS NULL OR c.revoked_on > current_date)`;

export interface BenchContext {
  /** GSO code and internal id of the province used by (c)–(e). */
  provinceCode: string;
  provinceId: number;
  planId: number;
  year: number;
}

export interface BenchQuery {
  id: string;
  title: string;
  hub: string;
  postgraphile: string | null;
  sql: { text: string; values: unknown[] };
}

export function productsPage(first: number): string {
  return `{ products(first: ${first}, orderBy: [{ field: NAME }]) { edges { node { name code
    subject { name } unit { name district { name province { name } } } currentCertificate { stars decidedOn } } } } }`;
}

export function benchQueries(c: BenchContext): BenchQuery[] {
  return [
    {
      id: 'a',
      title: 'first 100 products by name, with subject, commune → district → province and current certificate',
      hub: productsPage(100),
      postgraphile: `{ allProducts(first: 100, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { nodes { name code
        subjectBySubjectId { name } adminUnitByUnitId { name adminUnitByDistrictId { name } adminUnitByProvinceId { name } }
        currentCertificate { stars decidedOn } } } }`,
      sql: {
        text: `SELECT p.name, p.code, s.name AS subject, u.name AS commune, d.name AS district, pr.name AS province, cur.stars, cur.decided_on
          FROM product p JOIN subject s ON s.id = p.subject_id JOIN admin_unit u ON u.id = p.unit_id
          LEFT JOIN admin_unit d ON d.id = u.district_id LEFT JOIN admin_unit pr ON pr.id = u.province_id
          LEFT JOIN LATERAL (SELECT c.stars, c.decided_on FROM certificate c WHERE c.product_id = p.id AND ${VALID_TODAY}
                             ORDER BY c.decided_on DESC, c.id DESC LIMIT 1) cur ON true
          ORDER BY p.name, p.id LIMIT 100`,
        values: [],
      },
    },
    {
      id: 'b',
      title: 'products with a valid 3★+ certificate, by province (analytics)',
      hub: '{ analytics(measure: CERTIFIED_PRODUCTS, groupBy: [PROVINCE], filter: { minStars: 3 }) { rows { keys { key } exact } } }',
      postgraphile: '{ allBenchCertifiedProducts { groupedAggregates(groupBy: PROVINCE_ID) { keys distinctCount { productId } } } }',
      sql: {
        text: `SELECT pr.code, count(*) FROM (SELECT DISTINCT ON (c.product_id) c.product_id, c.stars FROM certificate c
                 WHERE ${VALID_TODAY} ORDER BY c.product_id, c.decided_on DESC, c.id DESC) cur
               JOIN product p ON p.id = cur.product_id JOIN admin_unit u ON u.id = p.unit_id JOIN admin_unit pr ON pr.id = u.province_id
               WHERE cur.stars >= 3 GROUP BY pr.code`,
        values: [],
      },
    },
    {
      id: 'c',
      title: `disbursed VND per district of one province in ${c.year}, by funding source`,
      hub: `{ analytics(measure: DISBURSED_VND, groupBy: [DISTRICT, FUNDING_SOURCE],
              filter: { provinceCode: "${c.provinceCode}", unitsAsOf: "${c.year}-06-30", years: [${c.year}] }) { rows { keys { key } exact } } }`,
      postgraphile: `{ allBenchDisbursementFacts(condition: { provinceId: ${c.provinceId}, year: ${c.year} }) {
              groupedAggregates(groupBy: [DISTRICT_ID, SOURCE]) { keys sum { amount } } } }`,
      sql: {
        text: `SELECT d.code, a.source, sum(x.amount) FROM disbursement x JOIN budget_allocation a ON a.id = x.allocation_id
               JOIN admin_unit u ON u.id = x.unit_id JOIN admin_unit d ON d.id = u.district_id
               WHERE x.deleted_at IS NULL AND u.province_id = $1 AND x.disbursed_on >= make_date($2, 1, 1) AND x.disbursed_on < make_date($2 + 1, 1, 1)
               GROUP BY d.code, a.source`,
        values: [c.provinceId, c.year],
      },
    },
    {
      id: 'd',
      title: 'a whole plan’s targetProgress (Bắc Giang 2024)',
      hub: `{ targetProgress(planId: ${c.planId}, asOf: "${c.year}-09-30") { targets { actual targetMin forecast status sourceRows
              series { date actual expected } districts { actual status } } milestones { status doneOn } } }`,
      postgraphile: null,
      // The floor: the plan's headline actuals on the as-of date, without series, forecasts or statuses.
      sql: {
        text: `WITH scope AS (SELECT descendant_id AS unit_id FROM admin_unit_closure WHERE ancestor_id = $1),
               first_cert AS (SELECT c.product_id, min(c.decided_on) AS first_on FROM certificate c WHERE c.deleted_at IS NULL AND c.stars >= 3 GROUP BY c.product_id)
               SELECT 'cumulative', count(DISTINCT c.product_id) FROM certificate c JOIN product p ON p.id = c.product_id
                 WHERE p.unit_id IN (SELECT unit_id FROM scope) AND c.deleted_at IS NULL AND c.decided_on <= $2 AND c.expires_on >= $2
                   AND (c.revoked_on IS NULL OR c.revoked_on > $2)
               UNION ALL
               SELECT u.district_id::text, count(*) FROM first_cert f JOIN product p ON p.id = f.product_id JOIN admin_unit u ON u.id = p.unit_id
                 WHERE p.unit_id IN (SELECT unit_id FROM scope) AND f.first_on BETWEEN make_date($3, 1, 1) AND $2 GROUP BY u.district_id`,
        values: [c.provinceId, `${c.year}-09-30`, c.year],
      },
    },
    {
      id: 'e',
      title: 'district comparison: new 3★+ products per district, with the previous year',
      hub: `{ districtComparison(provinceCode: "${c.provinceCode}", metric: "new_certified_products", params: { minStars: 3 },
              from: "${c.year}-01-01", to: "${c.year}-12-31") { provinceValue rows { district { code } actual target rank rankChange perTenCommunes } } }`,
      postgraphile: null,
      sql: {
        text: `WITH first_cert AS (SELECT c.product_id, min(c.decided_on) AS first_on FROM certificate c WHERE c.deleted_at IS NULL AND c.stars >= 3 GROUP BY c.product_id)
               SELECT u.district_id, extract(year FROM f.first_on) AS year, count(*) FROM first_cert f
               JOIN product p ON p.id = f.product_id JOIN admin_unit u ON u.id = p.unit_id
               WHERE u.province_id = $1 AND f.first_on >= make_date($2 - 1, 1, 1) AND f.first_on < make_date($2 + 1, 1, 1)
               GROUP BY u.district_id, 2`,
        values: [c.provinceId, c.year],
      },
    },
  ];
}
