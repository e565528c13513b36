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
import { createDossierLoaders } from './dossiers/dossier.repository.ts';
import { createCouncilLoaders } from './councils/council.repository.ts';
import { createPublicCheckLoaders } from './public-check/public-check.repository.ts';
import type { Viewer } from './auth/viewer.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import { dataVersionLoader } from './common/result-cache.ts';

/** Each part of the loaders, made together (a part's loaders may share state). */
const PARTS = [
  createAdminUnitLoaders,
  createSubjectLoaders,
  createProductLoaders,
  createEvaluationLoaders,
  createPlanLoaders,
  createBudgetLoaders,
  createPromotionLoaders,
  createAuthLoaders,
  createRuleSetLoaders,
  createDossierLoaders,
  createCouncilLoaders,
  createPublicCheckLoaders,
  (db: DataSource) => ({ dataVersion: dataVersionLoader(db) }),
] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type AllLoaders = UnionToIntersection<ReturnType<(typeof PARTS)[number]>>;

const DB = Symbol('db');

/**
 * The request's loaders, each part made on its first use: a request reads a
 * few of the 150-odd loaders, and making them all cost about 40 µs a request
 * (the products page uses none). A getter on the prototype makes its part
 * and puts the part's loaders on the instance, where later reads find them.
 */
class RequestLoaders {
  [DB]: DataSource;
  constructor(db: DataSource) {
    this[DB] = db;
  }
}
let partsDefined = false;

function defineParts(db: DataSource): void {
  partsDefined = true;
  for (const make of PARTS) {
    const keys = Object.keys(make(db));
    for (const key of keys) {
      if (Object.hasOwn(RequestLoaders.prototype, key)) throw new Error(`two parts of the loaders make "${key}"`);
      Object.defineProperty(RequestLoaders.prototype, key, {
        configurable: true,
        get(this: RequestLoaders) {
          const made = make(this[DB]) as Record<string, unknown>;
          for (const k of keys) Object.defineProperty(this, k, { value: made[k], enumerable: true, configurable: true, writable: true });
          return made[key];
        },
      });
    }
  }
}

export function createLoaders(db: DataSource): AllLoaders {
  if (!partsDefined) defineParts(db);
  return new RequestLoaders(db) as unknown as AllLoaders;
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
