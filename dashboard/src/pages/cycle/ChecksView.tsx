// Checks after recognition: the inspections of the user's unit in a year; plan
// a check of a certified product (by risk or after a complaint) or draw a
// random sample; record the findings and the consequence (none, warning, a
// deadline to fix, downgrade, revocation); settle a deadline to fix.
import { useState, type FormEvent } from 'react';
import { cycleWrite } from '../../api/cycle-writes.ts';
import { DRAW, PLAN, useCertifiedProducts, useInspections } from '../../api/inspections.ts';
import type { Me } from '../../api/me.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { FormField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatDate, parseDateInput, todayIso, yearOf } from '../../lib/date.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { ActionMessages, productName, stars, useAction } from './cycle-shared.tsx';
import { InspectionActions } from './InspectionActions.tsx';

export function ChecksView({ me }: { me: Me }) {
  const { state } = useViewState();
  const i18n = useI18n();
  const tx = useCycleText();
  const year = state.year ?? yearOf(todayIso());
  const unitCode = me.unit?.code ?? null;
  const inspections = useInspections({ unitCode, year });
  return (
    <>
      <Panel id="inspections" title={tx('checksTitle', { year })} query={inspections} isEmpty={(l) => l.length === 0}>
        {(list) => (
          <ul className="card-list">
            {list.map((x) => (
              <li key={x.id} className="card-item" data-product={x.product?.code} data-state={x.state}>
                <p>
                  <strong>{productName(x.product)}</strong>
                </p>
                <p className="field-hint">
                  {i18n.label(ENUM_LABELS.InspectionMethod, x.method)} · {tx('plannedOn', { date: i18n.date(x.plannedOn) })} ·{' '}
                  <span data-field="state">{i18n.label(ENUM_LABELS.InspectionState, x.state)}</span>
                  {x.certificate ? ` · ${tx('certificateShort', { stars: stars(x.certificate.stars), number: x.certificate.decisionNumber })}` : ''}
                  {x.product ? ` · ${i18n.label(ENUM_LABELS.ProductStatus, x.product.status)}` : ''}
                </p>
                {x.consequence ? (
                  <p data-field="consequence">
                    {tx('recorded', {
                      date: i18n.date(x.inspectedOn),
                      consequence: i18n.label(ENUM_LABELS.InspectionConsequence, x.consequence),
                      findings: x.findings ?? '',
                    })}
                    {x.decisionNumber ? ` · ${x.decisionNumber}` : ''}
                    {x.fixBy ? ` · ${tx('fixBy', { date: i18n.date(x.fixBy) })}` : ''}
                    {x.resolution ? ` · ${x.resolution}` : ''}
                  </p>
                ) : null}
                {x.state !== 'closed' ? <InspectionActions inspection={x} /> : null}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {me.unit ? <PlanForms unitCode={me.unit.code} level={me.unit.level} year={year} /> : null}
    </>
  );
}

function PlanForms({ unitCode, level, year }: { unitCode: string; level: string; year: number }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const action = useAction();
  const [search, setSearch] = useState('');
  const where = level === 'commune' ? { communeCode: unitCode } : { provinceCode: unitCode };
  const products = useCertifiedProducts({ filter: { ...where, statuses: ['certified'], ...(search.trim() ? { search: search.trim() } : {}) } });
  const [productId, setProductId] = useState('');
  const [method, setMethod] = useState<'risk' | 'complaint'>('risk');
  const [riskScore, setRiskScore] = useState('');
  const [date, setDate] = useState(formatDate(todayIso(), 'vi'));
  const [count, setCount] = useState('3');
  const [seed, setSeed] = useState('');
  const plannedOn = parseDateInput(date);

  const plan = (e: FormEvent) => {
    e.preventDefault();
    const input = { productId: Number(productId) || 0, method, plannedOn: plannedOn ?? '', riskScore: riskScore ? Number(riskScore) : null };
    void action.run(() => cycleWrite(PLAN, { input }), tx('planned'));
  };
  const draw = () => {
    const input = { unitCode, year, count: Number(count) || 0, seed: seed.trim(), plannedOn: plannedOn ?? '' };
    void action.run(async () => {
      const drawn = (await cycleWrite(DRAW, { input })).drawInspectionSample;
      if (!drawn.length) throw new Error(tx('nothingDrawn'));
    }, tx('drawn'));
  };

  return (
    <Panel id="plan-inspection" title={tx('planTitle')} query={products}>
      {(list) => (
        <form className="entry-form" onSubmit={plan} aria-label={tx('planTitle')} noValidate>
          <FormField label={tx('plannedOnLabel')} name="plannedOn" hint={i18n.t('asOfHint')} error={plannedOn ? null : i18n.t('invalidDate')}>
            {(p) => <input {...p} type="text" inputMode="numeric" name="plannedOn" size={11} value={date} onChange={(e) => setDate(e.target.value)} />}
          </FormField>
          <div className="form-row">
            <FormField label={tx('findProduct')} name="search">
              {(p) => <input {...p} type="search" name="search" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />}
            </FormField>
            <FormField label={tx('product')} name="productId">
              {(p) => (
                <select {...p} name="productId" value={productId} onChange={(e) => setProductId(e.target.value)}>
                  <option value="">{tx('choose')}</option>
                  {list.edges.map(({ node }) => (
                    <option key={node.id} value={node.id}>{`${node.name} (${node.code})`}</option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={tx('method')} name="method">
              {(p) => (
                <select {...p} name="method" value={method} onChange={(e) => setMethod(e.target.value as 'risk' | 'complaint')}>
                  {(['risk', 'complaint'] as const).map((m) => (
                    <option key={m} value={m}>
                      {i18n.label(ENUM_LABELS.InspectionMethod, m)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={tx('riskScore')} name="riskScore">
              {(p) => (
                <input {...p} type="text" inputMode="numeric" name="riskScore" size={5} value={riskScore} onChange={(e) => setRiskScore(e.target.value)} />
              )}
            </FormField>
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" data-action="plan" disabled={action.busy}>
              {tx('plan')}
            </button>
          </div>
          <h3>{tx('drawTitle', { year })}</h3>
          <div className="form-row">
            <FormField label={tx('sampleCount')} name="count">
              {(p) => <input {...p} type="text" inputMode="numeric" name="count" size={4} value={count} onChange={(e) => setCount(e.target.value)} />}
            </FormField>
            <FormField label={tx('seed')} name="seed" hint={tx('seedHint')}>
              {(p) => <input {...p} type="text" name="seed" autoComplete="off" value={seed} onChange={(e) => setSeed(e.target.value)} />}
            </FormField>
          </div>
          <div className="form-actions">
            <button type="button" className="btn" data-action="draw" disabled={action.busy} onClick={draw}>
              {tx('draw')}
            </button>
          </div>
          <ActionMessages action={action} />
        </form>
      )}
    </Panel>
  );
}
