// `analytics` adds a sum, or a count of rows that are one per item, up per unit before it joins
// the units (server/analytics/analytics.repository.ts). Every such metric of the catalogue, by
// province and in total, must equal the metric's own aggregate over its rows grouped straight by
// province, as the statement read before it added anything up first.
import sql, { empty } from 'sql-template-tag';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { runAs, SYSTEM_VIEWER } from '../../server/auth/viewer.ts';
import { analyticsRange, runAnalytics } from '../../server/analytics/analytics.repository.ts';
import { AnalyticsDimension } from '../../server/analytics/analytics.types.ts';
import { METRICS } from '../../server/metrics/catalogue.ts';
import { aggregateSql } from '../../server/metrics/metric-definition.ts';
import { metricRowsFrom } from '../../server/metrics/metric.repository.ts';
import { queryRows } from '../../server/db/sql.ts';
import { rowShape } from '../../server/db/rows.ts';
import { cloneDatabase } from '../support/db.ts';

let db: DataSource;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
});

const addedUp = METRICS.filter((m) => m.rollup === 'sum' || (m.rollup === 'distinct_count' && m.oneRowPerItem));
const BY_PROVINCE = rowShape({ code: 'text?', value: 'numeric' });

describe('analytics added up per unit first', () => {
  it('covers counts and sums of the catalogue', () => {
    expect(addedUp.some((m) => m.rollup === 'sum')).toBe(true);
    expect(addedUp.some((m) => m.rollup === 'distinct_count')).toBe(true);
  });

  it.each(addedUp.map((m) => [m.id, m]))('%s by province and in total equals its rows grouped straight by province', async (_id, metric) => {
    const query = { metric, params: {}, groupBy: [AnalyticsDimension.PROVINCE], filter: { years: [2024] }, asOf: '2024-12-31' };
    const range = analyticsRange(query);
    const [analytics, straight] = await runAs(SYSTEM_VIEWER, () => {
      const rows = metricRowsFrom({ metric, params: {}, dates: range.dates, periodStart: range.from, scope: { filter: null } }, {});
      const inYear = metric.kind === 'flow' ? sql`WHERE extract(year FROM f.on_date)::int = 2024` : empty;
      return Promise.all([
        runAnalytics(db, query, range),
        queryRows(
          db,
          BY_PROVINCE,
          sql`SELECT pu.code, ${aggregateSql(metric.rollup)}::text AS value FROM ${rows}
              JOIN admin_unit u ON u.id = f.unit_id LEFT JOIN admin_unit pu ON pu.id = u.province_id ${inYear} GROUP BY pu.code`,
        ),
      ]);
    });
    const expected = new Map(straight.map((r) => [r.code, Number(r.value)]));
    const got = new Map(analytics.filter((r) => !r.is_total).map((r) => [r.keys[0], Number(r.value)]));
    expect(got).toEqual(expected);
    expect(expected.size).toBeGreaterThan(0);
    const total = analytics.find((r) => r.is_total);
    expect(Number(total?.value)).toBe([...expected.values()].reduce((a, b) => a + b, 0));
  });
});
