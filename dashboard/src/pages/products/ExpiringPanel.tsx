// Certificates that expire in the 90 days after the as-of date.
import { useProducts } from '../../api/products.ts';
import type { ProductRow } from '../../api/products.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { DataTable, tableExport, type Column } from '../../components/DataTable.tsx';
import { Panel } from '../../components/Panel.tsx';
import { addDays } from '../../lib/date.ts';
import { PRODUCT_GROUP_LABELS } from '../../lib/i18n.ts';
import type { ProvinceScope } from '../../lib/reading.ts';

export const EXPIRY_WINDOW_DAYS = 90;

export function ExpiringPanel({ scope, asOf }: { scope: ProvinceScope; asOf: string }) {
  const i18n = useI18n();
  const { update } = useViewState();
  const to = addDays(asOf, EXPIRY_WINDOW_DAYS);
  const products = useProducts({
    first: 200,
    after: null,
    filter: { ...scope, expiringFrom: asOf, expiringTo: to, ratingAsOf: asOf },
    orderBy: [{ field: 'NAME' }],
    ratingAsOf: asOf,
  });
  const title = i18n.t('expiringTitle');
  const columns: Column<ProductRow>[] = [
    {
      key: 'expires',
      header: i18n.t('expiresOn'),
      cell: (p) => i18n.date(p.currentCertificate?.expiresOn),
      sortValue: (p) => p.currentCertificate?.expiresOn ?? null,
    },
    {
      key: 'name',
      header: i18n.t('name'),
      rowHeader: true,
      sortValue: (p) => p.name,
      cell: (p) => (
        <button type="button" className="link-button" onClick={() => update({ product: p.id })}>
          {p.name}
        </button>
      ),
    },
    { key: 'code', header: i18n.t('code'), cell: (p) => p.code, sortValue: (p) => p.code },
    {
      key: 'stars',
      header: i18n.t('stars'),
      cell: (p) => (p.currentCertificate ? i18n.t('starsN', { n: p.currentCertificate.stars }) : '—'),
      sortValue: (p) => p.currentCertificate?.stars ?? null,
      numeric: true,
    },
    { key: 'group', header: i18n.t('group'), cell: (p) => i18n.label(PRODUCT_GROUP_LABELS, p.group), sortValue: (p) => p.group, exportValue: (p) => p.group },
    {
      key: 'place',
      header: i18n.t('place'),
      cell: (p) => [p.unit.name, p.unit.district?.name].filter(Boolean).join(', '),
      sortValue: (p) => p.unit.district?.name ?? p.unit.name,
    },
    { key: 'owner', header: i18n.t('owner'), cell: (p) => p.subject?.name ?? i18n.t('notVisible'), sortValue: (p) => p.subject?.name ?? '' },
  ];
  return (
    <Panel
      id="expiring"
      title={title}
      query={products}
      isEmpty={(c) => c.edges.length === 0}
      exportTable={(c) =>
        tableExport(
          title,
          columns,
          c.edges.map((e) => e.node),
        )
      }
    >
      {(c) => (
        <>
          <p className="panel-summary">{i18n.t('expiringSummary', { count: c.totalCount, from: i18n.date(asOf), to: i18n.date(to) })}</p>
          <DataTable caption={title} captionHidden columns={columns} rows={c.edges.map((e) => e.node)} rowKey={(p) => p.id} defaultSort="expires" />
        </>
      )}
    </Panel>
  );
}
