import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds; Node loads the CJS one
    // for type-graphql and Apollo, so tests must too, or schemas cross "realms".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    pool: 'forks',
    reporters: ['default', './test/support/no-skips-reporter.ts'],
    env: { NODE_ENV: 'test' },
    projects: [
      {
        // Pure functions and the schema: no database, runs in seconds (`npm run test:unit`).
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false, pool: 'threads' },
      },
      {
        // GraphQL, seeds and resilience against real PostgreSQL; each file gets its own database.
        extends: true,
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts', 'test/seed/**/*.test.ts', 'test/resilience/**/*.test.ts', 'test/abuse/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The built dashboard in Debian's Chromium, against a hub on a seeded database.
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
