// One target's progress as a card: actual against target, a bar, the status
// in colour, icon and words, the forecast at the due date (while there is one), the monthly path
// and, for "every district" targets, each district's own progress; whether
// the data behind each figure is approved.
import { useId } from 'react';
import type { TargetProgress } from '../../api/target-progress.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { ProgressBar } from '../../charts/ProgressBar.tsx';
import { Sparkline } from '../../charts/Sparkline.tsx';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ApprovalBadge } from '../../components/ApprovalBadge.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { exportOf, type ExportColumn } from '../../lib/export-table.ts';
import { DistrictStatusTable } from './DistrictStatusTable.tsx';
import { formatTarget, formatValue } from '../../lib/format.ts';
import { STATUS_LABELS, UNIT_LABELS } from '../../lib/i18n.ts';
import { lookOf, PROGRESS_LOOK } from '../../lib/status.ts';
import { targetTitle } from '../../lib/targets.ts';
import { unitHeading, unitTitle } from '../../lib/units.ts';

export function TargetCard({ progress: p }: { progress: TargetProgress }) {
  const i18n = useI18n();
  const id = useId();
  const title = targetTitle(p.metric, p.target.params, i18n.lang);
  const look = lookOf(PROGRESS_LOOK, p.status);
  const actual = formatValue(p.actual, p.unit, i18n.lang);
  const target = formatTarget(p.targetMin, p.targetMax, p.unit, i18n.lang);
  const valueText = `${actual} / ${target}`;
  const series = p.series.map((s) => ({ date: s.date, actual: s.actual, expected: s.expected }));
  const first = series[0];
  const last = series[series.length - 1];
  type Point = (typeof series)[number];
  const seriesColumns: ExportColumn<Point>[] = [
    { code: 'date', header: i18n.t('export.date'), show: (s) => i18n.date(s.date), value: (s) => s.date },
    { code: 'actual', header: i18n.t('actual'), show: (s) => formatValue(s.actual, p.unit, i18n.lang), value: (s) => s.actual },
    { code: 'expected', header: i18n.t('expected'), show: (s) => formatValue(s.expected, p.unit, i18n.lang), value: (s) => s.expected },
  ];
  // An "every district" target counts the districts that met their own target.
  const unitWord = p.districts.length ? i18n.t('districtsMet') : p.unit === 'count' || p.unit === 'people' ? i18n.label(UNIT_LABELS, p.unit) : '';
  return (
    <article className={`target-card tone-border-${look.tone}`} aria-labelledby={`${id}-t`} data-target-key={p.target.key}>
      <header className="target-card-header">
        <h3 id={`${id}-t`}>{title}</h3>
        <StatusBadge value={p.status} looks={PROGRESS_LOOK} labels={STATUS_LABELS} />
      </header>
      <p className="target-scope">
        {unitHeading(p.target.scopeUnit, i18n.lang)} · {i18n.t('dueDate')} {i18n.date(p.target.dueDate)}
      </p>
      <p className="target-approval" data-field="approval">
        <span className="visually-hidden">{i18n.t('approval')}: </span>
        <ApprovalBadge approval={p.approval} />
      </p>
      <p className="target-figures">
        <span className="visually-hidden">{i18n.t('actual')}: </span>
        <span className="target-actual" data-field="actual">
          {actual}
        </span>
        <span className="target-sep" aria-hidden="true">
          {' / '}
        </span>
        <span className="visually-hidden">{i18n.t('target')}: </span>
        <span className="target-goal" data-field="target">
          {target}
        </span>
        {unitWord ? <span className="target-unit"> {unitWord}</span> : null}
      </p>
      <ProgressBar
        actual={p.actual}
        ratio={p.ratio}
        targetMin={p.targetMin}
        targetMax={p.targetMax}
        tone={look.tone}
        valueText={valueText}
        label={`${i18n.t('progress')}: ${title}`}
      />
      {p.reason ? (
        <p className="target-reason" data-field="reason">
          {p.reason[i18n.lang]}
        </p>
      ) : null}
      {/* A final verdict or a target without data has no forecast: its status and reason say it all. */}
      {p.forecast !== null ? (
        <p className="target-forecast">
          {i18n.t('forecast', { date: i18n.date(p.target.dueDate) })}: <strong data-field="forecast">{formatValue(p.forecast, p.unit, i18n.lang)}</strong>
          {p.districts.length ? ` ${i18n.t('districtsMet')}` : null}
        </p>
      ) : null}
      {p.otherReading ? (
        <p className="target-other" data-field="other-reading">
          {i18n.t('otherReading')} — {i18n.lang === 'vi' ? p.otherReading.metric.labelVi : p.otherReading.metric.labelEn}:{' '}
          <strong>{formatValue(p.otherReading.actual, p.unit, i18n.lang)}</strong>
        </p>
      ) : null}
      {series.length > 1 ? (
        <Sparkline
          data={series}
          label={i18n.t('sparklineLabel', {
            metric: title,
            from: i18n.date(first.date),
            to: i18n.date(last.date),
            last: formatValue(last.actual, p.unit, i18n.lang),
          })}
        />
      ) : null}
      <div className="target-card-tools">
        <details>
          <summary>{i18n.t('planWording')}</summary>
          <blockquote lang="vi">{p.target.wording}</blockquote>
        </details>
        {series.length ? (
          <DownloadButton
            table={() => ({
              meta: [
                [i18n.t('target'), target],
                [i18n.t('status'), i18n.label(STATUS_LABELS, p.status)],
              ],
              ...exportOf(`${title} – ${unitTitle(p.target.scopeUnit, i18n.lang)}`, seriesColumns, series),
            })}
          />
        ) : null}
      </div>
      {p.districts.length ? (
        <details className="target-districts">
          <summary>{i18n.t('districtsOfTarget', { count: p.districts.length })}</summary>
          <DistrictStatusTable caption={`${title}: ${i18n.t('districtsOfTarget', { count: p.districts.length })}`} districts={p.districts} />
        </details>
      ) : null}
    </article>
  );
}
