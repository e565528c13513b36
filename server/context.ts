// The per-request context: the database and a fresh set of DataLoaders, so
// batching and caching never leak between requests.
import type { DataSource } from 'typeorm';
import { createAdminUnitLoaders } from './geo/admin-unit.loaders.ts';
import { createSubjectLoaders } from './subjects/subject.loaders.ts';
import { createProductLoaders } from './products/product.loaders.ts';
import { createEvaluationLoaders } from './evaluations/evaluation.loaders.ts';
import { createPlanLoaders } from './plans/plan.loaders.ts';
import { createBudgetLoaders } from './budgets/budget.loaders.ts';
import { createPromotionLoaders } from './promotion/promotion.loaders.ts';

export function createLoaders(db: DataSource) {
  return {
    ...createAdminUnitLoaders(db),
    ...createSubjectLoaders(db),
    ...createProductLoaders(db),
    ...createEvaluationLoaders(db),
    ...createPlanLoaders(db),
    ...createBudgetLoaders(db),
    ...createPromotionLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  db: DataSource;
  loaders: Loaders;
}

export function createContext(db: DataSource): Context {
  return { db, loaders: createLoaders(db) };
}
