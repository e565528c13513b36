import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { currentViewer } from '../auth/viewer.ts';
import { badInput } from '../common/errors.ts';
import { Language } from '../labels/label.types.ts';
import { freshLoaders } from '../writes/write-context.ts';
import { ImportFormat, ImportKind, ImportKindInfo, ImportReport, ImportTemplate } from './import.types.ts';
import { IMPORT_KINDS, importKindInfo } from './import-kinds.ts';
import { runImport } from './import.service.ts';
import { importTemplate } from './import-template.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

@Resolver(() => ImportKindInfo)
export class ImportResolver {
  @Query(() => [ImportKindInfo], {
    description: 'The kinds of file `importData` takes, each with its columns (headers in Vietnamese and English, types, examples, accepted values) and a template to fill in.',
  })
  importKinds(@Arg('kind', () => ImportKind, { nullable: true, description: 'Only this kind.' }) kind: ImportKind | null): ImportKindInfo[] {
    return (kind ? [IMPORT_KINDS[kind]] : Object.values(IMPORT_KINDS)).map(importKindInfo);
  }

  @FieldResolver(() => ImportTemplate, { description: 'A file to fill in: the header row and an example row, in the language asked for.' })
  async template(
    @Root() info: ImportKindInfo,
    @Arg('format', () => ImportFormat, { description: 'CSV or XLSX.' }) format: ImportFormat,
    @Arg('language', () => Language, { defaultValue: Language.vi, description: 'Language of the headers and of the example’s words.' }) language: Language,
  ): Promise<ImportTemplate> {
    const file = await importTemplate(IMPORT_KINDS[info.kind], format, language);
    return { fileName: file.fileName, contentType: file.contentType, base64: file.data.toString('base64') };
  }

  @Mutation(() => ImportReport, {
    description:
      'Imports a CSV or XLSX file of one kind of record (columns: `importKinds`), under the same rules and access checks as the mutations. ' +
      'A dry run reports every problem by row and column and writes nothing. A real run writes all rows or, if any row has a problem, none. ' +
      'Rows are matched to existing records by their natural key, so importing the same file again changes nothing.',
  })
  async importData(
    @Arg('kind', () => ImportKind, { description: 'What the file holds.' }) kind: ImportKind,
    @Arg('format', () => ImportFormat, { description: 'CSV or XLSX.' }) format: ImportFormat,
    @Arg('fileBase64', () => String, { description: 'The file, base64-encoded.' }) fileBase64: string,
    @Arg('dryRun', () => Boolean, { description: 'Check only: report what would happen, write nothing.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    const text = fileBase64.replace(/\s+/g, '');
    if (!text || !BASE64.test(text)) throw badInput('fileBase64', 'not base64 text');
    const report = await runImport(ctx.db, currentViewer(), { kind, format, data: Buffer.from(text, 'base64'), dryRun });
    if (report.written) freshLoaders(ctx);
    return report;
  }
}
