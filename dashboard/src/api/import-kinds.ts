// The column table of each import kind (importKinds), as the importer reads
// it: the data-entry screen lists a kind's columns from it and downloads its
// template (CSV or XLSX, headers in the view's language).
import { gqlRequest } from './client.ts';
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

export const IMPORT_KINDS_QUERY = graphql(`
  query DashboardImportKinds {
    importKinds { kind columns { name header { vi en } type required example { vi en } note { vi en } choices { value label { vi en } } } }
  }
`);

export const IMPORT_TEMPLATE_QUERY = graphql(`
  query DashboardImportTemplate($kind: ImportKind!, $format: ImportFormat!, $language: Language!) {
    importKinds(kind: $kind) { template(format: $format, language: $language) { fileName contentType base64 } }
  }
`);

export type ImportKindInfo = ResultOf<typeof IMPORT_KINDS_QUERY>['importKinds'][number];
export type ImportColumnInfo = ImportKindInfo['columns'][number];
export type ImportTemplate = ResultOf<typeof IMPORT_TEMPLATE_QUERY>['importKinds'][number]['template'];

export const useImportKinds = (() => {
  const hook = rootFieldHook(IMPORT_KINDS_QUERY, 'importKinds');
  return () => hook({});
})();

export async function fetchImportTemplate(v: VariablesOf<typeof IMPORT_TEMPLATE_QUERY>): Promise<ImportTemplate> {
  const [info] = (await gqlRequest(IMPORT_TEMPLATE_QUERY, v)).importKinds;
  return info.template;
}
