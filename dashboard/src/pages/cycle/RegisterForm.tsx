// Registering a product at the commune: an existing product of the commune or
// a new one (an idea, or a product already made), with the product set whose
// sheet will score it under the rule set in force today.
import { useState, type FormEvent } from 'react';
import { cycleWrite } from '../../api/cycle-writes.ts';
import { REGISTER, useProductSets, useRegisterOptions } from '../../api/dossiers.ts';
import type { Me } from '../../api/me.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { FormField, RadioGroup } from '../../components/fields.tsx';
import { combineQueries, Panel } from '../../components/Panel.tsx';
import { todayIso } from '../../lib/date.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { ActionMessages, useAction } from './cycle-shared.tsx';

type Mode = 'new' | 'existing';
const KINDS = ['first', 'reevaluation', 'upgrade'] as const;

export function RegisterForm({ me, onRegistered }: { me: Me; onRegistered: (dossierId: number) => void }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const unit = me.unit!;
  const options = useRegisterOptions({ today: todayIso(), communeCode: unit.code });
  const ruleSetId = options.data?.ruleSetOn?.id ?? null;
  const sets = useProductSets(ruleSetId ? { ruleSetId } : null);
  const query = combineQueries(options, sets);
  const action = useAction();
  const [mode, setMode] = useState<Mode>('new');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('first');
  const [productId, setProductId] = useState('');
  const [subjectId, setSubjectId] = useState('');
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<'idea' | 'registered'>('registered');
  const [setCodeValue, setSetCode] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const set = sets.data?.find((s) => s.code === setCodeValue);
    const input =
      mode === 'existing'
        ? { kind, productId: productId ? Number(productId) : null, productSetCode: setCodeValue || null }
        : {
            kind,
            productSetCode: setCodeValue || null,
            product: {
              name: name.trim(),
              code: code.trim(),
              subjectId: Number(subjectId) || 0,
              unitId: unit.id,
              status,
              group: set?.group ?? null,
            },
          };
    let id = 0;
    const ok = await action.run(async () => {
      id = (await cycleWrite(REGISTER, { input })).registerProduct.id;
    }, tx('registered'));
    if (ok) onRegistered(id);
  };

  return (
    <Panel id="register-product" title={tx('registerTitle')} query={query}>
      {([o, productSets]) => (
        <form className="entry-form" onSubmit={submit} aria-label={tx('registerTitle')} noValidate>
          <p className="field-hint">{tx('registerRuleSet', { decision: o.ruleSetOn?.decisionNumber ?? '—' })}</p>
          <RadioGroup<Mode>
            name="mode"
            label={tx('registerWhat')}
            value={mode}
            options={(['new', 'existing'] as const).map((m) => ({ value: m, label: tx(`registerMode.${m}`) }))}
            onChange={setMode}
          />
          {mode === 'existing' ? (
            <FormField label={tx('product')} name="productId">
              {(p) => (
                <select {...p} name="productId" value={productId} onChange={(e) => setProductId(e.target.value)}>
                  <option value="">{tx('choose')}</option>
                  {o.products.edges.map(({ node }) => (
                    <option key={node.id} value={node.id}>{`${node.name} (${node.code})`}</option>
                  ))}
                </select>
              )}
            </FormField>
          ) : (
            <>
              <FormField label={tx('subject')} name="subjectId">
                {(p) => (
                  <select {...p} name="subjectId" value={subjectId} onChange={(e) => setSubjectId(e.target.value)}>
                    <option value="">{tx('choose')}</option>
                    {o.subjects.edges.map(({ node }) => (
                      <option key={node.id} value={node.id}>
                        {node.name}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <div className="form-row">
                <FormField label={tx('productName')} name="name">
                  {(p) => <input {...p} type="text" name="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
                </FormField>
                <FormField label={tx('productCode')} name="code">
                  {(p) => <input {...p} type="text" name="code" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />}
                </FormField>
              </div>
              <RadioGroup<'idea' | 'registered'>
                name="status"
                label={tx('productStage')}
                value={status}
                options={(['registered', 'idea'] as const).map((s) => ({ value: s, label: i18n.label(ENUM_LABELS.ProductStatus, s) }))}
                onChange={setStatus}
              />
            </>
          )}
          <div className="form-row">
            <FormField label={tx('productSet')} name="productSetCode">
              {(p) => (
                <select {...p} name="productSetCode" value={setCodeValue} onChange={(e) => setSetCode(e.target.value)}>
                  <option value="">{tx('choose')}</option>
                  {productSets.map((s) => (
                    <option key={s.code} value={s.code}>{`${s.number}. ${i18n.lang === 'en' ? s.name.en : s.name.vi}`}</option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={tx('dossierKind')} name="kind">
              {(p) => (
                <select {...p} name="kind" value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {i18n.label(ENUM_LABELS.DossierKind, k)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={action.busy} data-action="register">
              {action.busy ? tx('working') : tx('register')}
            </button>
          </div>
          <ActionMessages action={action} />
        </form>
      )}
    </Panel>
  );
}
