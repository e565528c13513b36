// Sản phẩm: the star distribution over time, by group and by subject type,
// certificates expiring soon, a searchable product table and a product's
// rating history; on either unit map (today's: the province of today, with
// every old province it took over).
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { ExportMetaProvider } from '../../components/export-meta.tsx';
import { DateField, FilterBar } from '../../components/fields.tsx';
import { provinceScope } from '../../lib/reading.ts';
import { usePlanChoice } from '../shared/plan-choice.ts';
import { ProvinceField } from '../shared/ProvinceField.tsx';
import { ReadingFields, useReadingMeta } from '../shared/ReadingFields.tsx';
import { ExpiringPanel } from './ExpiringPanel.tsx';
import { ProductDetailPanel } from './ProductDetailPanel.tsx';
import { ProductSearchPanel } from './ProductSearchPanel.tsx';
import { CertificatesByYearPanel, DistributionPanel, StarsOverTimePanel } from './StarsPanels.tsx';

export default function ProductsPage() {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const { asOf } = usePlanChoice(state);
  const filters = useReadingMeta();
  const scope = asOf ? provinceScope(state, asOf) : null;
  return (
    <ExportMetaProvider value={{ filters, asOf }}>
      <FilterBar>
        <ProvinceField map={state.map} value={state.province} onChange={(province) => update({ province, plan: null, product: null })} />
        {asOf ? <DateField name="asOf" label={i18n.t('asOf')} value={asOf} onChange={(d) => update({ asOf: d })} /> : null}
        <ReadingFields approvedToggle={false} />
      </FilterBar>
      {state.product ? <ProductDetailPanel id={state.product} asOf={asOf} onClose={() => update({ product: null })} /> : null}
      {asOf && scope ? (
        <>
          <div className="two-col">
            <StarsOverTimePanel scope={scope} asOf={asOf} />
            <CertificatesByYearPanel scope={scope} asOf={asOf} />
            <DistributionPanel scope={scope} asOf={asOf} dimension="PRODUCT_GROUP" />
            <DistributionPanel scope={scope} asOf={asOf} dimension="SUBJECT_TYPE" />
          </div>
          <div className="stack" style={{ marginTop: 16 }}>
            <ExpiringPanel scope={scope} asOf={asOf} />
            <ProductSearchPanel scope={scope} asOf={asOf} />
          </div>
        </>
      ) : null}
    </ExportMetaProvider>
  );
}
