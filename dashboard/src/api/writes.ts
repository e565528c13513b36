// What each write changes, named by the documents that read it: after a write
// the cache forgets their answers and the panels on screen ask again.
import type { DocumentNode } from '@0no-co/graphql.web';
import { ALERTS_QUERY } from './alerts.ts';
import { ANALYTICS_QUERY } from './analytics.ts';
import { ANALYTICS_SNAPSHOTS_QUERY } from './analytics-snapshots.ts';
import { BUDGET_ALLOCATIONS_QUERY } from './budget-allocations.ts';
import { BUDGET_SPLIT_QUERY } from './budget-split.ts';
import { DISTRICT_COMPARISON_QUERY } from './district-comparison.ts';
import { KPIS_QUERY } from './kpis.ts';
import { PRODUCT_QUERY } from './product.ts';
import { PRODUCTS_QUERY } from './products.ts';
import { PROMOTION_EVENTS_QUERY } from './promotion-events.ts';
import { PROMOTION_SCOPES_QUERY } from './promotion-scopes.ts';
import { REPORT_QUERY } from './report.ts';
import { REPORTING_PERIODS_QUERY } from './reporting-periods.ts';
import type { ImportVariables } from './import-data.ts';
import { TARGET_PROGRESS_QUERY } from './target-progress.ts';
import { TRAINING_CLASSES_QUERY } from './training-classes.ts';

/** Every figure the server computes from the records: any write may move them. */
const FIGURES: readonly DocumentNode[] = [
  ANALYTICS_QUERY,
  ANALYTICS_SNAPSHOTS_QUERY,
  BUDGET_SPLIT_QUERY,
  TARGET_PROGRESS_QUERY,
  KPIS_QUERY,
  DISTRICT_COMPARISON_QUERY,
  ALERTS_QUERY,
  REPORT_QUERY,
];

/** By import kind (the schema's enum: a new kind fails the typecheck until it is listed here). */
export const CHANGED_BY_IMPORT: Record<ImportVariables['kind'], readonly DocumentNode[]> = {
  products: [...FIGURES, PRODUCTS_QUERY, PRODUCT_QUERY],
  evaluations: [...FIGURES, PRODUCTS_QUERY, PRODUCT_QUERY],
  disbursements: [...FIGURES, BUDGET_ALLOCATIONS_QUERY],
  training_classes: [...FIGURES, TRAINING_CLASSES_QUERY],
  promotion_events: [...FIGURES, PROMOTION_EVENTS_QUERY, PROMOTION_SCOPES_QUERY],
  // Sheets are imported only while scoring is open: sealed, they move no figure until the round closes.
  council_scores: [],
};

/** A payment: the allocation's disbursed amount and every figure. */
export const CHANGED_BY_DISBURSEMENT = CHANGED_BY_IMPORT.disbursements;

/**
 * A period submitted, approved, returned or reopened: the periods, and every
 * figure (each says how much of its data is approved, and may count approved
 * data only).
 */
export const CHANGED_BY_APPROVAL: readonly DocumentNode[] = [...FIGURES, REPORTING_PERIODS_QUERY];
