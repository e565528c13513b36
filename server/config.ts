// Runtime settings, read once from the environment.
import path from 'node:path';

export const ROOT_DIR = path.resolve(import.meta.dirname, '..');

export interface Config {
  port: number;
  databaseUrl: string | undefined;
  replicaUrls: string[];
  /** PostgreSQL statement_timeout for the hub's connections. */
  statementTimeoutMs: number;
  embeddedPort: number;
  embeddedDir: string;
  /** Error messages of unexpected failures (SQL, stack traces) reach clients only in development and tests. */
  exposeErrors: boolean;
  /**
   * Load the seed data (the five plans and a generated illustrative dataset) into an empty
   * database: on by default, off in production, where made-up figures must never appear
   * (SEED_ON_EMPTY=true|false overrides).
   */
  seedOnEmpty: boolean;
  /** Requests per minute per signed-in user; 0 disables the limit (benchmarks). */
  rateLimitPerMinute: number;
  /**
   * Behind a reverse proxy, which proxies to trust for the client's address
   * (Express "trust proxy": "loopback", a hop count, addresses): login throttling
   * and anonymous rates are per client address, not per proxy. Unset: none.
   */
  trustProxy: string | undefined;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function loadConfig(): Config {
  return {
    port: intFromEnv('PORT', 4000),
    databaseUrl: process.env.DATABASE_URL || undefined,
    statementTimeoutMs: intFromEnv('STATEMENT_TIMEOUT_MS', 30_000),
    replicaUrls: (process.env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
    // 5432 is left to any system PostgreSQL; the embedded one lives beside it.
    embeddedPort: intFromEnv('EMBEDDED_PG_PORT', 54329),
    embeddedDir: path.resolve(ROOT_DIR, process.env.EMBEDDED_PG_DIR ?? '.data/pg'),
    exposeErrors: process.env.NODE_ENV === 'development' || process.env.NODE_ENV === 'test',
    seedOnEmpty: process.env.SEED_ON_EMPTY ? process.env.SEED_ON_EMPTY !== 'false' : process.env.NODE_ENV !== 'production',
    rateLimitPerMinute: process.env.RATE_LIMIT_PER_MINUTE === '0' ? 0 : intFromEnv('RATE_LIMIT_PER_MINUTE', 600),
    trustProxy: process.env.TRUST_PROXY || undefined,
  };
}
