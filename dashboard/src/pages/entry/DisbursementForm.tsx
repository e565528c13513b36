// One disbursement: an allocation from the user's own, a date typed
// dd/mm/yyyy, an amount typed with dot grouping, the activity and the unit
// paid. The hub's BAD_USER_INPUT problems appear next to their fields;
// FORBIDDEN and CONFLICT are said plainly above the button.
import { useState, type FormEvent } from 'react';
import { useAdminUnits, type AdminUnitsVariables, type UnitOption } from '../../api/admin-units.ts';
import { useBudgetAllocations, type AllocationFilter, type AllocationOption } from '../../api/budget-allocations.ts';
import { ApiError } from '../../api/client.ts';
import { createDisbursement, type CreatedDisbursement } from '../../api/create-disbursement.ts';
import { useI18n, type I18n } from '../../app/i18n-context.tsx';
import { FormField } from '../../components/fields.tsx';
import { errorMessage, Panel } from '../../components/Panel.tsx';
import { parseDateInput } from '../../lib/date.ts';
import { fieldErrorsOf, groupVndInput, parseVndInput, payeeOn, payeeUnitsFilter, remainingVnd } from '../../lib/entry.ts';
import { FUNDING_SOURCE_LABELS } from '../../lib/i18n.ts';
import { useEntryText, type EntryText } from './entry-text.ts';

const FIELDS = ['allocationId', 'disbursedOn', 'amount', 'activity', 'unitId'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

interface Values {
  allocationId: number | null;
  date: string;
  amount: string;
  activity: string;
  unitId: number | null;
}

const EMPTY: Values = { allocationId: null, date: '', amount: '', activity: '', unitId: null };

function allocationLabel(a: AllocationOption, i18n: I18n): string {
  const activity = a.activity.length > 60 ? `${a.activity.slice(0, 59)}…` : a.activity;
  return `${a.year} · ${i18n.label(FUNDING_SOURCE_LABELS, a.source)} · ${activity} · ${a.recipientUnit.name}`;
}

/** The units under the allocation's payee on the payment date (its recipient, or the unit of today that took it over). */
function unitsQuery(a: AllocationOption | undefined, date: string | null): AdminUnitsVariables | null {
  const filter = a ? payeeUnitsFilter(payeeOn(a.recipientUnit, date), date) : null;
  return filter && { filter };
}

export function DisbursementForm({ disabled, scope }: { disabled: boolean; scope: AllocationFilter }) {
  const i18n = useI18n();
  const tx = useEntryText();
  const allocations = useBudgetAllocations({ filter: scope });
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saved, setSaved] = useState<CreatedDisbursement | null>(null);
  const [busy, setBusy] = useState(false);

  const payable = (allocations.data ?? []).filter((a) => a.amount !== null);
  const allocation = payable.find((a) => a.id === values.allocationId);
  const isoDate = parseDateInput(values.date);
  const children = useAdminUnits(unitsQuery(allocation, isoDate));
  const payee = allocation ? payeeOn(allocation.recipientUnit, isoDate) : null;
  const units: UnitOption[] = payee ? [payee, ...(children.data ?? []).filter((u) => u.id !== payee.id)] : [];
  // A unit chosen before the date changed may no longer be offered: fall back to the payee.
  const unitId = units.some((u) => u.id === values.unitId) ? values.unitId : (payee?.id ?? null);
  const amountDigits = parseVndInput(values.amount);

  const set = <K extends keyof Values>(key: K, value: Values[K], field?: Field) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (field) setErrors((e) => ({ ...e, [field]: undefined }));
    setSaved(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Errors = {};
    if (values.allocationId === null) local.allocationId = tx('disbRequired');
    if (!values.date.trim()) local.disbursedOn = tx('disbRequired');
    else if (!isoDate) local.disbursedOn = i18n.t('invalidDate');
    if (!values.amount.trim()) local.amount = tx('disbRequired');
    else if (amountDigits === null) local.amount = tx('disbAmountInvalid');
    if (!values.activity.trim()) local.activity = tx('disbRequired');
    if (unitId === null) local.unitId = tx('disbRequired');
    setErrors(local);
    setGeneral([]);
    setSaved(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const created = await createDisbursement({
        allocationId: values.allocationId!,
        disbursedOn: isoDate!,
        amount: amountDigits!,
        activity: values.activity.trim(),
        unitId: unitId!,
      });
      setSaved(created);
      setValues((v) => ({ ...v, amount: '', activity: '' }));
    } catch (err) {
      const { byField, other } = explain(err as Error, i18n, tx);
      setErrors(byField);
      setGeneral(other);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel id="disbursement" title={tx('disbTitle')} query={allocations}>
      {() => (
        <form onSubmit={submit} className="entry-form" aria-label={tx('disbTitle')} noValidate>
          <fieldset disabled={disabled} className="entry-fieldset">
            {payable.length === 0 ? <p className="panel-empty">{tx('disbNoAllocations')}</p> : null}
            <FormField
              label={tx('disbAllocation')}
              name="allocationId"
              error={errors.allocationId}
              hint={
                allocation
                  ? tx('disbRemaining', {
                      remaining: i18n.vnd(remainingVnd(allocation.amount, allocation.disbursedAmount)),
                      amount: i18n.vnd(allocation.amount),
                      disbursed: i18n.vnd(allocation.disbursedAmount),
                    })
                  : undefined
              }
            >
              {(p) => (
                <select
                  {...p}
                  name="allocationId"
                  value={values.allocationId ?? ''}
                  onChange={(e) => {
                    set('allocationId', e.target.value ? Number(e.target.value) : null, 'allocationId');
                    set('unitId', null, 'unitId');
                  }}
                >
                  <option value="">{tx('disbChoose')}</option>
                  {payable.map((a) => (
                    <option key={a.id} value={a.id}>
                      {allocationLabel(a, i18n)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <div className="form-row">
              <FormField label={tx('disbDate')} name="disbursedOn" hint={i18n.t('asOfHint')} error={errors.disbursedOn}>
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    name="disbursedOn"
                    inputMode="numeric"
                    autoComplete="off"
                    placeholder="dd/mm/yyyy"
                    size={11}
                    value={values.date}
                    onChange={(e) => set('date', e.target.value, 'disbursedOn')}
                  />
                )}
              </FormField>
              <FormField
                label={tx('disbAmount')}
                name="amount"
                hint={amountDigits && amountDigits !== '0' ? tx('disbAmountEcho', { amount: i18n.vnd(amountDigits) }) : tx('disbAmountHint')}
                error={errors.amount}
              >
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    name="amount"
                    inputMode="numeric"
                    autoComplete="off"
                    placeholder="120.000.000"
                    size={18}
                    value={values.amount}
                    onChange={(e) => set('amount', e.target.value, 'amount')}
                    onBlur={() => amountDigits && set('amount', groupVndInput(amountDigits))}
                  />
                )}
              </FormField>
            </div>
            <FormField label={tx('disbActivity')} name="activity" error={errors.activity}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  name="activity"
                  autoComplete="off"
                  value={values.activity}
                  onChange={(e) => set('activity', e.target.value, 'activity')}
                />
              )}
            </FormField>
            <FormField label={tx('disbUnit')} name="unitId" hint={tx('disbUnitHint')} error={errors.unitId}>
              {(p) => (
                <select
                  {...p}
                  name="unitId"
                  value={unitId ?? ''}
                  disabled={!allocation}
                  onChange={(e) => set('unitId', e.target.value ? Number(e.target.value) : null, 'unitId')}
                >
                  {!allocation ? <option value="">—</option> : null}
                  {units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {`${u.type} ${u.name} (${u.code})`}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {general.length ? (
              <div className="panel-error" role="alert" data-field="form-error">
                {general.map((g) => (
                  <p key={g}>{g}</p>
                ))}
              </div>
            ) : Object.values(errors).some(Boolean) ? (
              <p className="field-error" role="alert">
                {tx('disbFixFields')}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" disabled={disabled || busy}>
                {busy ? tx('disbSaving') : tx('disbSubmit')}
              </button>
            </div>
            <div aria-live="polite">
              {saved ? (
                <p className="report-verdict tone-good" role="status" data-field="saved">
                  <span aria-hidden="true">✓</span>{' '}
                  {tx('disbSaved', {
                    id: saved.id,
                    amount: i18n.vnd(saved.amount),
                    date: i18n.date(saved.disbursedOn),
                    unit: `${saved.unit.type} ${saved.unit.name}`,
                  })}
                </p>
              ) : null}
            </div>
          </fieldset>
        </form>
      )}
    </Panel>
  );
}

/** The hub's refusal sorted: field problems next to their fields; FORBIDDEN, CONFLICT and the rest as sentences. */
function explain(err: Error, i18n: I18n, tx: EntryText): { byField: Errors; other: string[] } {
  if (!(err instanceof ApiError) || err.kind !== 'graphql') return { byField: {}, other: [errorMessage(err, i18n)] };
  const byField: Errors = {};
  const other: string[] = [];
  for (const d of err.details) {
    if (d.code === 'BAD_USER_INPUT' && d.fields?.length) {
      const sorted = fieldErrorsOf(d.fields, FIELDS);
      Object.assign(byField, sorted.byField);
      other.push(...sorted.other.map((p) => `${p.field}: ${p.message}`));
    } else if (d.code === 'FORBIDDEN') other.push(tx('errForbidden', { message: d.message }));
    else if (d.code === 'CONFLICT') other.push(tx('errConflict', { message: d.message }));
    else other.push(tx('errNotSaved', { message: d.message }));
  }
  return { byField, other };
}
