// A chart in a <figure>: a caption with a text summary of what it shows, and
// the same figures as a table for readers who cannot see the chart.
import { useId, type ReactNode } from 'react';
import { useI18n } from '../app/i18n-context.tsx';
import type { ExportTable } from '../lib/csv.ts';

export function ChartFigure({
  summary,
  table,
  children,
  height,
}: {
  /** One or two sentences saying what the chart shows. */
  summary: string;
  table?: Pick<ExportTable, 'title' | 'headers' | 'rows'>;
  children: ReactNode;
  height: number;
}) {
  const i18n = useI18n();
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-cap`}>
      <div className="chart-box" style={{ height }}>
        {children}
      </div>
      <figcaption id={`${id}-cap`} className="chart-summary">
        {summary}
      </figcaption>
      {table ? (
        <details className="chart-table no-print">
          <summary>{i18n.t('showTable')}</summary>
          <table className="data-table compact">
            <caption className="visually-hidden">{table.title}</caption>
            <thead>
              <tr>
                {table.headers.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {c === null || c === undefined ? '—' : String(c)}
                      </th>
                    ) : (
                      <td key={j} className={typeof c === 'number' ? 'num' : undefined}>
                        {c === null || c === undefined ? '—' : typeof c === 'number' ? i18n.num(c) : String(c)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
