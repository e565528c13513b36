import { SelectField } from '../../components/fields.tsx';
import { useI18n } from '../../app/i18n-context.tsx';
import { NEW_PROVINCES, newProvinceLabel, newProvinceOf, OLD_PROVINCES, oldProvinceFor } from '../../lib/provinces.ts';
import type { UnitMap } from '../../lib/url-state.ts';

/**
 * The province choice; changing it resets what belonged to the old one. On
 * today's map it lists the 34 provinces of today with the old provinces each
 * took over; otherwise the 63 before 1 July 2025. The view keeps an old
 * province (the one a province of today kept the code of), so links and the
 * other maps read the same place.
 */
export function ProvinceField({ value, onChange, map = 'recorded' }: { value: string; onChange: (code: string) => void; map?: UnitMap }) {
  const i18n = useI18n();
  if (map === 'today') {
    return (
      <SelectField
        name="province"
        label={i18n.t('province')}
        value={newProvinceOf(value).code}
        options={NEW_PROVINCES.map((p) => ({ value: p.code, label: newProvinceLabel(p, i18n.lang) }))}
        onChange={(code) => onChange(oldProvinceFor(code))}
      />
    );
  }
  return (
    <SelectField
      name="province"
      label={i18n.t('province')}
      value={value}
      options={OLD_PROVINCES.map((p) => ({ value: p.code, label: p.name }))}
      onChange={onChange}
    />
  );
}
