// The hook behind every query hook: loading → data or error, a retry, and a
// small cache so two panels asking the same thing send one request.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, type RequestOptions } from './client.ts';

export type QueryState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'error'; data: undefined; error: ApiError | Error }
  | { status: 'success'; data: T; error: undefined };

export type QueryResult<T> = QueryState<T> & { retry: () => void };

export type Fetcher<V, T> = (variables: V, options?: RequestOptions) => Promise<T>;

const cache = new Map<string, Promise<unknown>>();
const MAX_CACHE = 200;

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit as Promise<T>;
  const promise = load();
  cache.set(key, promise);
  if (cache.size > MAX_CACHE) cache.delete(cache.keys().next().value as string);
  // Failures are not kept: the next attempt asks again.
  promise.catch(() => cache.delete(key));
  return promise;
}

/** Forgets every cached answer (tests, or after a long idle). */
export function clearQueryCache(): void {
  cache.clear();
}

/**
 * Runs `fetcher(variables)` whenever the variables change (compared as JSON);
 * `null` variables mean "not yet" (the panel stays loading).
 */
export function useQuery<V, T>(name: string, fetcher: Fetcher<V, T>, variables: V | null): QueryResult<T> {
  const key = variables === null ? null : `${name}:${JSON.stringify(variables)}`;
  const [state, setState] = useState<{ key: string | null; value: QueryState<T> }>({ key: null, value: loading() });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === null || variables === null) return;
    let live = true;
    setState((s) => (s.key === key && s.value.status === 'success' ? s : { key, value: loading() }));
    cached(key, () => fetcher(variables)).then(
      (data) => live && setState({ key, value: { status: 'success', data, error: undefined } }),
      (error: Error) => live && setState({ key, value: { status: 'error', data: undefined, error } }),
    );
    return () => {
      live = false;
    };
    // The key stands for the variables.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const retry = useCallback(() => {
    if (key) cache.delete(key);
    setAttempt((n) => n + 1);
  }, [key]);

  const value = state.key === key ? state.value : loading<T>();
  return { ...value, retry } as QueryResult<T>;
}

function loading<T>(): QueryState<T> {
  return { status: 'loading', data: undefined, error: undefined };
}
