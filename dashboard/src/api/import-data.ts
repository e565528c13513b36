// A file import (importData): a dry run that reports every problem by row and
// column, or the real run. A mutation: never cached, never retried by itself;
// a run that wrote invalidates what its kind of records changes.
import { gqlRequest } from './client.ts';
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { invalidate } from './query.ts';
import { CHANGED_BY_IMPORT } from './writes.ts';

export const IMPORT_DATA_MUTATION = graphql(`
  mutation DashboardImport($kind: ImportKind!, $format: ImportFormat!, $fileBase64: String!, $dryRun: Boolean!) {
    importData(kind: $kind, format: $format, fileBase64: $fileBase64, dryRun: $dryRun) {
      kind dryRun written rows created updated unchanged batchId problems { row column code message }
    }
  }
`);

export type ImportReport = ResultOf<typeof IMPORT_DATA_MUTATION>['importData'];
export type ImportProblem = ImportReport['problems'][number];
export type ImportVariables = VariablesOf<typeof IMPORT_DATA_MUTATION>;

/** Imports take longer than reads: up to 5 000 rows checked one by one. */
const IMPORT_TIMEOUT_MS = 120_000;

export async function importData(v: ImportVariables): Promise<ImportReport> {
  const data = await gqlRequest(IMPORT_DATA_MUTATION, v, { timeoutMs: IMPORT_TIMEOUT_MS });
  if (data.importData.written) void invalidate(CHANGED_BY_IMPORT[v.kind]);
  return data.importData;
}
