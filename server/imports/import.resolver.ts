import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { ACCESS } from '../auth/guard.ts';
import { currentViewer } from '../auth/viewer.ts';
import { badInput } from '../common/errors.ts';
import { freshLoaders } from '../writes/write-context.ts';
import { ImportFormat, ImportKind, ImportReport } from './import.types.ts';
import { runImport } from './import.service.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

@Resolver(() => ImportReport)
export class ImportResolver {
  @Authorized(ACCESS.write.roles)
  @Mutation(() => ImportReport, {
    description:
      'Imports a CSV or XLSX file of one kind of record (columns: docs/imports.md), under the same rules and access checks as the mutations. ' +
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
