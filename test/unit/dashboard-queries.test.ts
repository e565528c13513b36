// Every query (and mutation) the dashboard and the explorer send is valid against the hub's
// schema. Fields another engineer is still adding are reported, not failed.
import { parse, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../server/schema.ts';
import { ADMIN_UNITS_QUERY } from '../../dashboard/src/api/admin-units.ts';
import { ALERTS_QUERY } from '../../dashboard/src/api/alerts.ts';
import { ANALYTICS_QUERY } from '../../dashboard/src/api/analytics.ts';
import { analyticsSnapshotsQuery } from '../../dashboard/src/api/analytics-snapshots.ts';
import { BUDGET_ALLOCATIONS_QUERY } from '../../dashboard/src/api/budget-allocations.ts';
import { CREATE_DISBURSEMENT_MUTATION } from '../../dashboard/src/api/create-disbursement.ts';
import { DISTRICT_COMPARISON_QUERY } from '../../dashboard/src/api/district-comparison.ts';
import { IMPORT_DATA_MUTATION } from '../../dashboard/src/api/import-data.ts';
import { KPIS_QUERY } from '../../dashboard/src/api/kpis.ts';
import { ME_QUERY } from '../../dashboard/src/api/me.ts';
import { METRICS_QUERY } from '../../dashboard/src/api/metrics.ts';
import { PLAN_QUERY } from '../../dashboard/src/api/plan.ts';
import { PLANS_QUERY } from '../../dashboard/src/api/plans.ts';
import { PRODUCT_QUERY } from '../../dashboard/src/api/product.ts';
import { PRODUCTS_QUERY } from '../../dashboard/src/api/products.ts';
import { PROMOTION_EVENTS_QUERY } from '../../dashboard/src/api/promotion-events.ts';
import { PROMOTION_SCOPES_QUERY } from '../../dashboard/src/api/promotion-scopes.ts';
import { SALES_POINTS_QUERY } from '../../dashboard/src/api/sales-points.ts';
import { TARGET_PROGRESS_QUERY } from '../../dashboard/src/api/target-progress.ts';
import { TRAINING_CLASSES_QUERY } from '../../dashboard/src/api/training-classes.ts';
import { EXAMPLES, fillPlanIds } from '../../dashboard/src/explorer/examples.ts';

const QUERIES: Record<string, string> = {
  ADMIN_UNITS_QUERY,
  ALERTS_QUERY,
  ANALYTICS_QUERY,
  analyticsSnapshots: analyticsSnapshotsQuery(3),
  BUDGET_ALLOCATIONS_QUERY,
  CREATE_DISBURSEMENT_MUTATION,
  DISTRICT_COMPARISON_QUERY,
  IMPORT_DATA_MUTATION,
  KPIS_QUERY,
  ME_QUERY,
  METRICS_QUERY,
  PLAN_QUERY,
  PLANS_QUERY,
  PRODUCT_QUERY,
  PRODUCTS_QUERY,
  PROMOTION_EVENTS_QUERY,
  PROMOTION_SCOPES_QUERY,
  SALES_POINTS_QUERY,
  TARGET_PROGRESS_QUERY,
  TRAINING_CLASSES_QUERY,
  ...Object.fromEntries(EXAMPLES.map((e) => [`explorer: ${e.title}`, fillPlanIds(e.query, new Map([['bac-giang-2024', 1]]))])),
};

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHubSchema();
});

describe('dashboard queries against schema.graphql', () => {
  for (const [name, query] of Object.entries(QUERIES)) {
    it(name, () => {
      const errors = validate(schema, parse(query)).map((e) => e.message);
      expect(errors).toEqual([]);
    });
  }

  it('explorer examples fill in plan ids by key', () => {
    const filled = fillPlanIds(EXAMPLES.map((e) => e.query).join('\n'), new Map([['bac-giang-2024', 7]]));
    expect(filled).toContain('$planId: Int! = 7');
    expect(filled).not.toContain('{{');
    expect(fillPlanIds('{{planId:nope}}', new Map())).toBe('null');
  });
});
