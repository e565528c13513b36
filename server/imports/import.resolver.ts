import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { ACCESS } from '../auth/guard.ts';
import { Language } from '../labels/label.types.ts';
import { ImportFormat, ImportKind, ImportKindInfo, ImportReport, ImportTemplate } from './import.types.ts';
import { importData, importKinds, importTemplateOf } from './import.service.ts';

@Resolver(() => ImportKindInfo)
export class ImportResolver {
  @Authorized()
  @Query(() => [ImportKindInfo], {
    description:
      'The kinds of file `importData` takes, each with its columns (headers in Vietnamese and English, types, examples, accepted values) and a template to fill in.',
  })
  importKinds(@Arg('kind', () => ImportKind, { nullable: true, description: 'Only this kind.' }) kind: ImportKind | null): ImportKindInfo[] {
    return importKinds(kind);
  }

  @FieldResolver(() => ImportTemplate, { description: 'A file to fill in: the header row and an example row, in the language asked for.' })
  template(
    @Root() info: ImportKindInfo,
    @Arg('format', () => ImportFormat, { description: 'CSV or XLSX.' }) format: ImportFormat,
    @Arg('language', () => Language, { defaultValue: Language.vi, description: 'Language of the headers and of the example’s words.' }) language: Language,
  ): Promise<ImportTemplate> {
    return importTemplateOf(info.kind, format, language);
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => ImportReport, {
    description:
      'Imports a CSV or XLSX file of one kind of record (columns: `importKinds`), under the same rules and access checks as the mutations. ' +
      'A dry run reports every problem by row and column and writes nothing. A real run writes all rows or, if any row has a problem, none. ' +
      'Rows are matched to existing records by their natural key, so importing the same file again changes nothing.',
  })
  importData(
    @Arg('kind', () => ImportKind, { description: 'What the file holds.' }) kind: ImportKind,
    @Arg('format', () => ImportFormat, { description: 'CSV or XLSX.' }) format: ImportFormat,
    @Arg('fileBase64', () => String, { description: 'The file, base64-encoded.' }) fileBase64: string,
    @Arg('dryRun', () => Boolean, { description: 'Check only: report what would happen, write nothing.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    return importData(ctx, { kind, format, fileBase64, dryRun });
  }
}
