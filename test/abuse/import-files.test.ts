// Property-based abuse of file imports: for every import kind and both
// formats, files an adversary (or a careless export) would send: random bytes,
// the kind's own template cut short or with bytes flipped, cells holding NUL,
// control characters, formulas, huge text or wildcards, text in UTF-16 with
// or without a byte-order mark, workbook parts replaced by random XML. Every
// file gets an answer before the statement timeout, never an internal error,
// and an import refused or with problems writes nothing.
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { cloneDatabase } from '../support/db.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';
import { nastyText, probe } from './support.ts';

const RUNS = Number(process.env.ABUSE_RUNS ?? 4);

let db: DataSource;
let hub: RunningHub;
let officer: Record<string, string>;
/** Each kind's template, per format: a file the importer reads, to be spoiled. */
const templates: Record<string, Record<'CSV' | 'XLSX', Buffer>> = {};

const IMPORT = `mutation ($kind: ImportKind!, $format: ImportFormat!, $file: String!, $dryRun: Boolean!) {
  importData(kind: $kind, format: $format, fileBase64: $file, dryRun: $dryRun) { written rows problems { row column message } }
}`;

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db, { rateLimitPerMinute: 0 });
  officer = await authHeader(db, Role.district_officer, '219');
  const { json } = await hub.post(
    { query: '{ importKinds { kind csv: template(format: CSV, language: vi) { base64 } xlsx: template(format: XLSX, language: en) { base64 } } }' },
    officer,
  );
  for (const k of json.data.importKinds) templates[k.kind] = { CSV: Buffer.from(k.csv.base64, 'base64'), XLSX: Buffer.from(k.xlsx.base64, 'base64') };
});

/** A CSV built from the template's header and rows of nasty cells, in some encoding. */
const csvFile = (template: Buffer) =>
  fc
    .record({
      rows: fc.array(fc.array(nastyText, { maxLength: 12 }), { maxLength: 6 }),
      separator: fc.constantFrom(',', ';', '\t'),
      encoding: fc.constantFrom('utf8', 'utf8-bom', 'utf16le', 'utf16le-bom', 'utf16be'),
    })
    .map(({ rows, separator, encoding }) => {
      const header = template
        .toString('utf8')
        .replace(/^\ufeff/, '')
        .split(/\r?\n/)[0];
      const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
      const text = [header.replaceAll(',', separator), ...rows.map((r) => r.map(quote).join(separator))].join('\r\n');
      const le = Buffer.from(text, 'utf16le');
      switch (encoding) {
        case 'utf8':
          return Buffer.from(text);
        case 'utf8-bom':
          return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
        case 'utf16le':
          return le;
        case 'utf16le-bom':
          return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
        default:
          return Buffer.from(le).swap16();
      }
    });

/** The template workbook with one part replaced by random XML, or a cell's text by a nasty one (Excel's _xHHHH_ escapes included). */
const xlsxFile = (template: Buffer) =>
  fc
    .record({
      part: fc.constantFrom('xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/workbook.xml'),
      how: fc.constantFrom('replace', 'cell', 'formula', 'dimension'),
      text: nastyText,
    })
    .map(({ part, how, text }) => {
      const parts = unzipSync(new Uint8Array(template));
      const xml = Buffer.from(parts[part] ?? new Uint8Array()).toString('utf8');
      const escaped = text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\p{Cc}/gu, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
      const spoiled =
        how === 'replace'
          ? `<?xml version="1.0"?><x>${escaped}</x>`
          : how === 'cell'
            ? xml.replace(/<t([^>]*)>[^<]*<\/t>/, `<t$1>${escaped}</t>`)
            : how === 'formula'
              ? xml.replace(/<c r="B2"([^>]*)>/, '<c r="B2"$1><f>SUM(A1:A9)</f>')
              : xml.replace(/<dimension ref="[^"]*"/, `<dimension ref="A1:XFD${text.length * 9999}"`);
      return Buffer.from(zipSync({ ...parts, [part]: Buffer.from(spoiled) }));
    });

/** Any file, spoiled: cut short, bytes flipped, or random bytes. */
const damaged = (template: Buffer) =>
  fc.oneof(
    fc.integer({ min: 0, max: template.length }).map((n) => template.subarray(0, n)),
    fc.array(fc.tuple(fc.nat(template.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }).map((flips) => {
      const copy = Buffer.from(template);
      for (const [at, byte] of flips) copy[at] = byte;
      return copy;
    }),
    fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
  );

describe('every import kind, with files an adversary would send', () => {
  it.each(
    ['products', 'evaluations', 'disbursements', 'training_classes', 'promotion_events'].flatMap((kind) =>
      (['CSV', 'XLSX'] as const).map((format) => [kind, format] as const),
    ),
  )('%s as %s', async (kind, format) => {
    const template = templates[kind][format];
    const files = fc.oneof(format === 'CSV' ? csvFile(template) : xlsxFile(template), damaged(template));
    await fc.assert(
      fc.asyncProperty(files, fc.boolean(), async (file, dryRun) => {
        await probe(
          db,
          hub.url,
          { query: IMPORT, variables: { kind, format, file: file.toString('base64'), dryRun } },
          officer,
          (answer) => (answer.json.data?.importData as { written: boolean } | undefined)?.written === false,
        );
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
