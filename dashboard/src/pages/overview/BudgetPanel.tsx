// The plan's budget: the stated total and its split by funding source.
import type { BudgetLine } from '../../api/plan.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { BarChartView } from '../../charts/BarChartView.tsx';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { seriesColor } from '../../charts/palette.ts';
import { Panel, type PanelQuery } from '../../components/Panel.tsx';
import { exportOf } from '../../lib/export-table.ts';
import { toBillions } from '../../lib/format.ts';
import { FUNDING_SOURCE_LABELS } from '../../lib/i18n.ts';
import { budgetBreakdown } from '../../lib/reshape.ts';

export function BudgetPanel({ query }: { query: PanelQuery<BudgetLine[]> }) {
  const i18n = useI18n();
  const title = i18n.t('budgetTitle');
  return (
    <Panel
      id="budget"
      title={title}
      query={query}
      isEmpty={(lines) => lines.length === 0}
      exportTable={(lines) =>
        exportOf(
          title,
          [
            { code: 'source', header: i18n.t('source'), show: (l) => i18n.label(FUNDING_SOURCE_LABELS, l.source), value: (l) => l.source },
            { code: 'recipient', header: i18n.t('recipient'), show: (l) => l.recipientUnit.name, value: (l) => l.recipientUnit.code },
            { code: 'year', header: i18n.t('year'), show: (l) => l.year },
            { code: 'amount_vnd', header: i18n.t('amount'), show: (l) => i18n.vnd(l.amount), value: (l) => l.amount, numeric: true },
            { code: 'activity', header: i18n.t('activity'), show: (l) => l.activity },
          ],
          lines,
        )
      }
    >
      {(lines) => {
        const b = budgetBreakdown(lines);
        const stated = b.parts.filter((p) => p.amount !== null);
        const row: Record<string, unknown> = { label: i18n.t('budgetTotal') };
        stated.forEach((p) => (row[p.source] = toBillions(p.amount)));
        const summary = b.stated
          ? i18n.t('budgetSummary', {
              total: i18n.vnd(b.total),
              parts: stated.map((p) => `${i18n.label(FUNDING_SOURCE_LABELS, p.source)} ${i18n.vnd(p.amount)} (${i18n.pct(p.share)})`).join('; '),
            })
          : i18n.t('budgetNoAmounts');
        return (
          <>
            {b.stated ? (
              <p className="big-figure">
                <span className="big-figure-label">{i18n.t('budgetTotal')}</span>
                <strong data-field="budget-total">{i18n.vnd(b.total)}</strong>
                <span className="big-figure-sub">{i18n.bn(b.total)}</span>
              </p>
            ) : null}
            {stated.length ? (
              <ChartFigure
                height={130}
                summary={summary}
                table={{
                  title,
                  headers: [i18n.t('source'), i18n.t('billionAxis')],
                  rows: stated.map((p) => [i18n.label(FUNDING_SOURCE_LABELS, p.source), toBillions(p.amount)]),
                }}
              >
                <BarChartView
                  title={title}
                  data={[row]}
                  categoryKey="label"
                  horizontal
                  height={130}
                  categoryWidth={1}
                  series={stated.map((p, i) => ({
                    key: p.source,
                    label: i18n.label(FUNDING_SOURCE_LABELS, p.source),
                    color: seriesColor(i),
                    stackId: 'budget',
                  }))}
                  valueFormat={(v) => `${i18n.num(v)} ${i18n.t('billionAxis')}`}
                  tickFormat={(v) => i18n.num(v, 1)}
                  valueAxisLabel={i18n.t('billionAxis')}
                  decimals
                />
              </ChartFigure>
            ) : (
              <p className="panel-summary">{summary}</p>
            )}
            <ul className="budget-lines">
              {b.parts.map((p) => (
                <li key={p.source} data-source={p.source}>
                  <span className="budget-source">{i18n.label(FUNDING_SOURCE_LABELS, p.source)}</span>
                  <span className="budget-amount" data-field="amount">
                    {p.amount === null ? <em>{i18n.t('budgetUnstated')}</em> : i18n.vnd(p.amount)}
                  </span>
                  {p.share !== null ? <span className="budget-share">{i18n.pct(p.share)}</span> : null}
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </Panel>
  );
}
