import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { SelectField } from '../../components/fields.tsx';
import { YEARS } from './years.ts';

/** The year of a year-long screen; choosing one drops a date set for another year. */
export function YearField({ value }: { value: number }) {
  const i18n = useI18n();
  const { update } = useViewState();
  return (
    <SelectField
      name="year"
      label={i18n.t('year')}
      value={value}
      options={YEARS.map((y) => ({ value: y, label: String(y) }))}
      onChange={(y) => update({ year: y, asOf: null })}
    />
  );
}
