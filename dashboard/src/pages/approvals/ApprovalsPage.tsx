// Phê duyệt số liệu: every reporting period of the user's unit (or, for a user
// without one, of the view's province of today) in a year: how many await
// submission, await approval, were returned, are approved or overdue; the
// grid of units × periods; and the list of periods with the steps the user's
// role may take (submit; approve, return, reopen). From `reportingPeriods`.
import { useMe } from '../../api/me.ts';
import { useReportingPeriods, type ReportingSummary } from '../../api/reporting-periods.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { ExportMetaProvider } from '../../components/export-meta.tsx';
import { FilterBar, RadioGroup, SelectField } from '../../components/fields.tsx';
import { combineQueries, Panel } from '../../components/Panel.tsx';
import { approvalScope } from '../../lib/approvals.ts';
import { todayIso, yearEnd, yearOf, yearStart } from '../../lib/date.ts';
import { newProvinceLabel, newProvinceOf } from '../../lib/provinces.ts';
import { STAGE_FILTERS, type PeriodKind, type StageFilter } from '../../lib/url-state.ts';
import { ProvinceField } from '../shared/ProvinceField.tsx';
import { YearField } from '../shared/YearField.tsx';
import { useApprovalsText } from './approvals-text.ts';
import { PeriodGrid } from './PeriodGrid.tsx';
import { PeriodList } from './PeriodList.tsx';

/** The summary's counts, in the order the tiles show them, with the filter each opens. */
const TILES: readonly [keyof ReportingSummary, StageFilter][] = [
  ['awaitingSubmission', 'awaiting_submission'],
  ['awaitingApproval', 'awaiting_approval'],
  ['returned', 'returned'],
  ['approved', 'approved'],
  ['overdue', 'overdue'],
  ['inProgress', 'in_progress'],
];

export default function ApprovalsPage() {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const tx = useApprovalsText();
  const me = useMe();
  const year = state.year ?? yearOf(todayIso());
  const unit = me.data?.unit ?? null;
  const scope = me.status === 'success' ? approvalScope(unit, state.province) : null;
  const periods = useReportingPeriods(scope && { ...scope, kind: state.kind, from: yearStart(year), to: yearEnd(year) });
  const query = combineQueries(me, periods);
  const scopeName = unit ? `${unit.type} ${unit.name}` : newProvinceLabel(newProvinceOf(state.province), i18n.lang);
  const filters: [string, string][] = [
    [tx('scopeLabel'), scopeName],
    [tx('kind'), tx(`kind.${state.kind}`)],
    [i18n.t('year'), String(year)],
  ];

  return (
    <ExportMetaProvider value={{ filters, asOf: null }}>
      <p className="entry-intro">{tx('intro')}</p>
      <FilterBar>
        {me.status === 'success' && !unit ? (
          <ProvinceField map="today" value={state.province} onChange={(province) => update({ province })} />
        ) : (
          <p className="field scope-name" data-field="scope">
            {tx('scopeOf', { unit: scopeName })}
          </p>
        )}
        <RadioGroup<PeriodKind>
          name="kind"
          label={tx('kind')}
          value={state.kind}
          options={(['month', 'quarter'] as const).map((k) => ({ value: k, label: tx(`kind.${k}`) }))}
          onChange={(kind) => update({ kind })}
        />
        <YearField value={year} />
        <SelectField<StageFilter | 'action'>
          name="stage"
          label={tx('show')}
          value={state.stage ?? 'action'}
          options={(['action', ...STAGE_FILTERS] as const).map((f) => ({ value: f, label: tx(`filter.${f}`) }))}
          onChange={(f) => update({ stage: f === 'action' ? null : f })}
        />
      </FilterBar>

      <Panel id="approval-summary" title={tx('summaryTitle', { year })} query={query} isEmpty={([, p]) => !p}>
        {([, p]) => {
          const s = p!.summary;
          const total = s.awaitingSubmission + s.awaitingApproval + s.returned + s.approved + s.inProgress;
          return (
            <>
              <p className="panel-summary" data-field="summary">
                {tx('summaryText', { total, ...s })}
              </p>
              <ul className="stage-tiles">
                {TILES.map(([key, filter]) => (
                  <li key={key}>
                    <button
                      type="button"
                      className={`stage-tile stage-${filter}`}
                      aria-pressed={state.stage === filter}
                      data-stage={filter}
                      onClick={() => update({ stage: state.stage === filter ? null : filter })}
                    >
                      <strong>{i18n.num(s[key], 0)}</strong>
                      <span>{tx(`filter.${filter}`)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Panel>

      <PeriodGrid query={query} year={year} kind={state.kind} />
      <PeriodList query={query} filter={state.stage} />
    </ExportMetaProvider>
  );
}
