// The product table: search (the server ignores diacritics) and Relay
// pagination (first/after), 20 rows a page.
import { useEffect, useId, useState } from 'react';
import { useProducts } from '../../api/products.ts';
import type { ProductRow } from '../../api/products.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { DataTable, tableExport, type Column } from '../../components/DataTable.tsx';
import { Panel } from '../../components/Panel.tsx';
import { PRODUCT_GROUP_LABELS, PRODUCT_STATUS_LABELS, SUBJECT_TYPE_LABELS } from '../../lib/i18n.ts';
import type { ProvinceScope } from '../../lib/reading.ts';

export const PAGE_SIZE = 20;

export function ProductSearchPanel({ scope, asOf }: { scope: ProvinceScope; asOf: string }) {
  const i18n = useI18n();
  const { state, update } = useViewState();
  const id = useId();
  const [text, setText] = useState(state.q);
  useEffect(() => setText(state.q), [state.q]);
  // The URL follows the box a moment after typing stops.
  useEffect(() => {
    if (text === state.q) return;
    const timer = setTimeout(() => update({ q: text }, { replace: true }), 300);
    return () => clearTimeout(timer);
  }, [text, state.q, update]);

  const toolbar = (
    <form className="filter-inline" role="search" onSubmit={(e) => (e.preventDefault(), update({ q: text }, { replace: true }))}>
      <div className="field">
        <label htmlFor={id}>{i18n.t('search')}</label>
        <input id={id} type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint`} size={40} />
        <span id={`${id}-hint`} className="field-hint">
          {i18n.t('searchHint')}
        </span>
      </div>
    </form>
  );
  return <Results key={`${JSON.stringify(scope)}|${state.q}|${asOf}`} scope={scope} asOf={asOf} search={state.q} toolbar={toolbar} />;
}

function Results({ scope, asOf, search, toolbar }: { scope: ProvinceScope; asOf: string; search: string; toolbar: React.ReactNode }) {
  const i18n = useI18n();
  const { state, update } = useViewState();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const products = useProducts({
    first: PAGE_SIZE,
    after: cursors[page],
    filter: { ...scope, ratingAsOf: asOf, ...(search.trim() ? { search: search.trim() } : {}) },
    orderBy: [{ field: 'NAME' }],
    ratingAsOf: asOf,
  });
  const title = i18n.t('productTableTitle');
  const columns: Column<ProductRow>[] = [
    { key: 'code', header: i18n.t('code'), cell: (p) => p.code, sortValue: (p) => p.code },
    {
      key: 'name',
      header: i18n.t('name'),
      rowHeader: true,
      sortValue: (p) => p.name,
      cell: (p) => (
        <button type="button" className="link-button" onClick={() => update({ product: p.id })} aria-pressed={state.product === p.id}>
          {p.name}
        </button>
      ),
    },
    { key: 'group', header: i18n.t('group'), cell: (p) => i18n.label(PRODUCT_GROUP_LABELS, p.group), sortValue: (p) => p.group, exportValue: (p) => p.group },
    {
      key: 'place',
      header: i18n.t('place'),
      cell: (p) => [p.unit.name, p.unit.district?.name].filter(Boolean).join(', '),
      sortValue: (p) => p.unit.district?.name ?? p.unit.name,
    },
    {
      key: 'owner',
      header: i18n.t('owner'),
      cell: (p) => (p.subject ? `${p.subject.name} (${i18n.label(SUBJECT_TYPE_LABELS, p.subject.type)})` : i18n.t('notVisible')),
      sortValue: (p) => p.subject?.name ?? '',
    },
    {
      key: 'stars',
      header: i18n.t('stars'),
      cell: (p) => (p.currentCertificate ? i18n.t('starsN', { n: p.currentCertificate.stars }) : '—'),
      sortValue: (p) => p.currentCertificate?.stars ?? null,
      numeric: true,
    },
    {
      key: 'status',
      header: i18n.t('status'),
      cell: (p) => i18n.label(PRODUCT_STATUS_LABELS, p.status),
      sortValue: (p) => p.status,
      exportValue: (p) => p.status,
    },
  ];
  return (
    <Panel
      id="product-search"
      title={title}
      query={products}
      toolbar={toolbar}
      isEmpty={(c) => c.edges.length === 0}
      exportTable={(c) => ({
        ...tableExport(
          title,
          columns,
          c.edges.map((e) => e.node),
        ),
        meta: [
          [i18n.t('search'), search],
          ['page', String(page + 1)],
        ],
      })}
    >
      {(c) => (
        <>
          <p className="panel-summary" aria-live="polite" data-field="total-count">
            {i18n.t('searchResults', { total: c.totalCount })}
          </p>
          <DataTable
            caption={`${title}${search ? ` “${search}”` : ''}`}
            captionHidden
            columns={columns}
            rows={c.edges.map((e) => e.node)}
            rowKey={(p) => p.id}
            rowClassName={(p) => (p.id === state.product ? 'selected' : undefined)}
          />
          <nav className="pager" aria-label={title}>
            <button type="button" className="btn" disabled={page === 0} onClick={() => setCursors((cs) => cs.slice(0, -1))}>
              <span aria-hidden="true">←</span> {i18n.t('prevPage')}
            </button>
            <span className="pager-info" data-field="page">
              {i18n.t('pageOf', { page: page + 1, total: c.totalCount })}
            </span>
            <button type="button" className="btn" disabled={!c.pageInfo.hasNextPage} onClick={() => setCursors((cs) => [...cs, c.pageInfo.endCursor])}>
              {i18n.t('nextPage')} <span aria-hidden="true">→</span>
            </button>
          </nav>
        </>
      )}
    </Panel>
  );
}
