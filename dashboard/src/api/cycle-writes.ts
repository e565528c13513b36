// Every step of the OCOP cycle is one mutation; afterwards whatever the cycle's
// screens read, and every figure a certificate moves, is asked again (also
// after a refusal: a CONFLICT means the screen's copy is stale).
import type { DocumentNode } from '@0no-co/graphql.web';
import { ApiError, gqlRequest } from './client.ts';
import { ACCOUNTS_QUERY, MY_SHEETS_QUERY, RESULTS_QUERY, ROUND_QUERY, ROUNDS_QUERY } from './council-rounds.ts';
import { DOSSIER_QUERY, DOSSIERS_QUERY, REGISTER_OPTIONS_QUERY } from './dossiers.ts';
import type { TadaDocumentNode } from './graphql.ts';
import { CERTIFIED_QUERY, INSPECTIONS_QUERY } from './inspections.ts';
import { invalidate } from './query.ts';
import { CHANGED_BY_IMPORT } from './writes.ts';

const CHANGED_BY_CYCLE: readonly DocumentNode[] = [
  ...CHANGED_BY_IMPORT.evaluations,
  DOSSIERS_QUERY,
  DOSSIER_QUERY,
  REGISTER_OPTIONS_QUERY,
  ROUNDS_QUERY,
  ROUND_QUERY,
  RESULTS_QUERY,
  MY_SHEETS_QUERY,
  ACCOUNTS_QUERY,
  INSPECTIONS_QUERY,
  CERTIFIED_QUERY,
];

export async function cycleWrite<R, V>(document: TadaDocumentNode<R, V>, variables: V): Promise<R> {
  try {
    return await gqlRequest(document, variables);
  } finally {
    void invalidate(CHANGED_BY_CYCLE);
  }
}

/**
 * The hub's refusal as lines to show: each bad field named (by the screen's
 * label for it where `fieldLabel` knows it, else its path) with the reason
 * (the hub words them in the view's language), else the message.
 */
export function refusalLines(err: unknown, fieldLabel: (field: string) => string | undefined = () => undefined): string[] {
  if (!(err instanceof ApiError) || !err.details.length) return [(err as Error)?.message ?? String(err)];
  return err.details.flatMap((d) => (d.fields?.length ? d.fields.map((f) => `${fieldLabel(f.field) ?? f.field}: ${f.message}`) : [d.message]));
}
