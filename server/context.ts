// The per-request context: the database, who is asking, and a fresh set of
// DataLoaders, so batching and caching never leak between requests (or viewers).
import type { DataSource } from 'typeorm';
import { createAdminUnitLoaders } from './geo/admin-unit.loaders.ts';
import { createSubjectLoaders } from './subjects/subject.loaders.ts';
import { createProductLoaders } from './products/product.loaders.ts';
import { createEvaluationLoaders } from './evaluations/evaluation.loaders.ts';
import { createPlanLoaders } from './plans/plan.loaders.ts';
import { createBudgetLoaders } from './budgets/budget.loaders.ts';
import { createPromotionLoaders } from './promotion/promotion.loaders.ts';
import { createAuthLoaders } from './auth/auth.loaders.ts';
import { createRuleSetLoaders } from './rules/rule-set.repository.ts';
import type { Viewer } from './auth/viewer.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import { dataVersionLoader } from './common/result-cache.ts';

export function createLoaders(db: DataSource) {
  return {
    ...createAdminUnitLoaders(db),
    ...createSubjectLoaders(db),
    ...createProductLoaders(db),
    ...createEvaluationLoaders(db),
    ...createPlanLoaders(db),
    ...createBudgetLoaders(db),
    ...createPromotionLoaders(db),
    ...createAuthLoaders(db),
    ...createRuleSetLoaders(db),
    dataVersion: dataVersionLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  db: DataSource;
  loaders: Loaders;
  /** The request scope's viewer, which the guard (auth/guard.ts) decides by; null for anonymous callers, who may only log in. */
  viewer: Viewer | null;
  tokenSecret: Uint8Array;
  /** The HTTP client prefers plain application/json to application/graphql-response+json (request-guard.ts legacyJsonStatus). */
  acceptsPlainJson?: boolean;
  /** The HTTP client's address (its /64 for IPv6), for throttling sign-in attempts; absent in-process. */
  clientAddress?: string;
  /** The hub's count of failed sign-ins; absent in-process (a shared one is used). */
  loginThrottle?: LoginThrottle;
}

export function createContext(db: DataSource, viewer: Viewer | null, tokenSecret: Uint8Array): Context {
  return { db, loaders: createLoaders(db), viewer, tokenSecret };
}
