import { SelectField } from '../../components/fields.tsx';
import { useI18n } from '../../app/i18n-context.tsx';
import { PROVINCES } from '../../lib/provinces.ts';

/** The province choice; changing it resets what belonged to the old one. */
export function ProvinceField({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const i18n = useI18n();
  return (
    <SelectField
      name="province"
      label={i18n.t('province')}
      value={value}
      options={PROVINCES.map((p) => ({ value: p.code, label: p.name }))}
      onChange={onChange}
    />
  );
}
