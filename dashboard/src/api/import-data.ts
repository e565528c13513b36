// A file import (importData): a dry run that reports every problem by row and
// column, or the real run. A mutation: never cached, never retried by itself.
import type { ImportFormat, ImportKind } from '../lib/entry.ts';
import { gqlRequest } from './client.ts';

export const IMPORT_DATA_MUTATION = `mutation DashboardImport($kind: ImportKind!, $format: ImportFormat!, $fileBase64: String!, $dryRun: Boolean!) {
  importData(kind: $kind, format: $format, fileBase64: $fileBase64, dryRun: $dryRun) {
    kind dryRun written rows created updated unchanged batchId problems { row column message }
  }
}`;

export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  batchId: number | null;
  problems: ImportProblem[];
}

export interface ImportVariables {
  kind: ImportKind;
  format: ImportFormat;
  fileBase64: string;
  dryRun: boolean;
}

/** Imports take longer than reads: up to 5 000 rows checked one by one. */
const IMPORT_TIMEOUT_MS = 120_000;

export async function importData(v: ImportVariables): Promise<ImportReport> {
  const data = await gqlRequest<{ importData: ImportReport }>(IMPORT_DATA_MUTATION, v, { timeoutMs: IMPORT_TIMEOUT_MS });
  return data.importData;
}
