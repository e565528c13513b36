// Re-evaluation before expiry (issue 15 item 3): a certificate whose filing
// window has opened becomes a work item for its product's commune — due from
// the window's first day, overdue after its last, in progress once a
// re-evaluation dossier is registered, done once a newer certificate is
// issued. The window is rule data (seeds/rules/rule-sets.json `reEvaluation`:
// QĐ 26/2026 Điều 7 khoản 6 điểm a, 180 to 120 days before expiry); the rule
// set in force today decides it, since a dossier is filed under today's rules.
import fs from 'node:fs';
import { today } from '../common/dates.ts';
import { badInput } from '../common/errors.ts';
import type { Db } from '../db/sql.ts';
import { RULE_SETS_FILE } from '../rules/rule-set-source.ts';
import type { Write } from '../writes/write-context.ts';
import { type Dossier, DossierKind } from './dossier.entity.ts';
import { ruleSetIdOn } from './dossier.repository.ts';
import { registerProduct } from './dossier.service.ts';
import { type ItemRow, reevaluationItem, reevaluationItems, type WindowDays } from './reevaluation.repository.ts';
import { ReevaluationItem, ReevaluationStatus, ReevaluationWindow, ReevaluationWork } from './reevaluation.types.ts';

interface ReevaluationJson {
  id: string;
  reEvaluation?: {
    submitNotEarlierThanDaysBeforeExpiry: number;
    submitNotLaterThanDaysBeforeExpiry: number;
    citation: { source: string; locator: string };
  };
  transition?: { lateReEvaluationExtension?: { maxDaysAfterExpiry: number } };
  decision: { number: string };
}

let windows: Map<string, ReevaluationWindow & { days: WindowDays }> | undefined;

/** The re-evaluation window of each rule set that sets one, read once from the rule data. */
function windowsByRuleSet() {
  windows ??= new Map(
    (JSON.parse(fs.readFileSync(RULE_SETS_FILE, 'utf8')) as { ruleSets: ReevaluationJson[] }).ruleSets.flatMap((r) => {
      const re = r.reEvaluation;
      if (!re) return [];
      const opens = re.submitNotEarlierThanDaysBeforeExpiry;
      const closes = re.submitNotLaterThanDaysBeforeExpiry;
      if (!(opens > closes && closes >= 0)) throw new Error(`${RULE_SETS_FILE}: rule set ${r.id}: reEvaluation window must open before it closes`);
      const window = Object.assign(new ReevaluationWindow(), {
        ruleSetId: r.id,
        opensDaysBeforeExpiry: opens,
        closesDaysBeforeExpiry: closes,
        citation: { vi: `Quyết định ${r.decision.number}, ${re.citation.locator}`, en: `Decision ${r.decision.number}, ${re.citation.locator}` },
        // Listed until the late-filing extension ends (the certificate then lapses for good).
        days: { opens, closes, after: r.transition?.lateReEvaluationExtension?.maxDaysAfterExpiry ?? 0 },
      });
      return [[r.id, window] as const];
    }),
  );
  return windows;
}

/** The window of the rule set in force on `day`, if it sets one. */
async function windowOn(db: Db, day: string) {
  const id = await ruleSetIdOn(db, day);
  return id ? windowsByRuleSet().get(id) : undefined;
}

function statusOf(row: ItemRow, day: string): ReevaluationStatus {
  if (row.renewedOn) return ReevaluationStatus.done;
  if (row.dossierId !== null) return ReevaluationStatus.in_progress;
  return day > row.lastDayToFile ? ReevaluationStatus.overdue : ReevaluationStatus.due;
}

function itemOf(row: ItemRow, day: string): ReevaluationItem {
  const { dossierReadable, dossierId, ...rest } = row;
  return Object.assign(new ReevaluationItem(), { ...rest, dossierId: dossierReadable ? dossierId : null, status: statusOf(row, day) });
}

/** The work items of a unit today, optionally of some statuses only. */
export async function reevaluationWork(db: Db, unitId: number, statuses: ReevaluationStatus[] | null): Promise<ReevaluationWork> {
  const day = today();
  const window = await windowOn(db, day);
  const items = window ? (await reevaluationItems(db, unitId, day, window.days)).map((r) => itemOf(r, day)) : [];
  const { days: _days, ...shown } = window ?? { days: null };
  return Object.assign(new ReevaluationWork(), {
    window: window ? Object.assign(new ReevaluationWindow(), shown) : null,
    asOf: day,
    items: statuses?.length ? items.filter((i) => statuses.includes(i.status)) : items,
  });
}

/**
 * Starts the re-evaluation of a work item: registers the certificate's product
 * for a re-evaluation through registerProduct (its rules: the commune's write
 * scope, one open dossier per product, the product set), once the window is open.
 */
export async function startReevaluation(w: Write, certificateId: number, productSetCode: string | null): Promise<Dossier> {
  const day = today();
  const window = await windowOn(w.tx, day);
  const row = window && (await reevaluationItem(w.tx, certificateId, day, window.days));
  if (!window || !row) {
    throw badInput('certificateId', {
      vi: window
        ? `giấy chứng nhận ${certificateId} chưa đến thời hạn đánh giá lại (mở ${window.opensDaysBeforeExpiry} ngày trước khi hết hạn), đã bị thu hồi hoặc không thuộc phạm vi của bạn`
        : 'bộ tiêu chí đang áp dụng không quy định thời hạn nộp hồ sơ đánh giá lại',
      en: window
        ? `certificate ${certificateId} is not in its re-evaluation window (it opens ${window.opensDaysBeforeExpiry} days before expiry), was revoked, or lies outside your scope`
        : 'the rule set in force sets no re-evaluation window',
    });
  }
  const status = statusOf(row, day);
  if (status === ReevaluationStatus.done)
    throw badInput('certificateId', {
      vi: `sản phẩm đã có giấy chứng nhận mới (ngày ${row.renewedOn})`,
      en: `the product already holds a newer certificate (of ${row.renewedOn})`,
    });
  return registerProduct(w, { productId: row.productId, kind: DossierKind.reevaluation, productSetCode });
}
