// Sản phẩm: the star distribution over time, by group and by subject type,
// certificates expiring soon, a searchable product table and a product's
// rating history.
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { ExportMetaProvider } from '../../components/export-meta.tsx';
import { DateField, FilterBar } from '../../components/fields.tsx';
import { provinceName } from '../../lib/provinces.ts';
import { usePlanChoice } from '../shared/plan-choice.ts';
import { ProvinceField } from '../shared/ProvinceField.tsx';
import { ExpiringPanel } from './ExpiringPanel.tsx';
import { ProductDetailPanel } from './ProductDetailPanel.tsx';
import { ProductSearchPanel } from './ProductSearchPanel.tsx';
import { CertificatesByYearPanel, DistributionPanel, StarsOverTimePanel } from './StarsPanels.tsx';

export default function ProductsPage() {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const { asOf } = usePlanChoice(state);
  const filters: [string, string][] = [[i18n.t('province'), `${provinceName(state.province)} (${state.province})`]];
  return (
    <ExportMetaProvider value={{ filters, asOf }}>
      <FilterBar>
        <ProvinceField value={state.province} onChange={(province) => update({ province, plan: null, product: null })} />
        {asOf ? <DateField name="asOf" label={i18n.t('asOf')} value={asOf} onChange={(d) => update({ asOf: d })} /> : null}
      </FilterBar>
      {state.product ? <ProductDetailPanel id={state.product} asOf={asOf} onClose={() => update({ product: null })} /> : null}
      {asOf ? (
        <>
          <div className="two-col">
            <StarsOverTimePanel province={state.province} asOf={asOf} />
            <CertificatesByYearPanel province={state.province} asOf={asOf} />
            <DistributionPanel province={state.province} asOf={asOf} dimension="PRODUCT_GROUP" />
            <DistributionPanel province={state.province} asOf={asOf} dimension="SUBJECT_TYPE" />
          </div>
          <div className="stack" style={{ marginTop: 16 }}>
            <ExpiringPanel province={state.province} asOf={asOf} />
            <ProductSearchPanel province={state.province} asOf={asOf} />
          </div>
        </>
      ) : null}
    </ExportMetaProvider>
  );
}
