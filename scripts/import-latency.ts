// npx tsx scripts/import-latency.ts [--dir .data/latency-pg] [--port 54339] [--queries 300]
//
// Does a running import stop the hub answering others? Starts an embedded
// PostgreSQL of its own (seeded as the hub seeds an empty one), serves the hub
// in this process, and times a simple query sent one after another: alone,
// then while a 5,000-row products file is imported as CSV and as XLSX (a real
// run, which writes). The client shares the hub's event loop, so a parser that
// blocked it would show in every figure. Prints the table docs/security.md quotes.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { createHub } from '../server/app.ts';
import { Role } from '../server/auth/user.entity.ts';
import { createUser } from '../server/auth/user.repository.ts';
import { issueToken } from '../server/auth/tokens.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { MAX_ROWS } from '../server/imports/read-file.ts';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: path.join(os.tmpdir(), 'ocop-import-latency-pg') },
    port: { type: 'string', default: '54339' },
    queries: { type: 'string', default: '300' },
  },
});

const database = await openDatabase({ ...loadConfig(), databaseUrl: undefined, embeddedDir: args.dir!, embeddedPort: Number(args.port) });
const { db } = database;
const [{ n }]: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM admin_unit');
if (n === 0) await (await import('../seeds/load.ts')).seedAll(db, (line) => console.log(line));

const secret = new TextEncoder().encode('import-latency-secret-import-latency-secret');
const hub = await createHub({ db, exposeErrors: false, tokenSecret: secret, rateLimitPerMinute: 0 });
await new Promise<void>((resolve) => hub.server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(hub.server.address() as { port: number }).port}/graphql`;
const run = Date.now();
const officer = await createUser(db, { username: `latency-${run}`, password: 'latency-password', role: Role.district_officer, unitCode: '219' });
const authorization = `Bearer ${await issueToken(secret, officer.id)}`;

const post = async (body: unknown) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(body) });
  return (await res.json()) as { data?: { importData?: { written: boolean } }; errors?: { message: string }[] };
};

// 5,000 new products of Lục Ngạn, each with a subject of its district: every row is written.
const [subject]: { code: string }[] = await db.query(
  "SELECT s.code FROM subject s JOIN admin_unit_closure c ON c.descendant_id = s.unit_id JOIN admin_unit u ON u.id = c.ancestor_id WHERE u.key = '219' LIMIT 1",
);
const header = ['Mã sản phẩm', 'Tên sản phẩm', 'Nhóm sản phẩm', 'Mã chủ thể', 'Mã đơn vị', 'Ngày đăng ký'];
const rows = (tag: string) =>
  Array.from({ length: MAX_ROWS }, (_, i) => [`LAT-${tag}-${run}-${i}`, `Sản phẩm đo ${i}`, 'Thực phẩm', subject.code, '07525', '15/03/2024']);
const csv = Buffer.from([header, ...rows('C')].map((r) => r.join(',')).join('\n'));
const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet('Sản phẩm');
for (const r of [header, ...rows('X')]) sheet.addRow(r);
const xlsx = Buffer.from(await book.xlsx.writeBuffer());

const QUERY = { query: '{ subjects(first: 5, filter: { districtCode: "219", unitsAsOf: "2024-12-31" }) { edges { node { code name } } } }' };

/** Times the simple query back to back until `until` settles (or `count` answers without one). */
async function latencies(until: Promise<unknown> | null, count: number): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  void until?.finally(() => {
    done = true;
  });
  while (until ? !done : times.length < count) {
    const started = performance.now();
    const answer = await post(QUERY);
    if (answer.errors) throw new Error(answer.errors[0].message);
    times.push(performance.now() - started);
  }
  return times;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const line = (what: string, times: number[], importMs?: number) =>
  `| ${what} | ${times.length} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${importMs === undefined ? '—' : (importMs / 1000).toFixed(1)} |`;

async function during(format: 'CSV' | 'XLSX', file: Buffer): Promise<string> {
  const started = performance.now();
  let importMs = 0;
  const importing = post({
    query:
      'mutation ($f: String!, $fmt: ImportFormat!) { importData(kind: products, format: $fmt, fileBase64: $f, dryRun: false) { written created problems { message } } }',
    variables: { f: file.toString('base64'), fmt: format },
  }).then((answer) => {
    importMs = performance.now() - started;
    const report = answer.data?.importData;
    if (!report?.written) throw new Error(`the ${format} import did not write: ${JSON.stringify(answer).slice(0, 300)}`);
  });
  const times = await latencies(importing, 0);
  await importing;
  return line(`while a ${MAX_ROWS.toLocaleString('en-GB')}-row ${format} import runs (${(file.length / 1024).toFixed(0)} KB)`, times, importMs);
}

await latencies(null, 20); // warm-up
const table = [
  '| simple query (subjects of a district) | answers | p50 ms | p95 ms | max ms | import s |',
  '| --- | --- | --- | --- | --- | --- |',
  line('alone', await latencies(null, Number(args.queries))),
  await during('CSV', csv),
  await during('XLSX', xlsx),
];
console.log(`\n${table.join('\n')}\n\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
await hub.stop();
await database.close();
