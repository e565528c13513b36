// The column table of each import kind (importKinds), as the importer reads
// it: the data-entry screen lists a kind's columns from it and downloads its
// template (CSV or XLSX, headers in the view's language).
import type { Label, Lang } from '../../../server/labels/enum-labels.ts';
import type { ImportFormat, ImportKind } from '../lib/entry.ts';
import { gqlRequest, type RequestOptions } from './client.ts';
import { useQuery } from './use-query.ts';

export const IMPORT_KINDS_QUERY = `query DashboardImportKinds {
  importKinds { kind columns { name header { vi en } type required example { vi en } note { vi en } choices { value label { vi en } } } }
}`;

export const IMPORT_TEMPLATE_QUERY = `query DashboardImportTemplate($kind: ImportKind!, $format: ImportFormat!, $language: Language!) {
  importKinds(kind: $kind) { template(format: $format, language: $language) { fileName contentType base64 } }
}`;

export interface ImportColumnInfo {
  name: string;
  header: Label;
  type: string;
  required: boolean;
  example: Label;
  note: Label | null;
  choices: { value: string; label: Label }[] | null;
}

export interface ImportKindInfo {
  kind: ImportKind;
  columns: ImportColumnInfo[];
}

export interface ImportTemplate {
  fileName: string;
  contentType: string;
  base64: string;
}

export async function fetchImportKinds(_v: Record<string, never>, options?: RequestOptions): Promise<ImportKindInfo[]> {
  return (await gqlRequest<{ importKinds: ImportKindInfo[] }>(IMPORT_KINDS_QUERY, {}, options)).importKinds;
}

export function useImportKinds() {
  return useQuery('importKinds', fetchImportKinds, {});
}

export async function fetchImportTemplate(v: { kind: ImportKind; format: ImportFormat; language: Lang }): Promise<ImportTemplate> {
  const [info] = (await gqlRequest<{ importKinds: { template: ImportTemplate }[] }>(IMPORT_TEMPLATE_QUERY, v)).importKinds;
  return info.template;
}
