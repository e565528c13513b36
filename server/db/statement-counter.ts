// Counts the SQL statements issued on behalf of one GraphQL request, so tests
// and the benchmark can prove that a request costs a constant number of them.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

interface Counter {
  statements: number;
}

const storage = new AsyncLocalStorage<Counter>();

export function withStatementCounter<T>(fn: () => T): { result: T; counter: Counter } {
  const counter: Counter = { statements: 0 };
  return { result: storage.run(counter, fn), counter };
}

export function currentCounter(): Counter | undefined {
  return storage.getStore();
}

/** What TypeORM passes on: the text, or a prepared statement's name and text (db/prepared.ts). */
type Query = string | { text: string };
const textOf = (query: Query) => (typeof query === 'string' ? query : query.text);

/** A TypeORM logger that counts every statement and reports only errors and slow queries. */
export class CountingLogger implements Logger {
  constructor(private readonly logQueries: boolean) {}

  logQuery(query: Query): void {
    const counter = storage.getStore();
    if (counter) counter.statements += 1;
    if (this.logQueries) console.log('[sql]', textOf(query));
  }
  logQueryError(error: string | Error, query: Query): void {
    console.error('[sql error]', error instanceof Error ? error.message : error, '\n', textOf(query).slice(0, 500));
  }
  logQuerySlow(time: number, query: Query): void {
    console.warn(`[sql slow ${time} ms]`, textOf(query).slice(0, 500));
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.logQueries) console.log('[migration]', message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn('[typeorm]', message);
  }
}

/**
 * Express middleware counting the statements of each request, and an Apollo
 * plugin reporting them in the `x-sql-statements` header (for the benchmark
 * and for anyone checking that a query stays batched).
 */
export function countStatements(_req: unknown, _res: unknown, next: () => void): void {
  withStatementCounter(next);
}

export const statementCountHeader = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }: { response: { http: { headers: Map<string, string> } } }) {
        response.http.headers.set('x-sql-statements', String(currentCounter()?.statements ?? 0));
      },
    };
  },
};
