// Rules for writing evaluation rounds, evaluations and certificates.
import { entityReadScope } from '../auth/read-scope.ts';
import { Product } from '../products/product.entity.ts';
import { productUnitId } from '../products/product-write.repository.ts';
import { productWriter } from '../products/product.writer.ts';
import { today } from '../common/dates.ts';
import { checkCertificateRules, checkEvaluationRules } from '../rules/rule-checks.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { isNewOrChanged, reference } from '../writes/rules.ts';
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

const productUnit = (w: Write, productId: unknown) => productUnitId(w.tx, productId as number | undefined, entityReadScope(Product, 'p'));

export const roundWriter = new RecordWriter<EvaluationRound, EvaluationRoundInput>({
  entity: EvaluationRound,
  unique: {
    evaluation_round_level_unit_id_year_sequence_key: { field: 'input.sequence', message: 'this level, unit and year already have a round with this sequence' },
  },
  values: inputColumns(['level', 'year', 'sequence', 'unitId', 'deadline', 'heldOn']),
  refers: {},
  async check(w, input, record, before, problems) {
    if (input.level === EvaluationLevel.central) {
      if (input.unitId != null) problems.add('input.unitId', 'national (central) rounds have no unit');
    } else if (input.unitId == null) {
      problems.add('input.unitId', `a ${input.level} round needs its ${input.level}`);
    } else if (isNewOrChanged(before, record, 'unitId', 'year', 'level')) {
      const unit = await checkUnitOn(w, problems, 'input.unitId', input.unitId, { year: input.year }, 'the round year');
      if (unit && unit.level !== input.level) problems.add('input.unitId', `a ${input.level} round needs a ${input.level}, not ${describeUnit(unit)}`);
    }
    // Evaluations (and the certificates resting on them) take their year, unit and level from the round.
    if (before) {
      const changed = (['level', 'unitId', 'year'] as const).filter((k) => (before[k] ?? null) !== (record[k] ?? null));
      const held = changed.length ? await evaluationsInRound(w.tx, before.id) : 0;
      for (const k of held ? changed : []) problems.add(`input.${k}`, `cannot change: the round holds ${held} evaluation(s), which follow its ${k}`);
    }
    const other = await sameRound(w.tx, { level: input.level, unitId: input.unitId ?? null, year: input.year, sequence: input.sequence }, before?.id ?? null);
    if (other !== undefined) problems.add('input.sequence', `round ${other} already is ${input.level} round ${input.sequence} of ${input.year} for this unit`);
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
        problems.add(`input.${field}`, `cannot change while certificate ${live.id} rests on this evaluation; revoke or delete the certificate first`);
    }
    if (input.evaluatedOn > live.decidedOn)
      problems.add('input.evaluatedOn', `must not be after the decision date of certificate ${live.id} (${live.decidedOn})`);
  } else if (input.productId !== before.productId && (await hasAnyCertificate(w.tx, before.id))) {
    problems.add('input.productId', 'cannot change: deleted certificates of this product, kept for history, rest on this evaluation');
  }
}

export const evaluationWriter = new RecordWriter<Evaluation, EvaluationInput>({
  entity: Evaluation,
  unique: { evaluation_round_id_product_id_key: { field: 'input.productId', message: 'this product already has an evaluation in this round' } },
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
    const round = await reference<EvaluationRound>(w, problems, 'input.roundId', EvaluationRound, input.roundId, 'evaluation round');
    const unitId = await productUnit(w, input.productId);
    if (unitId === undefined) problems.add('input.productId', `there is no product ${input.productId}`);
    if (round) {
      if (Number(input.evaluatedOn.slice(0, 4)) !== round.year) problems.add('input.evaluatedOn', `must fall in ${round.year}, the year of round ${round.id}`);
      if (unitId !== undefined && round.unitId !== null && !(await unitWithin(w.tx, round.unitId, unitId))) {
        problems.add('input.productId', `product ${input.productId} does not lie in the unit of ${round.level} round ${round.id}`);
      }
      const other = await evaluationInRound(w.tx, input.roundId, input.productId, before?.id ?? null);
      if (other !== undefined) problems.add('input.productId', `product ${input.productId} already has evaluation ${other} in round ${round.id}`);
    }
    await checkEvaluationRules(w, problems, input, round?.level);
    if (before) await checkCertifiedEvaluation(w, input, before, problems);
  },
  references: (row) => evaluationReferences(row.id),
});

export const certificateWriter = new RecordWriter<Certificate, CertificateInput>({
  entity: Certificate,
  unique: { certificate_live_evaluation_idx: { field: 'input.evaluationId', message: 'another certificate already rests on this evaluation' } },
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
      problems.add('input.evaluationId', `there is no evaluation ${input.evaluationId}`);
      return;
    }
    await checkCertificateRules(w, problems, ev, input.decidedOn);
    if (input.decidedOn < ev.evaluatedOn) problems.add('input.decidedOn', `must be on or after the evaluation date (${ev.evaluatedOn})`);
    if (input.level && input.level !== ev.roundLevel) problems.add('input.level', `must be ${ev.roundLevel}, the level of the evaluation's round`);
    const revokedOn = (before?.revokedOn ?? null) as string | null;
    if (revokedOn && input.decidedOn > revokedOn) problems.add('input.decidedOn', `must not be after the revocation date (${revokedOn})`);
    const live = await liveCertificateOf(w.tx, input.evaluationId, before?.id ?? null);
    if (live) problems.add('input.evaluationId', `certificate ${live.id} already rests on evaluation ${input.evaluationId}`);
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
    if (input.revokedOn < decidedOn) problems.add('input.revokedOn', `must be on or after the decision date (${decidedOn})`);
  });
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
