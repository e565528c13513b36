// Every panel: a titled section that shows loading, an error with a retry,
// an empty message, or its content, and offers its figures as CSV.
import { useId, type ReactNode } from 'react';
import { ApiError, DEFAULT_TIMEOUT_MS } from '../api/client.ts';
import type { QueryResult } from '../api/query.ts';
import { useI18n, type I18n } from '../app/i18n-context.tsx';
import type { ExportTable } from '../lib/csv.ts';
import { DownloadButton } from './DownloadButton.tsx';

export type PanelQuery<T> = QueryResult<T>;

export interface PanelProps<T> {
  title: string;
  query: PanelQuery<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  /** The panel's figures for the CSV download (without the screen's meta lines). */
  exportTable?: (data: T) => Omit<ExportTable, 'meta'> & { meta?: ExportTable['meta'] };
  actions?: ReactNode;
  /** Shown above the content whatever the query's state (e.g. a search box). */
  toolbar?: ReactNode;
  className?: string;
  level?: 2 | 3;
  id?: string;
}

export function errorMessage(error: Error | undefined, i18n: I18n): string {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'timeout':
        return i18n.t('error.timeout', { seconds: DEFAULT_TIMEOUT_MS / 1000 });
      case 'network':
        return i18n.t('error.network');
      case 'http':
        return i18n.t('error.http', { status: error.status ?? '?' });
      case 'auth':
        return i18n.t('error.auth', { message: error.message });
      default:
        return i18n.t('error.graphql', { message: error.message });
    }
  }
  return error?.message ?? '';
}

export function Panel<T>({ title, query, children, isEmpty, exportTable, actions, toolbar, className, level = 2, id }: PanelProps<T>) {
  const i18n = useI18n();
  const autoId = useId();
  const headingId = `${id ?? autoId}-title`;
  const Heading = level === 2 ? 'h2' : 'h3';
  const data = query.status === 'success' ? (query.data as T) : undefined;
  const empty = data !== undefined && (data === null || (isEmpty ? isEmpty(data) : false));
  return (
    <section
      className={`panel ${className ?? ''}`}
      aria-labelledby={headingId}
      aria-busy={query.status === 'loading' || query.refreshing === true}
      id={id}
      data-status={empty ? 'empty' : query.status}
      data-refreshing={query.refreshing ? 'true' : undefined}
    >
      <header className="panel-header">
        <Heading id={headingId} className="panel-title">
          {title}
        </Heading>
        <div className="panel-actions">
          {actions}
          {data !== undefined && !empty && exportTable ? <DownloadButton table={() => exportTable(data)} /> : null}
        </div>
      </header>
      {toolbar}
      <div className="panel-body">
        {query.status === 'loading' ? (
          <div className="panel-loading" role="status">
            <span className="spinner" aria-hidden="true" /> {i18n.t('loading')}
          </div>
        ) : query.status === 'error' ? (
          <div className="panel-error" role="alert">
            <p>
              <strong>{i18n.t('errorTitle')}.</strong> {errorMessage(query.error, i18n)}
            </p>
            <button type="button" className="btn" onClick={query.retry}>
              <span aria-hidden="true">↻</span> {i18n.t('retry')}
            </button>
          </div>
        ) : empty ? (
          <p className="panel-empty">{i18n.t('empty')}</p>
        ) : (
          children(data as T)
        )}
      </div>
    </section>
  );
}

/** A query that is already answered (for panels fed by a parent's data). */
export function ready<T>(data: T): PanelQuery<T> {
  return { status: 'success', data, error: undefined, retry: () => undefined };
}

/** A panel query derived from another one's data (same loading, error and retry). */
export function mapQuery<T, U>(query: PanelQuery<T>, pick: (data: T) => U): PanelQuery<U> {
  if (query.status !== 'success') return query;
  return { ...query, data: pick(query.data) };
}

/** Several queries as one: loading until all answer, an error if any fails, retry retries the failed. */
export function combineQueries<T extends unknown[]>(...queries: { [K in keyof T]: PanelQuery<T[K]> }): PanelQuery<T> {
  const retry = () => queries.forEach((q) => q.status === 'error' && q.retry());
  const failed = queries.find((q) => q.status === 'error');
  if (failed) return { status: 'error', data: undefined, error: failed.error, retry };
  if (queries.some((q) => q.status !== 'success')) return { status: 'loading', data: undefined, error: undefined, retry };
  return { status: 'success', data: queries.map((q) => q.data) as T, error: undefined, retry, refreshing: queries.some((q) => q.refreshing) };
}
