// Rules for writing evaluation rounds, evaluations and certificates.
import { entityReadScope } from '../auth/read-scope.ts';
import { Product } from '../products/product.entity.ts';
import { productUnitId } from '../products/product-write.repository.ts';
import { productWriter } from '../products/product.writer.ts';
import { formatDate, today } from '../common/dates.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { Label } from '../labels/language.ts';
import { checkCertificateRules, checkEvaluationRules } from '../rules/rule-checks.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { isNewOrChanged, noSuch, reference } from '../writes/rules.ts';
import { checkUnitOn, describeUnit } from '../writes/units.ts';
import type { Write } from '../writes/write-context.ts';
import type { Problems } from '../writes/write-errors.ts';
import { unitWithin } from '../writes/write.repository.ts';
import { Certificate, Evaluation, EvaluationLevel, EvaluationRound } from './evaluation.entity.ts';
import type { CertificateInput, EvaluationInput, EvaluationRoundInput, RevocationInput } from './evaluation.inputs.ts';
import {
  evaluationForCertificate,
  evaluationInRound,
  evaluationReferences,
  evaluationsInRound,
  hasAnyCertificate,
  liveCertificateOf,
  roundReferences,
  sameRound,
  certificationState,
} from './evaluation-write.repository.ts';

/** A council level inside a sentence: "cấp huyện" / "district". */
const levelOf = (level: EvaluationLevel): Label => ({ vi: ENUM_LABELS.EvaluationLevel[level].vi.toLowerCase(), en: level });

const productUnit = (w: Write, productId: unknown) => productUnitId(w.tx, productId as number | undefined, entityReadScope(Product, 'p'));

export const roundWriter = new RecordWriter<EvaluationRound, EvaluationRoundInput>({
  entity: EvaluationRound,
  unique: {
    evaluation_round_level_unit_id_year_sequence_key: {
      field: 'input.sequence',
      message: {
        vi: 'cấp, đơn vị và năm này đã có một đợt đánh giá mang số thứ tự này',
        en: 'this level, unit and year already have a round with this sequence',
      },
    },
  },
  values: inputColumns(['level', 'year', 'sequence', 'unitId', 'deadline', 'heldOn']),
  refers: {},
  async check(w, input, record, before, problems) {
    const level = levelOf(input.level);
    if (input.level === EvaluationLevel.central) {
      if (input.unitId != null)
        problems.add('input.unitId', { vi: 'đợt đánh giá cấp trung ương không thuộc đơn vị nào', en: 'national (central) rounds have no unit' });
    } else if (input.unitId == null) {
      problems.add('input.unitId', { vi: `đợt đánh giá ${level.vi} cần đơn vị ${level.vi} của nó`, en: `a ${level.en} round needs its ${level.en}` });
    } else if (isNewOrChanged(before, record, 'unitId', 'year', 'level')) {
      const unit = await checkUnitOn(w, problems, 'input.unitId', input.unitId, { year: input.year }, { vi: 'năm của đợt đánh giá', en: 'the round year' });
      if (unit && unit.level !== input.level) {
        const u = describeUnit(unit);
        problems.add('input.unitId', {
          vi: `đợt đánh giá ${level.vi} cần một đơn vị ${level.vi}, không phải ${u.vi}`,
          en: `a ${level.en} round needs a ${level.en}, not ${u.en}`,
        });
      }
    }
    // Evaluations (and the certificates resting on them) take their year, unit and level from the round.
    if (before) {
      const changed = (['level', 'unitId', 'year'] as const).filter((k) => (before[k] ?? null) !== (record[k] ?? null));
      const held = changed.length ? await evaluationsInRound(w.tx, before.id) : 0;
      for (const k of held ? changed : []) {
        problems.add(`input.${k}`, {
          vi: `không thể đổi: đợt đánh giá đã có ${held} kết quả đánh giá, các kết quả này theo ${k} của đợt`,
          en: `cannot change: the round holds ${held} evaluation(s), which follow its ${k}`,
        });
      }
    }
    const other = await sameRound(w.tx, { level: input.level, unitId: input.unitId ?? null, year: input.year, sequence: input.sequence }, before?.id ?? null);
    if (other !== undefined) {
      problems.add('input.sequence', {
        vi: `đợt ${other} đã là đợt đánh giá ${level.vi} thứ ${input.sequence} năm ${input.year} của đơn vị này`,
        en: `round ${other} already is ${level.en} round ${input.sequence} of ${input.year} for this unit`,
      });
    }
  },
  references: (row) => roundReferences(row.id),
});

/** Scores, round and product of an evaluation a live certificate rests on are frozen. */
async function checkCertifiedEvaluation(w: Write, input: EvaluationInput, before: Evaluation, problems: Problems): Promise<void> {
  const live = await liveCertificateOf(w.tx, before.id);
  if (live) {
    const frozen: [keyof EvaluationInput, unknown][] = [
      ['roundId', before.roundId],
      ['productId', before.productId],
      ['scoreA', Number(before.scoreA)],
      ['scoreB', Number(before.scoreB)],
      ['scoreC', Number(before.scoreC)],
      ['submittedOn', before.submittedOn ?? null],
    ];
    for (const [field, old] of frozen) {
      if ((input[field] ?? null) !== old)
        problems.add(`input.${field}`, {
          vi: `không thể đổi khi giấy chứng nhận ${live.id} đang dựa trên kết quả đánh giá này; hãy thu hồi hoặc xóa giấy chứng nhận trước`,
          en: `cannot change while certificate ${live.id} rests on this evaluation; revoke or delete the certificate first`,
        });
    }
    if (input.evaluatedOn > live.decidedOn)
      problems.add('input.evaluatedOn', {
        vi: `không được sau ngày quyết định của giấy chứng nhận ${live.id} (${formatDate(live.decidedOn)})`,
        en: `must not be after the decision date of certificate ${live.id} (${formatDate(live.decidedOn)})`,
      });
  } else if (input.productId !== before.productId && (await hasAnyCertificate(w.tx, before.id))) {
    problems.add('input.productId', {
      vi: 'không thể đổi: các giấy chứng nhận đã xóa của sản phẩm này (lưu lại làm lịch sử) dựa trên kết quả đánh giá này',
      en: 'cannot change: deleted certificates of this product, kept for history, rest on this evaluation',
    });
  }
}

export const evaluationWriter = new RecordWriter<Evaluation, EvaluationInput>({
  entity: Evaluation,
  unique: {
    evaluation_round_id_product_id_key: {
      field: 'input.productId',
      message: { vi: 'sản phẩm này đã có kết quả đánh giá trong đợt này', en: 'this product already has an evaluation in this round' },
    },
  },
  values: inputColumns(['roundId', 'productId', 'scoreA', 'scoreB', 'scoreC', 'evaluatedOn', 'submittedOn', 'proposedForCentral'], {
    proposedForCentral: false,
  }),
  refers: {
    productId: { entity: Product, label: { vi: 'sản phẩm', en: 'product' }, access: 'write' },
    roundId: {
      entity: EvaluationRound,
      label: { vi: 'kỳ đánh giá', en: 'evaluation round' },
      access: 'read',
      because: "a round is the council of the product's unit or of one above it; the rules require the product to lie in the round's unit",
    },
  },
  unitOf: (w, r) => productUnit(w, r.productId),
  async check(w, input, _record, before, problems) {
    const round = await reference<EvaluationRound>(w, problems, 'input.roundId', EvaluationRound, input.roundId);
    const unitId = await productUnit(w, input.productId);
    if (unitId === undefined) problems.add('input.productId', noSuch(Product, String(input.productId)));
    if (round) {
      if (Number(input.evaluatedOn.slice(0, 4)) !== round.year) {
        problems.add('input.evaluatedOn', {
          vi: `phải trong năm ${round.year}, năm của đợt đánh giá ${round.id}`,
          en: `must fall in ${round.year}, the year of round ${round.id}`,
        });
      }
      if (unitId !== undefined && round.unitId !== null && !(await unitWithin(w.tx, round.unitId, unitId))) {
        const level = levelOf(round.level);
        problems.add('input.productId', {
          vi: `sản phẩm ${input.productId} không thuộc đơn vị của đợt đánh giá ${level.vi} ${round.id}`,
          en: `product ${input.productId} does not lie in the unit of ${level.en} round ${round.id}`,
        });
      }
      const other = await evaluationInRound(w.tx, input.roundId, input.productId, before?.id ?? null);
      if (other !== undefined) {
        problems.add('input.productId', {
          vi: `sản phẩm ${input.productId} đã có kết quả đánh giá ${other} trong đợt ${round.id}`,
          en: `product ${input.productId} already has evaluation ${other} in round ${round.id}`,
        });
      }
    }
    await checkEvaluationRules(w, problems, input, round?.level);
    if (before) await checkCertifiedEvaluation(w, input, before, problems);
  },
  references: (row) => evaluationReferences(row.id),
});

export const certificateWriter = new RecordWriter<Certificate, CertificateInput>({
  entity: Certificate,
  unique: {
    certificate_live_evaluation_idx: {
      field: 'input.evaluationId',
      message: { vi: 'đã có một giấy chứng nhận khác dựa trên kết quả đánh giá này', en: 'another certificate already rests on this evaluation' },
    },
  },
  refers: { evaluationId: { entity: Evaluation, label: { vi: 'kết quả đánh giá', en: 'evaluation' }, access: 'write' } },
  // Product, stars and level come from the evaluation and its round, never from the client.
  async values(i, w) {
    const ev = await evaluationForCertificate(w.tx, i.evaluationId, entityReadScope(Evaluation, 'e'));
    return {
      evaluationId: i.evaluationId,
      productId: ev?.productId,
      stars: ev?.stars,
      level: ev?.roundLevel,
      decisionNumber: i.decisionNumber,
      decidedOn: i.decidedOn,
    };
  },
  unitOf: (w, r) => productUnit(w, r.productId),
  async check(w, input, _record, before, problems) {
    const ev = await evaluationForCertificate(w.tx, input.evaluationId, entityReadScope(Evaluation, 'e'));
    if (!ev) {
      problems.add('input.evaluationId', noSuch(Evaluation, String(input.evaluationId)));
      return;
    }
    await checkCertificateRules(w, problems, ev, input.decidedOn);
    if (input.decidedOn < ev.evaluatedOn) problems.add('input.decidedOn', onOrAfter({ vi: 'ngày đánh giá', en: 'the evaluation date' }, ev.evaluatedOn));
    if (input.level && input.level !== ev.roundLevel) {
      const level = levelOf(ev.roundLevel as EvaluationLevel);
      problems.add('input.level', { vi: `phải là ${level.vi}, cấp của đợt đánh giá`, en: `must be ${level.en}, the level of the evaluation's round` });
    }
    const revokedOn = (before?.revokedOn ?? null) as string | null;
    if (revokedOn && input.decidedOn > revokedOn) {
      problems.add('input.decidedOn', {
        vi: `không được sau ngày thu hồi (${formatDate(revokedOn)})`,
        en: `must not be after the revocation date (${formatDate(revokedOn)})`,
      });
    }
    const live = await liveCertificateOf(w.tx, input.evaluationId, before?.id ?? null);
    if (live) {
      problems.add('input.evaluationId', {
        vi: `giấy chứng nhận ${live.id} đã dựa trên kết quả đánh giá ${input.evaluationId}`,
        en: `certificate ${live.id} already rests on evaluation ${input.evaluationId}`,
      });
    }
  },
  // Issuing, correcting, revoking or deleting a certificate moves its product's status (and the old product's, when it moved).
  async afterWrite(w, after, before) {
    for (const productId of new Set([before?.productId, after?.productId])) if (productId !== undefined) await syncProductStatus(w, productId);
  },
});

/** Revokes a certificate (or corrects its revocation): a change of two fields, with its own rule. */
export function revokeCertificate(w: Write, id: number, version: number, input: RevocationInput) {
  return certificateWriter.change(w, id, version, { revokedOn: input.revokedOn, revocationReason: input.reason }, async (record, _before, problems) => {
    const decidedOn = record.decidedOn as string;
    if (input.revokedOn < decidedOn) problems.add('input.revokedOn', onOrAfter({ vi: 'ngày quyết định', en: 'the decision date' }, decidedOn));
  });
}

/** "phải cùng ngày hoặc sau ngày đánh giá (20/05/2024)" / "must be on or after the evaluation date (20/05/2024)". */
function onOrAfter(what: Label, date: string): Label {
  return { vi: `phải cùng ngày hoặc sau ${what.vi} (${formatDate(date)})`, en: `must be on or after ${what.en} (${formatDate(date)})` };
}

const CERTIFICATE_STATUSES = new Set(['certified', 'expired', 'revoked']);

/**
 * A certificate write moves its product's status with it: certified while a
 * certificate is valid, revoked when the latest one was revoked, expired when
 * the last one lapsed, back to rated when its certificates are all deleted.
 * Written through the product's own writer, so it is versioned and audited.
 */
async function syncProductStatus(w: Write, productId: number): Promise<void> {
  const state = await certificationState(w.tx, productId, today());
  if (!state) return;
  const next = state.valid
    ? 'certified'
    : state.latestRevoked
      ? 'revoked'
      : state.certified
        ? 'expired'
        : CERTIFICATE_STATUSES.has(state.status)
          ? 'rated'
          : state.status;
  if (next !== state.status) await productWriter.change(w, productId, state.version, { status: next }, async () => undefined);
}
