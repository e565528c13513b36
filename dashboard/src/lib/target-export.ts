// The targets of a plan as an export: each target and, below it, its
// districts, as the target cards show them; the codes keep the target key,
// the metric id and version, ISO dates and raw figures.
import type { TargetProgress } from '../api/target-progress.ts';
import type { I18n } from '../app/i18n-context.tsx';
import type { ExportTable } from './csv.ts';
import { exportOf, type ExportColumn } from './export-table.ts';
import { formatRatio, formatTarget, formatValue } from './format.ts';
import { APPROVAL_STATE_LABELS, STATUS_LABELS, UNIT_LABELS } from './i18n.ts';
import { targetTitle } from './targets.ts';

type District = TargetProgress['districts'][number];

/** A row: a target, or one of its districts. */
interface TargetRow {
  p: TargetProgress;
  d?: District;
}

function targetColumns(i18n: I18n): ExportColumn<TargetRow>[] {
  const lang = i18n.lang;
  const of = ({ p, d }: TargetRow) => d ?? p;
  return [
    { code: 'key', header: null, show: ({ p }) => p.target.key },
    { code: 'metric', header: i18n.t('metric'), show: ({ p }) => targetTitle(p.metric, p.target.params, lang), value: ({ p }) => p.metric.id },
    { code: 'metric_version', header: null, show: ({ p }) => p.metric.version },
    { code: 'scope', header: i18n.t('scope'), show: ({ p }) => p.target.scopeUnit.name },
    { code: 'district', header: i18n.t('district'), show: ({ d }) => d?.target.scopeUnit.name ?? '' },
    { code: 'due_date', header: i18n.t('dueDate'), show: ({ p }) => i18n.date(p.target.dueDate), value: ({ p }) => p.target.dueDate },
    { code: 'actual', header: i18n.t('actual'), show: (r) => formatValue(of(r).actual, r.p.unit, lang), value: (r) => of(r).actual },
    {
      code: 'target_min',
      header: i18n.t('target'),
      show: (r) => formatTarget(of(r).targetMin, of(r).targetMax, r.p.unit, lang),
      value: (r) => of(r).targetMin,
    },
    { code: 'target_max', header: null, show: (r) => of(r).targetMax },
    { code: 'unit', header: i18n.t('unit'), show: ({ p }) => i18n.label(UNIT_LABELS, p.unit), value: ({ p }) => p.unit },
    { code: 'ratio', header: i18n.t('export.ratio'), show: (r) => formatRatio(of(r).ratio, lang, 1), value: (r) => of(r).ratio },
    {
      code: 'forecast',
      header: i18n.t('export.forecast'),
      show: ({ p, d }) => (d ? '' : formatValue(p.forecast, p.unit, lang)),
      value: ({ p, d }) => (d ? null : p.forecast),
    },
    { code: 'status', header: i18n.t('status'), show: (r) => i18n.label(STATUS_LABELS, of(r).status), value: (r) => of(r).status },
    { code: 'approval', header: i18n.t('approval'), show: (r) => i18n.label(APPROVAL_STATE_LABELS, of(r).approval.state), value: (r) => of(r).approval.state },
  ];
}

/** The targets (and their districts) as an export. */
export function targetsExport(title: string, targets: readonly TargetProgress[], i18n: I18n): Omit<ExportTable, 'meta'> {
  const rows = targets.flatMap((p) => [{ p }, ...p.districts.map((d) => ({ p, d }))]);
  return exportOf(title, targetColumns(i18n), rows);
}
