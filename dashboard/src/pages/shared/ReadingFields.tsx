// How a screen's figures are read, kept in the URL: on which unit map
// (as recorded, the units before 1 July 2025, today's) and, where the screen
// shows KPIs, whether only approved periods count.
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { CheckboxField, RadioGroup } from '../../components/fields.tsx';
import { provinceTitle } from '../../lib/reading.ts';
import type { UnitMap } from '../../lib/url-state.ts';

const MAPS: readonly UnitMap[] = ['recorded', 'old', 'today'];

export function ReadingFields({ approvedToggle = true }: { approvedToggle?: boolean }) {
  const { state, update } = useViewState();
  const i18n = useI18n();
  return (
    <>
      <RadioGroup<UnitMap>
        name="map"
        label={i18n.t('unitMap')}
        value={state.map}
        options={MAPS.map((m) => ({ value: m, label: i18n.t(`unitMap.${m}`) }))}
        // A drilled-into unit belongs to the other map.
        onChange={(map) => update({ map, district: null })}
      />
      {approvedToggle ? (
        <CheckboxField
          name="approved"
          label={i18n.t('approvedOnly')}
          hint={i18n.t('approvedOnlyHint')}
          checked={state.approved}
          onChange={(approved) => update({ approved })}
        />
      ) : null}
    </>
  );
}

/** The export's filter lines for the province and how it is read. */
export function useReadingMeta(): [string, string][] {
  const { state } = useViewState();
  const i18n = useI18n();
  const lines: [string, string][] = [[i18n.t('province'), provinceTitle(state, i18n.lang)]];
  if (state.map !== 'recorded') lines.push([i18n.t('unitMap'), i18n.t(`unitMap.${state.map}`)]);
  if (state.approved) lines.push([i18n.t('approvedOnly'), i18n.t('yes')]);
  return lines;
}
