// What the API asks of the imports: the kinds with their column tables and
// templates, and running a file. One file, one transaction. Every row goes
// through the same validation and writers as the mutations, each inside a
// savepoint so that one bad row does not hide the problems of the next. At the
// end the transaction is committed only for a real run without a single
// problem; a dry run (or any problem) rolls it back, so both report exactly
// what a real run would do.
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import sql from 'sql-template-tag';
import type { DataSource } from 'typeorm';
import { currentViewer, type Viewer } from '../auth/viewer.ts';
import { badInput, fieldLabels, localizedParts } from '../common/errors.ts';
import { currentLang, databaseCode } from '../common/format-error.ts';
import type { Context } from '../context.ts';
import { execute } from '../db/sql.ts';
import { ENUM_LABELS, type Label, type Lang } from '../labels/enum-labels.ts';
import { lowerLabel } from '../writes/rules.ts';
import { validateInput } from '../writes/validation.ts';
import { freshLoaders, type Write } from '../writes/write-context.ts';
import { invalidInput, isBadInput } from '../writes/write-errors.ts';
import { fold, RowReader, type RowProblem } from './cells.ts';
import type { Column } from './columns.ts';
import { ImportFormat, ImportKind, ImportKindInfo, ImportProblem, ImportReport, ImportTemplate } from './import.types.ts';
import { finishBatch, insertBatch } from './import.repository.ts';
import { columnOfField, Lookups, parseRow, type ImportKindDef, type ParsedRow } from './import-kind.ts';
import { IMPORT_KINDS, importKindInfo } from './import-kinds.ts';
import { importTemplate } from './import-template.ts';
import { readSheet } from './read-file.ts';

interface ImportRequest {
  kind: ImportKind;
  format: ImportFormat;
  data: Buffer;
  dryRun: boolean;
}

/** Every header a column may have: its name, its Vietnamese and English headers, its aliases. */
function headersOf(name: string, column: Column): string[] {
  return [name, column.vi, column.en, ...(column.aliases ?? [])];
}

/** Which column of the file each known column is, by header (or alias), ignoring case and diacritics. */
function matchHeaders(def: ImportKindDef<object>, headers: string[], problems: ImportProblem[]): Map<string, number> {
  const byFolded = new Map<string, string>();
  for (const [name, column] of Object.entries(def.columns)) for (const header of headersOf(name, column)) byFolded.set(fold(header), name);
  const index = new Map<string, number>();
  headers.forEach((header, i) => {
    if (header === '' || header.startsWith('#')) return; // "#…" columns are notes
    const name = byFolded.get(fold(header));
    if (!name) {
      const known = Object.keys(def.columns).join(', ');
      problems.push(
        problem(1, header, 'UNKNOWN_COLUMN', {
          vi: `cột không xác định; các cột của loại dữ liệu này là: ${known} (xem docs/imports.md; tiêu đề bắt đầu bằng "#" được bỏ qua)`,
          en: `unknown column; the ${def.kind} columns are: ${known} (see docs/imports.md; headers starting with "#" are ignored)`,
        }),
      );
    } else if (index.has(name)) {
      const first = headers[index.get(name)!];
      problems.push(problem(1, header, 'DUPLICATE_COLUMN', { vi: `trùng cột với "${first}"`, en: `the same column as "${first}"` }));
    } else index.set(name, i);
  });
  for (const [name, column] of Object.entries(def.columns)) {
    if (!column.required || index.has(name)) continue;
    const others = [...new Set(headersOf(name, column).filter((h) => fold(h) !== name))];
    const also = others.join(', ');
    problems.push(
      problem(1, name, 'MISSING_COLUMN', {
        vi: `thiếu cột bắt buộc (cũng chấp nhận tiêu đề: ${also})`,
        en: `required column missing (also accepted: ${also})`,
      }),
    );
  }
  return index;
}

/** A problem as the report gives it: its message in the language of the request. */
function problem(row: number, column: string | null, code: string, message: Label): ImportProblem {
  return Object.assign(new ImportProblem(), { row, column, code, message: message[currentLang()] });
}

/** The message of one of our errors in both languages (its English text for any other). */
function labelOf(error: GraphQLError): Label {
  return { vi: localizedParts(error, 'vi')?.message ?? error.message, en: localizedParts(error, 'en')?.message ?? error.message };
}

/** A refusal of a row's write, as problems on its columns. */
function problemsOf(error: unknown, def: ImportKindDef<object>, parsed: ParsedRow<object>): RowProblem[] {
  if (isBadInput(error)) {
    const fields = fieldLabels(error) ?? [];
    return fields.map((f) => ({ column: f.field === 'key' ? parsed.identityColumn : columnOfField(def, f.field), code: 'BAD_USER_INPUT', message: f.message }));
  }
  if (error instanceof GraphQLError) {
    const code = String(error.extensions.code);
    const message = labelOf(error);
    // A refused reference names its field; a refused record, its unit.
    if (code === 'FORBIDDEN') {
      const field = error.extensions.field;
      return [{ column: (typeof field === 'string' && columnOfField(def, field)) || def.unitColumn, code, message }];
    }
    // Natural keys are looked up across the hub; the write then finds only what the viewer may read.
    if (code === 'NOT_FOUND') {
      return [
        {
          column: parsed.identityColumn,
          code,
          message: {
            vi: 'đã có một bản ghi mang mã này ở đơn vị nằm ngoài phạm vi bạn được xem',
            en: 'a record with this key exists outside the units you may read',
          },
        },
      ];
    }
    if (code === 'CONFLICT') {
      return [
        {
          column: null,
          code,
          message: { vi: `${message.vi} (bản ghi thay đổi trong lúc nhập: hãy nhập lại)`, en: `${message.en} (it changed during the import: run it again)` },
        },
      ];
    }
    // BAD_USER_INPUT without fields; PERIOD_APPROVED: nothing in the row's period changes until the province reopens it.
    if (code === 'BAD_USER_INPUT' || code === 'PERIOD_APPROVED') return [{ column: null, code, message }];
  }
  // Integrity rules of the database itself (checks, foreign keys) the service rules did not foresee.
  const db = error as { driverError?: { code?: string; detail?: string }; message?: string };
  if (db.driverError?.code?.startsWith('23')) {
    return [
      {
        column: null,
        code: 'DATABASE_REFUSED',
        message: { vi: `cơ sở dữ liệu từ chối dòng này: ${db.message}`, en: `the database refused the row: ${db.message}` },
      },
    ];
  }
  throw error;
}

/** `importKinds`: every kind's column table, or one kind's. */
export function importKinds(kind: ImportKind | null): ImportKindInfo[] {
  return (kind ? [IMPORT_KINDS[kind]] : Object.values(IMPORT_KINDS)).map(importKindInfo);
}

/** A kind's template, base64-encoded for the API. */
export async function importTemplateOf(kind: ImportKind, format: ImportFormat, language: Lang): Promise<ImportTemplate> {
  const file = await importTemplate(IMPORT_KINDS[kind], format, language);
  return { fileName: file.fileName, contentType: file.contentType, base64: file.data.toString('base64') };
}

/** The record a row of each kind writes, as messages name it. */
const KIND_RECORD: Record<ImportKind, Label> = {
  products: lowerLabel(ENUM_LABELS.AuditEntity.product),
  evaluations: lowerLabel(ENUM_LABELS.AuditEntity.evaluation),
  disbursements: lowerLabel(ENUM_LABELS.AuditEntity.disbursement),
  training_classes: lowerLabel(ENUM_LABELS.AuditEntity.training_class),
  promotion_events: lowerLabel(ENUM_LABELS.AuditEntity.promotion_event),
  council_scores: lowerLabel(ENUM_LABELS.AuditEntity.score_sheet),
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * `importData`: the file as the API sends it (base64), imported as the current
 * viewer; after a write the request's loaders start afresh. Who may import is
 * the guard's business (@Authorized on the mutation), and each row's writer
 * checks the viewer's units.
 */
export async function importData(ctx: Context, args: { kind: ImportKind; format: ImportFormat; fileBase64: string; dryRun: boolean }): Promise<ImportReport> {
  const text = args.fileBase64.replace(/\s+/g, '');
  if (!text || !BASE64.test(text)) throw badInput('fileBase64', { vi: 'không phải văn bản base64', en: 'not base64 text' });
  const report = await runImport(ctx.db, currentViewer(), { kind: args.kind, format: args.format, data: Buffer.from(text, 'base64'), dryRun: args.dryRun });
  if (report.written) freshLoaders(ctx);
  return report;
}

async function runImport(db: DataSource, viewer: Viewer, request: ImportRequest): Promise<ImportReport> {
  const def = IMPORT_KINDS[request.kind];
  const sheet = await readSheet(request.format, request.data);
  const report = Object.assign(new ImportReport(), {
    kind: request.kind,
    dryRun: request.dryRun,
    written: false,
    rows: sheet.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    problems: [],
    batchId: null,
  });
  const columns = matchHeaders(def, sheet.headers, report.problems);
  // Cells that could not be read (formulas, error values, text the hub cannot store), by the header they stand under.
  const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26));
  for (const p of sheet.problems) report.problems.push(problem(p.row, sheet.headers[p.column] || letter(p.column), 'BAD_CELL', p.message));
  if (report.problems.length) return report;
  const headerOf = (name: string | null) => (name === null ? null : columns.has(name) ? sheet.headers[columns.get(name)!] : name);

  const runner = db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    let batchId: number | null = null;
    const w: Write = {
      tx: runner.manager,
      viewer,
      importBatch: async () =>
        (batchId ??= await insertBatch(w, { kind: request.kind, format: request.format, sha256: createHash('sha256').update(request.data).digest('hex') })),
    };
    const lookups = new Lookups(runner.manager);
    const seen = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const r = new RowReader(row, new Map([...columns].map(([name, i]) => [name, cells[i] ?? ''])));
      const parsed = await parseRow(def, r, lookups);
      const fail = (problems: RowProblem[]) => report.problems.push(...problems.map((p) => problem(row, headerOf(p.column), p.code, p.message)));
      if (!parsed || !r.ok) {
        fail(r.problems);
        continue;
      }
      const first = seen.get(parsed.identity);
      if (first !== undefined) {
        fail([
          {
            column: parsed.identityColumn,
            code: 'DUPLICATE_ROW',
            message: {
              vi: `trùng với dòng ${first}: mỗi bản ghi chỉ được có một lần trong tệp`,
              en: `repeats row ${first}: each record may appear once in a file`,
            },
          },
        ]);
        continue;
      }
      seen.set(parsed.identity, row);

      await execute(runner.manager, sql`SAVEPOINT import_row`);
      try {
        const existing = await def.find(w, parsed);
        if (existing?.deleted) {
          const record = KIND_RECORD[def.kind];
          throw invalidInput([
            {
              field: 'key',
              message: {
                vi: `${record.vi} ${existing.id} mang mã này đã bị xóa; hãy bỏ dòng này hoặc đặt mã mới`,
                en: `${record.en} ${existing.id} with this key was deleted; remove the row or give it a new key`,
              },
            },
          ]);
        }
        const input = Object.assign(new def.inputClass(), existing ? def.inputOf(existing.row) : def.defaults, parsed.fields);
        const invalid = await validateInput(input, 'input');
        if (invalid.length) throw invalidInput(invalid);
        if (!existing) {
          await def.create(w, input, parsed.importKey);
          report.created += 1;
        } else if ((await def.update(w, existing.id, existing.version, input)).changed) {
          report.updated += 1;
        } else {
          report.unchanged += 1;
        }
        await execute(runner.manager, sql`RELEASE SAVEPOINT import_row`);
      } catch (error) {
        // The database gone: nothing to roll back to, and no row is at fault.
        if (databaseCode(error)) throw error;
        await execute(runner.manager, sql`ROLLBACK TO SAVEPOINT import_row`);
        fail(problemsOf(error, def, parsed));
      }
    }
    report.written = !request.dryRun && report.problems.length === 0;
    if (report.written) {
      if (batchId !== null) await finishBatch(runner.manager, batchId, report);
      await runner.commitTransaction();
      report.batchId = batchId;
    } else {
      await runner.rollbackTransaction();
    }
    return report;
  } catch (error) {
    // A rollback on a connection that died fails too; the first failure is the one to report.
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
