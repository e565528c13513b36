// Data fetching through TanStack Query: one cache for the app, keyed by the
// operation's name and its variables, so panels asking the same thing share
// one request; a request whose panel goes away (or whose filter changed) is
// cancelled through the AbortSignal the cache hands to gqlRequest; a panel
// keeps showing its previous figures, marked as refreshing, while a changed
// filter loads.
import { keepPreviousData, QueryClient, queryOptions, skipToken, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { DocumentNode } from '@0no-co/graphql.web';
import { ApiError, gqlRequest, operationName } from './client.ts';
import type { TadaDocumentNode } from './graphql.ts';

/** What a panel needs from a query: its state, its data, its error and a way to ask again. */
export type QueryResult<T> = (
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'error'; data: undefined; error: Error }
  | { status: 'success'; data: T; error: undefined }
) & {
  retry: () => void;
  /** The data is the previous filter's, shown while the new one loads. */
  refreshing?: boolean;
};

/** Failures a second attempt may cure: the network, the hub's HTTP 5xx, a database that is reconnecting. */
const TRANSIENT_CODES = new Set(['DATABASE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);
const MAX_RETRIES = 2;

/**
 * Whether to ask again after `failureCount` failures. Never for bad input,
 * access (FORBIDDEN, UNAUTHENTICATED), an invalid query or a timeout, which
 * would only fail again or load the hub further.
 */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= MAX_RETRIES || !(error instanceof ApiError)) return false;
  switch (error.kind) {
    case 'network':
      return true;
    case 'http':
      return (error.status ?? 0) >= 500;
    case 'graphql':
      return error.details.length > 0 && error.details.every((d) => d.code !== undefined && TRANSIENT_CODES.has(d.code));
    default:
      return false;
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: shouldRetry,
      // The figures change only by writes, and this tab's writes invalidate
      // what they change; a screen opened again within the minute is instant.
      staleTime: 60_000,
      // A report being read does not change under its reader.
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

/**
 * Runs `document` with `variables` whenever they change; `null` variables
 * mean "not yet" (the panel stays loading and nothing is sent). `select`
 * picks what the panel shows (keep it a stable function).
 */
export function useApiQuery<R, V, T = R>(document: TadaDocumentNode<R, V>, variables: V | null, select?: (data: R) => T): QueryResult<T> {
  const result = useQuery({ ...apiQuery(document, variables), select, placeholderData: keepPreviousData });
  return queryResult(result as UseQueryResult<T, Error>);
}

/** The hook of a document whose answer a panel takes from one root field. */
export function rootFieldHook<R, V, K extends keyof R>(document: TadaDocumentNode<R, V>, field: K): (variables: V | null) => QueryResult<R[K]> {
  const select = (data: R) => data[field];
  return (variables) => useApiQuery(document, variables, select);
}

/**
 * Starts a request a screen will make, before the screen's code has arrived;
 * the screen finds the answer under the same key. Resolves to the answer, or
 * to undefined when it failed (the screen's own query shows the error).
 */
export function prefetchApiQuery<R, V>(document: TadaDocumentNode<R, V>, variables: V): Promise<R | undefined> {
  return queryClient.fetchQuery(apiQuery(document, variables)).catch(() => undefined);
}

function apiQuery<R, V>(document: TadaDocumentNode<R, V>, variables: V | null) {
  return queryOptions({
    queryKey: [operationName(document), variables] as const,
    queryFn: variables === null ? skipToken : ({ signal }) => gqlRequest(document, variables, { signal }),
  });
}

function queryResult<T>(q: UseQueryResult<T, Error>): QueryResult<T> {
  const retry = () => void q.refetch();
  if (q.status === 'error') return { status: 'error', data: undefined, error: q.error, retry };
  if (q.status === 'pending') return { status: 'loading', data: undefined, error: undefined, retry };
  return { status: 'success', data: q.data, error: undefined, retry, refreshing: q.isPlaceholderData };
}

/** After a write: every cached answer of these documents is stale, and those on screen ask again. */
export function invalidate(documents: readonly DocumentNode[]): Promise<void> {
  const names = new Set(documents.map(operationName));
  return queryClient.invalidateQueries({ predicate: (q) => names.has(q.queryKey[0] as string) });
}
