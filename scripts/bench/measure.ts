// Load drivers: HTTP through autocannon (keep-alive, fixed connections) and
// raw SQL through a pg pool, both recording every latency for exact percentiles.
import autocannon from 'autocannon';
import pg from 'pg';

export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** What one drive recorded: the latency of every request answered, how long it ran, how many failed. */
export interface Recording {
  latencies: number[];
  seconds: number;
  errors: number;
}

function figuresOf(latencies: number[], seconds: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  return { requestsPerSecond: sorted.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

/** The figures of one or more drives of the same target taken together. */
export function summarise(recordings: Recording[]): Figures {
  const sum = (f: (r: Recording) => number) => recordings.reduce((total, r) => total + f(r), 0);
  return figuresOf(
    recordings.flatMap((r) => r.latencies),
    sum((r) => r.seconds),
    sum((r) => r.errors),
  );
}

export async function driveHttp(url: string, body: string, headers: Record<string, string>, connections: number, seconds: number): Promise<Recording> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, connections, duration: seconds },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status === 200) latencies.push(responseTime);
      else errors += 1;
    });
  });
  return { latencies, seconds: result.duration, errors: errors + result.errors + result.timeouts };
}

export async function driveSql(connectionString: string, text: string, values: unknown[], connections: number, seconds: number): Promise<Recording> {
  const pool = new pg.Pool({ connectionString, max: connections });
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await pool.query(text, values);
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await pool.end();
  return { latencies, seconds: elapsed, errors };
}

/** One question of a mixed workload: its id and the request body sent for it. */
export interface MixedQuestion {
  id: string;
  body: string;
}

export interface MixedFigures {
  reads: Figures;
  byQuestion: Record<string, Figures>;
  /** Share of the reads of result-cached questions answered with the one statement of a cache hit. */
  cacheHits: number;
  writes: Figures | null;
}

/**
 * `connections` loops, each sending the questions in turn (each loop starting at
 * a different one), while `write` (when given) runs every `writeEveryMs` on its
 * own. Reads are timed per question; `cached` names the questions the hub serves
 * from its result cache, whose hits cost one statement (x-sql-statements).
 */
export async function driveMixed(
  url: string,
  questions: MixedQuestion[],
  cached: Set<string>,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
  write?: { everyMs: number; run: () => Promise<void> },
): Promise<MixedFigures> {
  const latencies = new Map(questions.map((q) => [q.id, [] as number[]]));
  let errors = 0;
  let cachedReads = 0;
  let hits = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const request = { method: 'POST', headers: { 'content-type': 'application/json', ...headers } };
  const reader = async (offset: number) => {
    for (let i = offset; performance.now() < until; i++) {
      const q = questions[i % questions.length];
      const t = performance.now();
      const res = await fetch(url, { ...request, body: q.body });
      const body = (await res.json()) as { errors?: unknown[] };
      if (!res.ok || body.errors) {
        errors += 1;
        continue;
      }
      latencies.get(q.id)!.push(performance.now() - t);
      if (cached.has(q.id)) {
        cachedReads += 1;
        if (res.headers.get('x-sql-statements') === '1') hits += 1;
      }
    }
  };
  const writeTimes: number[] = [];
  let writeErrors = 0;
  const writer = async () => {
    if (!write) return;
    while (performance.now() < until) {
      const next = performance.now() + write.everyMs;
      try {
        await write.run();
        writeTimes.push(performance.now() - (next - write.everyMs));
      } catch {
        writeErrors += 1;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
  };
  await Promise.all([writer(), ...Array.from({ length: connections }, (_, c) => reader(c))]);
  const elapsed = (performance.now() - started) / 1000;
  const byQuestion = Object.fromEntries([...latencies].map(([id, l]) => [id, figuresOf(l, elapsed, 0)]));
  return {
    reads: figuresOf([...latencies.values()].flat(), elapsed, errors),
    byQuestion,
    cacheHits: cachedReads ? hits / cachedReads : NaN,
    writes: write ? figuresOf(writeTimes, elapsed, writeErrors) : null,
  };
}
