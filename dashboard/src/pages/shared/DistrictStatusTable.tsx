// Each district of an "every district" target against its own target, with
// its status in colour, icon and word and the approval of its figures (a
// target card's and the overview's).
import type { TargetProgress } from '../../api/target-progress.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { ApprovalBadge } from '../../components/ApprovalBadge.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatTarget, formatValue } from '../../lib/format.ts';
import { STATUS_LABELS } from '../../lib/i18n.ts';
import { PROGRESS_LOOK } from '../../lib/status.ts';
import { unitHeading } from '../../lib/units.ts';

export type DistrictProgress = TargetProgress['districts'][number];

/** `ownUnit`: the signed-in officer's district, marked in its row. */
export function DistrictStatusTable({
  caption,
  districts,
  ownUnit = null,
}: {
  caption: string;
  districts: readonly DistrictProgress[];
  ownUnit?: string | null;
}) {
  const i18n = useI18n();
  return (
    <table className="data-table compact">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('district')}</th>
          <th scope="col" className="num">
            {i18n.t('actual')}
          </th>
          <th scope="col" className="num">
            {i18n.t('target')}
          </th>
          <th scope="col">{i18n.t('statusAndApproval')}</th>
        </tr>
      </thead>
      <tbody>
        {districts.map((d) => {
          const own = d.target.scopeUnit.code === ownUnit;
          return (
            <tr key={d.target.id} className={own ? 'selected' : undefined} data-unit={d.target.scopeUnit.code}>
              <th scope="row">
                {unitHeading(d.target.scopeUnit, i18n.lang)}
                {own ? ` (${i18n.t('ownUnit')})` : ''}
              </th>
              <td className="num">{formatValue(d.actual, d.unit, i18n.lang)}</td>
              <td className="num">{formatTarget(d.targetMin, d.targetMax, d.unit, i18n.lang)}</td>
              {/* One cell, the two badges stacked: a fifth column would push the table past a narrow card. */}
              <td>
                <div className="status-stack">
                  <StatusBadge value={d.status} looks={PROGRESS_LOOK} labels={STATUS_LABELS} />
                  <ApprovalBadge approval={d.approval} />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
