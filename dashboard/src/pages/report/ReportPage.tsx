// Báo cáo định kỳ: the officer chooses the unit (the province or one of its
// districts), the year, the period and the plans; previews the report the hub
// writes from the same figures as the other screens; types difficulties and
// proposals (saved with the report); and downloads it as DOCX or PDF.
import { useState } from 'react';
import { useAdminUnits } from '../../api/admin-units.ts';
import { useMe } from '../../api/me.ts';
import { fetchReportFile, usePeriodicReport, useReportPeriods, type ReportFormat, type ReportPeriodRule, type ReportVariables } from '../../api/report.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { downloadBlob } from '../../components/download.ts';
import { FilterBar, SelectField } from '../../components/fields.tsx';
import { errorMessage, Panel } from '../../components/Panel.tsx';
import { minDate, todayIso, yearEnd } from '../../lib/date.ts';
import { canWrite } from '../../lib/entry.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { unitsAsOf } from '../../lib/provinces.ts';
import type { ReportPeriod } from '../../lib/url-state.ts';
import { ProvinceField } from '../shared/ProvinceField.tsx';
import { YearGate } from '../shared/YearGate.tsx';
import { YearField } from '../shared/YearField.tsx';
import { DraftForm } from './DraftForm.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import { useReportText, type ReportText } from './report-text.ts';

export default function ReportPage() {
  return <YearGate>{({ year }) => <Report year={year} />}</YearGate>;
}

/** How the end-month choice reads for each period type. */
function monthLabel(period: ReportPeriod, month: number, tr: ReportText): string {
  if (period === 'quarter') return tr('quarterOf', { n: month / 3 });
  if (period === 'half_year') return month === 6 ? tr('firstHalf') : tr('secondHalf');
  return tr('monthOf', { n: month });
}

function Report({ year }: { year: number }) {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const tr = useReportText();
  const periods = useReportPeriods();
  const me = useMe();
  const on = minDate(yearEnd(year), todayIso());
  const districts = useAdminUnits({ filter: { provinceCode: state.province, level: 'district', unitsAsOf: unitsAsOf(on), validOn: on } });
  const [excluded, setExcluded] = useState<{ key: string; ids: number[] }>({ key: '', ids: [] });

  const rule: ReportPeriodRule | undefined = periods.data?.find((p) => p.code === state.period);
  const months = rule?.endMonths ?? [];
  const endMonth = state.month !== null && months.includes(state.month) ? state.month : (months.at(-1) ?? null);
  const unitCode = state.district ?? state.province;
  const selectionKey = `${unitCode}|${year}`;
  const skipped = excluded.key === selectionKey ? excluded.ids : [];
  const base: ReportVariables | null = rule ? { unitCode, period: state.period, year, endMonth } : null;
  const report = usePeriodicReport(base && { ...base, planIds: null });
  // Plans left out are asked for separately, so the full list stays on screen to choose from.
  const chosen = usePeriodicReport(
    base && skipped.length && report.data ? { ...base, planIds: report.data.availablePlans.map((p) => p.id).filter((id) => !skipped.includes(id)) } : null,
  );
  const shown = skipped.length ? chosen : report;
  const variables = shown.status === 'success' && base ? { ...base, planIds: skipped.length ? shown.data.plans.map((p) => p.id) : null } : null;

  return (
    <>
      <p className="entry-intro">{tr('reportIntro')}</p>
      <FilterBar>
        <ProvinceField value={state.province} onChange={(province) => update({ province, district: null, plan: null })} />
        <SelectField
          name="unit"
          label={tr('unit')}
          value={state.district ?? ''}
          options={[{ value: '', label: tr('wholeProvince') }, ...(districts.data ?? []).map((d) => ({ value: d.code, label: `${d.type} ${d.name}` }))]}
          onChange={(code) => update({ district: code || null })}
        />
        <YearField value={year} />
        <SelectField
          name="period"
          label={tr('period')}
          value={state.period}
          options={(periods.data ?? []).map((p) => ({ value: p.code as ReportPeriod, label: i18n.label(ENUM_LABELS.ReportPeriodCode, p.code) }))}
          onChange={(period) => update({ period, month: null })}
        />
        {months.length > 1 && endMonth !== null ? (
          <SelectField
            name="month"
            label={tr('endMonth')}
            value={endMonth}
            options={months.map((m) => ({ value: m, label: monthLabel(state.period, m, tr) }))}
            onChange={(month) => update({ month })}
          />
        ) : null}
      </FilterBar>

      <Panel id="report-window" title={tr('windowTitle')} query={report}>
        {(r) => (
          <>
            <p data-field="window">
              {r.asOf < r.period.to
                ? tr('windowRunning', { asOf: i18n.date(r.asOf) })
                : tr('window', { from: i18n.date(r.period.from), to: i18n.date(r.period.to), asOf: i18n.date(r.asOf) })}
            </p>
            {r.illustrative ? (
              <p className="notice" role="note">
                {tr('illustrative')}
              </p>
            ) : null}
            <fieldset className="doc-plans">
              <legend>{tr('plansLegend')}</legend>
              {r.availablePlans.length === 0 ? <p className="panel-empty">{tr('noPlans', { year })}</p> : null}
              {r.availablePlans.map((p) => (
                <label key={p.id} className="checkbox">
                  <input
                    type="checkbox"
                    name="plan"
                    checked={!skipped.includes(p.id)}
                    disabled={!skipped.includes(p.id) && r.availablePlans.length - skipped.length <= 1}
                    onChange={(e) => setExcluded({ key: selectionKey, ids: e.target.checked ? skipped.filter((id) => id !== p.id) : [...skipped, p.id] })}
                  />{' '}
                  {p.title}
                </label>
              ))}
            </fieldset>
          </>
        )}
      </Panel>

      <div className="two-col">
        <Panel id="report-draft" title={tr('draftTitle')} query={shown}>
          {(r) => <DraftForm report={r} writable={me.status === 'success' && canWrite(me.data?.role)} />}
        </Panel>
        <Panel id="report-download" title={tr('downloadTitle')} query={shown}>
          {() => <Downloads variables={variables} />}
        </Panel>
      </div>

      <Panel id="report-preview" title={tr('previewTitle')} query={shown}>
        {(r) => (
          <>
            <p className="panel-summary">{tr('previewNote')}</p>
            <ReportPreview report={r} />
          </>
        )}
      </Panel>
    </>
  );
}

function Downloads({ variables }: { variables: ReportVariables | null }) {
  const i18n = useI18n();
  const tr = useReportText();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const download = async (format: ReportFormat) => {
    if (!variables) return;
    setBusy(format);
    setStatus({ text: tr('downloading'), error: false });
    try {
      const file = await fetchReportFile(variables, format);
      downloadBlob(file.fileName, file.blob);
      setStatus({ text: tr('downloaded', { file: file.fileName, size: `${i18n.num(file.blob.size / 1024, 0)} KB` }), error: false });
    } catch (err) {
      setStatus({ text: i18n.t('downloadFailed', { message: errorMessage(err as Error, i18n) }), error: true });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <p className="panel-summary">{tr('downloadHint')}</p>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" name="download-docx" disabled={!variables || busy !== null} onClick={() => void download('DOCX')}>
          {tr('downloadDocx')}
        </button>
        <button type="button" className="btn" name="download-pdf" disabled={!variables || busy !== null} onClick={() => void download('PDF')}>
          {tr('downloadPdf')}
        </button>
      </div>
      <p className={status?.error ? 'field-error' : 'form-status'} role={status?.error ? 'alert' : 'status'} data-field="download-status">
        {status?.text ?? ''}
      </p>
    </>
  );
}
