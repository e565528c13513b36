// The benchmark's table, printed and written to docs/benchmarks.md.
import type { Figures } from './measure.ts';

export interface Row {
  query: string;
  connections: number;
  hub: Figures;
  postgraphile: Figures | null;
  sql: Figures;
  statements: number;
}

const n = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const ms = (f: Figures) => `${n(f.p50, 1)} / ${n(f.p95, 1)} / ${n(f.p99, 1)}`;

export function table(rows: Row[]): string {
  const lines = [
    '| query | conc. | hub req/s | hub p50/p95/p99 ms | SQL/req | PostGraphile req/s | PostGraphile p50/p95/p99 ms | raw SQL req/s | raw SQL p50/p95/p99 ms | hub ÷ raw req/s | hub ÷ PostGraphile req/s | hub p95 ÷ raw p95 |',
    '|---|---:|---:|---|---:|---:|---|---:|---|---:|---:|---:|',
  ];
  for (const r of rows) {
    const pg = r.postgraphile;
    lines.push(
      `| (${r.query}) | ${r.connections} | ${n(r.hub.requestsPerSecond)} | ${ms(r.hub)} | ${r.statements} | ${pg ? n(pg.requestsPerSecond) : '—'} | ${pg ? ms(pg) : '—'} | ` +
        `${n(r.sql.requestsPerSecond)} | ${ms(r.sql)} | ${n(r.hub.requestsPerSecond / r.sql.requestsPerSecond, 2)} | ` +
        `${pg ? n(r.hub.requestsPerSecond / pg.requestsPerSecond, 2) : '—'} | ${n(r.hub.p95 / r.sql.p95, 2)} |`,
    );
  }
  return lines.join('\n');
}
