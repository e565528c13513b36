// Labelled form fields of the filter bars.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n-context.tsx';
import { formatDate, parseDateInput } from '../lib/date.ts';
import { useNarrowScreen } from '../lib/screen.ts';
import { shownValue, useExportMeta } from './export-meta.tsx';

/**
 * The screen's filters. On a phone they fold into one line saying what is
 * chosen, so the first figures show on the first screen; a button unfolds them.
 */
export function FilterBar({ children }: { children: ReactNode }) {
  const i18n = useI18n();
  const narrow = useNarrowScreen();
  const meta = useExportMeta();
  const [open, setOpen] = useState(false);
  const id = useId();
  const chosen = [...meta.filters.map(([, v]) => shownValue(v)), meta.asOf ? i18n.date(meta.asOf) : null].filter(Boolean).join(' · ');
  return (
    <form className={`filter-bar no-print${narrow ? ' filter-bar-compact' : ''}`} aria-label={i18n.t('filters')} onSubmit={(e) => e.preventDefault()}>
      {narrow ? (
        <div className="filter-summary">
          <p className="filter-chosen">{chosen}</p>
          <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
            {open ? i18n.t('hideFilters') : i18n.t('changeFilters')}
          </button>
        </div>
      ) : null}
      <div id={id} className="filter-fields" hidden={narrow && !open}>
        {children}
      </div>
    </form>
  );
}

export function SelectField<V extends string | number>({
  label,
  value,
  options,
  onChange,
  name,
}: {
  label: string;
  value: V | null;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  name: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value === null ? '' : String(value)}
        onChange={(e) => {
          const o = options.find((x) => String(x.value) === e.target.value);
          if (o) onChange(o.value);
        }}
      >
        {value === null ? <option value="">—</option> : null}
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A date typed as dd/mm/yyyy (whatever the browser's locale), applied on
 * Enter or when leaving the field; an invalid date is explained, not applied.
 */
export function DateField({ label, value, onChange, name }: { label: string; value: string; onChange: (iso: string) => void; name: string }) {
  const i18n = useI18n();
  const id = useId();
  const shown = formatDate(value, 'vi');
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const apply = () => {
    const iso = parseDateInput(text);
    if (!iso) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (iso !== value) onChange(iso);
    else setText(shown);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={i18n.t('asOfHint')}
        value={text}
        size={11}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
      />
      <span id={`${id}-hint`} className={invalid ? 'field-error' : 'field-hint'} role={invalid ? 'alert' : undefined}>
        {invalid ? i18n.t('invalidDate') : i18n.t('asOfHint')}
      </span>
    </div>
  );
}

export function RadioGroup<V extends string>({
  label,
  value,
  options,
  onChange,
  name,
}: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  name: string;
}) {
  return (
    <fieldset className="field radio-group">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'selected' : undefined}>
          <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** An on/off filter (e.g. "approved data only") with a hint read with it. */
export function CheckboxField({
  label,
  hint,
  checked,
  onChange,
  name,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name: string;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <label htmlFor={id}>
        <input
          id={id}
          name={name}
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/**
 * A labelled form control with a hint and an error message under it (the
 * error replaces nothing: both are read out with the control).
 */
export function FormField({
  label,
  hint,
  error,
  children,
  name,
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  name: string;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field form-field${error ? ' has-error' : ''}`} data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error" data-error-for={name}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
