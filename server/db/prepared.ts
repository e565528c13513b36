// Reads run as named prepared statements: PostgreSQL plans each statement
// shape once per connection instead of on every request. Planning a page with
// five joins costs about as much as running it (benchmark question (a): 1.5 ms
// of the 2.5 ms the database spends per request), so this halves the database's
// share of a list. Each connection keeps its most recently used statements;
// the least recently used one is deallocated when a new shape arrives, so
// ad-hoc queries of every shape cannot grow a connection's memory without bound.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Prepared statements kept per connection (PostGraphile keeps 100 as well). */
export const PREPARED_PER_CONNECTION = 100;

/** What node-postgres accepts as a query: text alone, or a named statement. */
export type PreparedQuery = string | { name: string; text: string };

/** The parts of a node-postgres client this module uses: its queue and the names it has parsed. */
interface PgClient {
  query(text: string): Promise<unknown>;
  connection?: { parsedStatements?: Record<string, string> };
}

const perConnection = new WeakMap<object, LRUCache<string, true>>();

function statementsOf(client: PgClient): LRUCache<string, true> | undefined {
  const parsed = client.connection?.parsedStatements;
  if (!parsed) return undefined;
  let lru = perConnection.get(client);
  if (!lru) {
    lru = new LRUCache<string, true>({
      max: PREPARED_PER_CONNECTION,
      // Queued on the same client, so it runs after the statement that evicted it.
      dispose: (_value, name) => {
        client.query(`DEALLOCATE "${name}"`).then(
          () => delete parsed[name],
          (error: Error) => console.error('[sql] could not deallocate a prepared statement:', error.message),
        );
      },
    });
    perConnection.set(client, lru);
  }
  return lru;
}

/** Only reads are prepared: writes are rare, and a statement that changes data is planned as it runs. */
const READ = /^\s*(SELECT|WITH)\b/i;

/**
 * The query to send on `client` for `text`: a named statement for reads (named
 * by a hash of the text, so the same shape shares its plan), plain text
 * otherwise or when the client does not track what it has parsed.
 */
export function preparedQuery(client: unknown, text: string): PreparedQuery {
  if (!READ.test(text)) return text;
  const statements = statementsOf(client as PgClient);
  if (!statements) return text;
  const name = `s_${createHash('sha1').update(text).digest('base64url')}`;
  statements.set(name, true);
  return { name, text };
}
