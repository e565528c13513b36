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

function summarise(latencies: number[], seconds: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  return { requestsPerSecond: sorted.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

export async function driveHttp(url: string, body: string, headers: Record<string, string>, connections: number, seconds: number): Promise<Figures> {
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
  return summarise(latencies, result.duration, errors + result.errors + result.timeouts);
}

export async function driveSql(connectionString: string, text: string, values: unknown[], connections: number, seconds: number): Promise<Figures> {
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
  return summarise(latencies, elapsed, errors);
}
