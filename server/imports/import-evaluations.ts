// Evaluations: one row per product scored in a round, identified by round and product.
import sql from 'sql-template-tag';
import { Evaluation, EvaluationLevel } from '../evaluations/evaluation.entity.ts';
import { EvaluationInput } from '../evaluations/evaluation.inputs.ts';
import { evaluationWriter } from '../evaluations/evaluation.writer.ts';
import { ImportKind } from './import.types.ts';
import { roundId } from './import.repository.ts';
import { findExisting, present, type ImportKindDef } from './import-kind.ts';

const LEVEL_LABELS: Record<EvaluationLevel, string[]> = {
  district: ['Huyện', 'Cấp huyện'],
  province: ['Tỉnh', 'Cấp tỉnh'],
  central: ['Trung ương', 'Cấp trung ương', 'Quốc gia'],
};

export const evaluationImport: ImportKindDef<EvaluationInput> = {
  kind: ImportKind.evaluations,
  columns: {
    product_code: { header: 'product_code', aliases: ['Mã sản phẩm', 'Mã SP'], required: true },
    round_level: { header: 'round_level', aliases: ['Cấp đánh giá', 'Cấp'], required: true },
    round_year: { header: 'round_year', aliases: ['Năm đánh giá', 'Năm'], required: true },
    round_sequence: { header: 'round_sequence', aliases: ['Đợt'], required: true },
    round_unit_code: { header: 'round_unit_code', aliases: ['Mã đơn vị hội đồng', 'Mã huyện/tỉnh'], required: false },
    score_a: { header: 'score_a', aliases: ['Điểm phần A', 'Phần A'], required: true },
    score_b: { header: 'score_b', aliases: ['Điểm phần B', 'Phần B'], required: true },
    score_c: { header: 'score_c', aliases: ['Điểm phần C', 'Phần C'], required: true },
    evaluated_on: { header: 'evaluated_on', aliases: ['Ngày đánh giá'], required: true },
    proposed_for_central: { header: 'proposed_for_central', aliases: ['Đề xuất trung ương'], required: false },
  },
  fields: {
    'input.roundId': 'round_sequence',
    'input.productId': 'product_code',
    'input.scoreA': 'score_a',
    'input.scoreB': 'score_b',
    'input.scoreC': 'score_c',
    'input.evaluatedOn': 'evaluated_on',
    'input.proposedForCentral': 'proposed_for_central',
  },
  unitColumn: 'product_code',
  inputClass: EvaluationInput,
  defaults: { proposedForCentral: false },

  async read(r, lookups) {
    const productCode = r.text('product_code', true);
    const level = r.choice('round_level', LEVEL_LABELS, true);
    const year = r.int('round_year', true);
    const sequence = r.int('round_sequence', true);
    const unitCode = r.gsoCode('round_unit_code');
    const scoreA = r.decimal('score_a', true);
    const scoreB = r.decimal('score_b', true);
    const scoreC = r.decimal('score_c', true);
    const evaluatedOn = r.date('evaluated_on', true);
    const proposed = r.bool('proposed_for_central');
    const productId = productCode === null ? undefined : await lookups.product(r, 'product_code', productCode);
    if (level === EvaluationLevel.central && unitCode) r.problem('round_unit_code', 'national (central) rounds have no unit: leave it empty');
    if (level && level !== EvaluationLevel.central && unitCode === null) r.problem('round_unit_code', `a ${level} round needs the GSO code of its ${level}`);
    // The council's unit as it was on the evaluation date.
    const unitId = level && level !== EvaluationLevel.central && unitCode ? await lookups.unit(r, 'round_unit_code', unitCode, evaluatedOn, level) : null;
    if (!r.ok || !level || !year || !sequence || productId === undefined) return undefined;
    const round = await roundId(lookups.tx, { level, unitId: unitId ?? null, year, sequence });
    if (round === undefined) {
      r.problem('round_sequence', `there is no ${level} round ${sequence} of ${year}${unitCode ? ` for unit ${unitCode}` : ''}: create the round first`);
      return undefined;
    }
    const fields: Partial<EvaluationInput> = { roundId: round, productId, scoreA: scoreA!, scoreB: scoreB!, scoreC: scoreC!, evaluatedOn: evaluatedOn! };
    present(r, fields, 'proposed_for_central', 'proposedForCentral', proposed);
    return { fields, identity: `${round}:${productId}`, identityColumn: 'product_code' };
  },

  find: (w, parsed) => findExisting(w, Evaluation, sql`t.round_id = ${parsed.fields.roundId} AND t.product_id = ${parsed.fields.productId}`),

  inputOf: (row) =>
    Object.assign(new EvaluationInput(), {
      roundId: row.roundId, productId: row.productId, scoreA: Number(row.scoreA), scoreB: Number(row.scoreB), scoreC: Number(row.scoreC),
      evaluatedOn: row.evaluatedOn, proposedForCentral: row.proposedForCentral,
    }),

  create: (w, input) => evaluationWriter.create(w, input),
  update: (w, id, version, input) => evaluationWriter.update(w, id, version, input),
};
