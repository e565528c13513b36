// One district (on today's map, one commune) in detail: its own targets for
// the year (kpis) and its products, read the way the comparison is.
import { useKpis } from '../../api/kpis.ts';
import { useProducts } from '../../api/products.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { Link } from '../../components/Link.tsx';
import { Panel } from '../../components/Panel.tsx';
import { exportOf } from '../../lib/export-table.ts';
import { PRODUCT_GROUP_LABELS } from '../../lib/i18n.ts';
import { unitsAsOf } from '../../lib/provinces.ts';
import type { FigureOptions } from '../../lib/reading.ts';
import { carryState, hrefOf, parseState } from '../../lib/url-state.ts';
import { targetsExport } from '../../lib/target-export.ts';
import { TargetCard } from '../shared/TargetCard.tsx';

export function DistrictDrill({
  code,
  name,
  year,
  asOf,
  onClose,
  commune = false,
  options = {},
}: {
  code: string;
  name: string;
  year: number;
  asOf: string;
  onClose: () => void;
  /** The unit is a commune of today's map. */
  commune?: boolean;
  options?: FigureOptions;
}) {
  const i18n = useI18n();
  const kpis = useKpis({ unitCode: code, year, asOf, ...options });
  const unit = commune ? { communeCode: code } : { districtCode: code };
  const products = useProducts({
    first: 20,
    after: null,
    filter: { ...unit, ...(options.mapOn ? { mapOn: options.mapOn } : { unitsAsOf: unitsAsOf(asOf) }), ratingAsOf: asOf },
    orderBy: [{ field: 'STARS', direction: 'DESC' }, { field: 'NAME' }],
    ratingAsOf: asOf,
  });
  const base = carryState(parseState(window.location.search));
  return (
    <section className="panel drill" aria-labelledby="drill-title" id="drill">
      <header className="panel-header">
        <h2 id="drill-title" className="panel-title">
          {i18n.t('drillTitle', { name })}
        </h2>
        <button type="button" className="btn btn-small" onClick={onClose}>
          <span aria-hidden="true">✕</span> {i18n.t('drillClose')}
        </button>
      </header>
      <div className="stack">
        <Panel
          level={3}
          id="drill-kpis"
          title={i18n.t(commune ? 'drillKpisCommune' : 'drillKpis', { year })}
          query={kpis}
          exportTable={(t) => targetsExport(`${i18n.t(commune ? 'drillKpisCommune' : 'drillKpis', { year })} – ${name}`, t, i18n)}
        >
          {(targets) =>
            targets.length === 0 ? (
              <p className="panel-empty">{i18n.t(commune ? 'noKpisCommune' : 'noKpis')}</p>
            ) : (
              <div className="card-grid">
                {targets.map((t) => (
                  <TargetCard key={t.target.id} progress={t} />
                ))}
              </div>
            )
          }
        </Panel>
        <Panel
          level={3}
          id="drill-products"
          title={`${i18n.t(commune ? 'drillProductsCommune' : 'drillProducts')} (${products.data?.totalCount ?? '…'})`}
          query={products}
          isEmpty={(c) => c.edges.length === 0}
          exportTable={(c) =>
            exportOf(
              `${i18n.t(commune ? 'drillProductsCommune' : 'drillProducts')} – ${name}`,
              [
                { code: 'code', header: i18n.t('code'), show: (p) => p.code },
                { code: 'name', header: i18n.t('name'), show: (p) => p.name },
                { code: 'group', header: i18n.t('group'), show: (p) => i18n.label(PRODUCT_GROUP_LABELS, p.group), value: (p) => p.group },
                { code: 'place', header: i18n.t('place'), show: (p) => p.unit.name },
                {
                  code: 'stars',
                  header: i18n.t('stars'),
                  show: (p) => (p.currentCertificate ? i18n.t('starsN', { n: p.currentCertificate.stars }) : ''),
                  value: (p) => p.currentCertificate?.stars ?? null,
                },
              ],
              c.edges.map((e) => e.node),
            )
          }
        >
          {(c) => (
            <ul className="product-list">
              {c.edges.map(({ node: p }) => (
                <li key={p.id}>
                  <Link href={hrefOf('products', { ...base, product: p.id })}>{p.name}</Link> <span className="tag">{p.code}</span>{' '}
                  {p.currentCertificate ? (
                    <span className="stars" aria-hidden="true">
                      {'★'.repeat(p.currentCertificate.stars)}
                    </span>
                  ) : null}
                  <span className="visually-hidden">{p.currentCertificate ? i18n.t('starsN', { n: p.currentCertificate.stars }) : ''}</span>
                  <span className="wording"> · {p.unit.name}</span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </section>
  );
}
