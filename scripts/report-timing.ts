// How long a running hub takes to write a periodic report, as an officer's
// browser asks for it: the preview (periodicReport) and the files
// (periodicReportFile, DOCX and PDF), the first request after the hub started
// and then the median of repeats. Writes the files it got to --out.
//
//   npx tsx scripts/report-timing.ts --url http://localhost:4000 --user admin --password … \
//     [--unit 24 --period year --year 2024] [--repeat 5] [--out .data/report-timing]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: a } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    user: { type: 'string', default: 'admin' },
    password: { type: 'string' },
    unit: { type: 'string', default: '24' },
    period: { type: 'string', default: 'year' },
    year: { type: 'string', default: '2024' },
    month: { type: 'string' },
    repeat: { type: 'string', default: '5' },
    out: { type: 'string', default: '.data/report-timing' },
  },
});
if (!a.password) throw new Error('--password is required (the embedded default prints it at first start, and keeps it in .data/admin-credentials.txt)');

async function post(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const res = await fetch(`${a.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'vi', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const token: string = (await post('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: a.user, p: a.password })).login
  .token;
const report = { unitCode: a.unit, period: a.period, year: Number(a.year), endMonth: a.month ? Number(a.month) : null };
const ARGS = '$unitCode: String!, $period: ReportPeriodCode!, $year: Int!, $endMonth: Int';
const PASS = 'unitCode: $unitCode, period: $period, year: $year, endMonth: $endMonth';
const PREVIEW = `query (${ARGS}) { periodicReport(${PASS}) { asOf sections { heading blocks { kind text table { rows } chart { svg } } } } }`;
const FILE = `query (${ARGS}, $format: ReportFormat!) { periodicReportFile(${PASS}, format: $format) { fileName byteSize base64 } }`;

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await run();
  return [performance.now() - started, value];
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const rows: string[] = [];
fs.mkdirSync(a.out, { recursive: true });
const steps: [string, () => Promise<any>][] = [
  ['preview', () => post(PREVIEW, report, token)],
  ['PDF', () => post(FILE, { ...report, format: 'PDF' }, token)],
  ['DOCX', () => post(FILE, { ...report, format: 'DOCX' }, token)],
];
for (const [name, run] of steps) {
  const [first, answer] = await timed(run);
  const repeats: number[] = [];
  for (let i = 0; i < Number(a.repeat); i++) repeats.push((await timed(run))[0]);
  const f = answer.periodicReportFile;
  if (f) fs.writeFileSync(path.join(a.out, f.fileName), Buffer.from(f.base64, 'base64'));
  rows.push(`| ${name} | ${(first / 1000).toFixed(2)} | ${(median(repeats) / 1000).toFixed(2)} | ${f ? `${Math.round(f.byteSize / 1024)} KB` : '—'} |`);
}
console.log(`Report ${a.unit} ${a.period} ${a.year}${a.month ? `/${a.month}` : ''} from ${a.url}; files in ${a.out}\n`);
console.log('| request | first after start, s | median of repeats, s | file |');
console.log('|---|---:|---:|---:|');
console.log(rows.join('\n'));
