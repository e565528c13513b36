// Streams generated rows into a table with COPY … FROM STDIN (text format):
// rows are encoded and sent in ~256 KB chunks as they are generated, with
// back-pressure, so memory stays flat whatever the scale.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

type Value = string | number | boolean | null | undefined;

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function encode(value: Value): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(SPECIAL, (c) => ESCAPES[c]);
}

const CHUNK = 256 * 1024;

/** COPYs `rows` into `table` (only `columns`, in that order); returns the number of rows. */
export async function copyRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<Readonly<Record<string, Value>>>,
  onProgress?: (rows: number) => void,
): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let buffer = '';
    for (const row of rows) {
      let line = '';
      for (let i = 0; i < columns.length; i++) line += (i ? '\t' : '') + encode(row[columns[i]]);
      buffer += `${line}\n`;
      count++;
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = '';
        onProgress?.(count);
      }
    }
    if (buffer) yield buffer;
    onProgress?.(count);
  }
  const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks(), { objectMode: false }), sink);
  return count;
}
