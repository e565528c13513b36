// The rules of the decision in force, checked on every evaluation and
// certificate write (mutations and imports share the writers): score parts
// within their maxima, council levels that exist under the set, certificates
// only for the stars the set certifies, issued by the level that recognises
// them, by a council whose unit still existed on the decision date. Every
// refusal cites the decision in both languages.
import { formatDate } from '../common/dates.ts';
import type { Label } from '../labels/language.ts';
import type { Write } from '../writes/write-context.ts';
import type { Problems } from '../writes/write-errors.ts';
import { unitsById } from '../writes/write.repository.ts';
import { listRuleSets, ruleSetById, ruleSetOn } from './rule-set.repository.ts';
import type { RuleSet } from './rule-set.types.ts';

const LEVEL: Record<string, Label> = {
  district: { vi: 'cấp huyện', en: 'district' },
  province: { vi: 'cấp tỉnh', en: 'province' },
  central: { vi: 'cấp trung ương', en: 'central' },
};

const cited = (rs: RuleSet, vi: string, en: string): Label => ({ vi: `${rs.citationVi}: ${vi}`, en: `${rs.citationEn}: ${en}` });

/** Points as the decisions write them: "40", "37,5" (vi) / "37.5" (en). */
const points = (n: number) => ({ vi: String(n).replace('.', ','), en: String(n) });

export interface EvaluationRuleInput {
  scoreA: number;
  scoreB: number;
  scoreC: number;
  evaluatedOn: string;
  submittedOn?: string | null;
}

/**
 * Checks an evaluation in a round of `roundLevel` against the rule set its
 * dossier falls under (seeds/rules selection: the submission date, else the
 * evaluation date). Returns that set, or undefined when none applies.
 */
export async function checkEvaluationRules(
  w: Write,
  problems: Problems,
  input: EvaluationRuleInput,
  roundLevel: string | undefined,
): Promise<RuleSet | undefined> {
  const day = input.submittedOn ?? input.evaluatedOn;
  const field = input.submittedOn ? 'input.submittedOn' : 'input.evaluatedOn';
  if (input.submittedOn && input.submittedOn > input.evaluatedOn) {
    problems.add('input.submittedOn', {
      vi: `phải trước hoặc cùng ngày đánh giá (${formatDate(input.evaluatedOn)})`,
      en: `must be on or before the evaluation date (${formatDate(input.evaluatedOn)})`,
    });
    return undefined;
  }
  const rs = await ruleSetOn(w.tx, day);
  if (!rs) {
    const [first] = await listRuleSets(w.tx);
    problems.add(
      field,
      first
        ? cited(
            first,
            `bộ tiêu chí OCOP đầu tiên, áp dụng từ ${formatDate(first.effectiveFrom)}; chưa có bộ tiêu chí nào áp dụng ngày ${formatDate(day)}`,
            `the first OCOP rule set, applies from ${formatDate(first.effectiveFrom)}; no rule set applies on ${formatDate(day)}`,
          )
        : { vi: 'chưa nạp bộ tiêu chí OCOP nào (seeds/rules/rule-sets.json)', en: 'no OCOP rule set is loaded (seeds/rules/rule-sets.json)' },
    );
    return undefined;
  }
  if (rs.effectiveTo && input.evaluatedOn > rs.effectiveTo) {
    problems.add(
      'input.evaluatedOn',
      cited(
        rs,
        `áp dụng đến hết ngày ${formatDate(rs.effectiveTo)}; hồ sơ nộp ngày ${formatDate(day)} phải được đánh giá xong trong thời hạn đó`,
        `applies until ${formatDate(rs.effectiveTo)}; a dossier submitted on ${formatDate(day)} must be evaluated by then`,
      ),
    );
  }
  const scores: Record<string, number> = { A: input.scoreA, B: input.scoreB, C: input.scoreC };
  for (const part of rs.parts) {
    if (scores[part.part] > part.maxPoints) {
      const max = points(part.maxPoints);
      problems.add(`input.score${part.part}`, cited(rs, `phần ${part.part} tối đa ${max.vi} điểm`, `part ${part.part} is at most ${max.en} points`));
    }
  }
  if (roundLevel && !rs.levels.some((l) => l.level === roundLevel)) {
    const levels = rs.levels.map((l) => LEVEL[l.level]);
    problems.add(
      'input.roundId',
      cited(
        rs,
        `không có hội đồng ${LEVEL[roundLevel].vi} đánh giá sản phẩm OCOP (chỉ ${levels.map((l) => l.vi).join(', ')})`,
        `there is no ${LEVEL[roundLevel].en} council evaluating OCOP products (only ${levels.map((l) => l.en).join(', ')})`,
      ),
    );
  }
  return rs;
}

export interface CertifiedEvaluation {
  id: number;
  totalScore: string;
  stars: number;
  ruleSetId: string | null;
  roundLevel: string;
  roundUnitId: number | null;
}

/**
 * Checks a certificate decided on `decidedOn` for an evaluation: the stars the
 * evaluation's rule set certifies, the level that recognises them, and a
 * council whose unit existed on the decision date (no district after 30/6/2025).
 */
export async function checkCertificateRules(w: Write, problems: Problems, ev: CertifiedEvaluation, decidedOn: string): Promise<void> {
  const rs = ev.ruleSetId ? await ruleSetById(w.tx, ev.ruleSetId) : undefined;
  if (!rs) {
    problems.add('input.evaluationId', {
      vi: `đánh giá ${ev.id} không thuộc bộ tiêu chí OCOP nào (đánh giá trước khi có bộ tiêu chí đầu tiên): không cấp được giấy chứng nhận`,
      en: `evaluation ${ev.id} falls under no OCOP rule set (it predates the first): no certificate can rest on it`,
    });
    return;
  }
  const total = points(Number(ev.totalScore));
  if (ev.stars < rs.certificateMinStars) {
    problems.add(
      'input.evaluationId',
      cited(
        rs,
        `chỉ cấp giấy chứng nhận cho sản phẩm từ ${rs.certificateMinStars} sao; đánh giá ${ev.id} đạt ${total.vi} điểm (${ev.stars} sao)`,
        `certificates are issued from ${rs.certificateMinStars}★ only; evaluation ${ev.id} scored ${total.en} (${ev.stars}★)`,
      ),
    );
    return;
  }
  const recogniser = rs.levels.find((l) => l.recognises.includes(ev.stars));
  if (recogniser && recogniser.level !== ev.roundLevel) {
    const by = LEVEL[recogniser.level];
    const round = LEVEL[ev.roundLevel];
    problems.add(
      'input.evaluationId',
      cited(
        rs,
        `sản phẩm ${ev.stars} sao do ${by.vi} công nhận, không phải ${round.vi} (đánh giá ${ev.id} thuộc đợt ${round.vi})`,
        `${ev.stars}★ products are recognised at ${by.en} level, not by a ${round.en} council (evaluation ${ev.id} is from a ${round.en} round)`,
      ),
    );
  }
  if (ev.roundUnitId !== null) {
    const [unit] = await unitsById(w.tx, [ev.roundUnitId]);
    if (unit?.validTo && decidedOn > unit.validTo) {
      problems.add('input.decidedOn', {
        vi: `${unit.type} ${unit.name} chỉ tồn tại đến ${formatDate(unit.validTo)}: hội đồng ${LEVEL[ev.roundLevel].vi} của đơn vị này không thể ra quyết định ngày ${formatDate(decidedOn)}`,
        en: `${unit.type} ${unit.name} existed until ${formatDate(unit.validTo)}: its ${LEVEL[ev.roundLevel].en} council cannot decide on ${formatDate(decidedOn)}`,
      });
    }
  }
}
