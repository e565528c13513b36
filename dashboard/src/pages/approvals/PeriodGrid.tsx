// Every unit's periods of the year at a glance: one row per reporting unit,
// one column per month or quarter, each cell its stage as colour AND icon
// (AND, for screen readers and on hover, words); overdue cells are marked.
import type { Me } from '../../api/me.ts';
import type { ReportingPeriod, ReportingPeriods } from '../../api/reporting-periods.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { Panel, type PanelQuery } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { capitalise, periodColumn, periodGrid, periodLabel, periodsInYear } from '../../lib/approvals.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { lookOf, STAGE_LOOK } from '../../lib/status.ts';
import type { PeriodKind } from '../../lib/url-state.ts';
import { useApprovalsText } from './approvals-text.ts';

const STAGES = Object.keys(STAGE_LOOK);

export function PeriodGrid({ query, year, kind }: { query: PanelQuery<[Me | null, ReportingPeriods | null]>; year: number; kind: PeriodKind }) {
  const i18n = useI18n();
  const tx = useApprovalsText();
  const columns = Array.from({ length: periodsInYear(kind) }, (_, i) => i + 1);
  const cellText = (p: ReportingPeriod) =>
    tx('matrixCell', {
      unit: `${p.unit.type} ${p.unit.name}`,
      period: periodLabel(p.kind, p.year, p.number, i18n.lang),
      stage: `${i18n.label(ENUM_LABELS.ReportingStage, p.stage)}${p.overdue ? `, ${tx('overdue')}` : ''}`,
    });
  return (
    <Panel id="approval-grid" title={tx('matrixTitle')} query={query} isEmpty={([, p]) => !p || p.periods.length === 0}>
      {([, p]) => (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={tx('matrixCaption', { year })}>
            <table className="data-table compact period-grid">
              <caption className="visually-hidden">{tx('matrixCaption', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{tx('matrixUnit')}</th>
                  {columns.map((n) => (
                    <th key={n} scope="col" className="period-col">
                      <span aria-hidden="true">{periodColumn(kind, n, i18n.lang)}</span>
                      <span className="visually-hidden">{capitalise(periodLabel(kind, year, n, i18n.lang))}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {periodGrid(p!.periods, columns.length).map((row) => (
                  <tr key={`${row.unit.code}:${row.unit.validTo ?? ''}`}>
                    <th scope="row">{`${row.unit.type} ${row.unit.name}`}</th>
                    {columns.map((n) => {
                      const c = row.cells[n - 1];
                      if (!c)
                        return (
                          <td key={n} className="period-cell period-none">
                            <span aria-hidden="true">·</span>
                            <span className="visually-hidden">{tx('matrixNotReporting')}</span>
                          </td>
                        );
                      const look = lookOf(STAGE_LOOK, c.stage);
                      return (
                        <td
                          key={n}
                          className={`period-cell tone-${look.tone}${c.overdue ? ' period-overdue' : ''}`}
                          title={cellText(c)}
                          data-unit={c.unit.code}
                          data-number={c.number}
                          data-stage={c.stage}
                        >
                          <span aria-hidden="true">
                            {look.icon}
                            {c.overdue ? '!' : ''}
                          </span>
                          <span className="visually-hidden">{cellText(c)}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="legend">
            <span className="legend-title">{tx('matrixLegend')}:</span>{' '}
            {STAGES.map((s) => (
              <StatusBadge key={s} value={s} looks={STAGE_LOOK} labels={ENUM_LABELS.ReportingStage} />
            ))}{' '}
            <span className="badge period-overdue">! {tx('overdue')}</span>
          </p>
        </>
      )}
    </Panel>
  );
}
