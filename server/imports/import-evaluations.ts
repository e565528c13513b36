// Evaluations: one row per product scored in a round, identified by round and product.
import sql from 'sql-template-tag';
import { Evaluation } from '../evaluations/evaluation.entity.ts';
import { EvaluationInput } from '../evaluations/evaluation.inputs.ts';
import { evaluationWriter } from '../evaluations/evaluation.writer.ts';
import { cell, type Columns } from './columns.ts';
import { ImportKind } from './import.types.ts';
import { findExisting, type ImportKindDef } from './import-kind.ts';
import { readRound, roundColumns } from './import-round.ts';

/** A part of the score, at most the part's maximum in the rule set of the dossier's date (the writer checks it). */
const score = (part: 'A' | 'B' | 'C', maxima: string, example: string) => ({
  vi: `Điểm phần ${part}`,
  en: `Score ${part}`,
  aliases: [`Phần ${part}`],
  cell: cell.score,
  required: true,
  field: `score${part}` as const,
  example,
  note: {
    vi: `Từ 0 đến mức tối đa của bộ tiêu chí áp dụng: ${maxima}.`,
    en: `0 to the maximum of the rule set that applies: ${maxima}.`,
  },
});

const columns = {
  product_code: { vi: 'Mã sản phẩm', en: 'Product code', aliases: ['Mã SP'], cell: cell.code, required: true, field: 'productId', example: 'SP-219-VD01' },
  ...roundColumns,
  score_a: score('A', '35 (QĐ 1048/QĐ-TTg), 40 (QĐ 148/QĐ-TTg, 26/2026/QĐ-TTg)', '20'),
  score_b: score('B', '25', '18,5'),
  score_c: score('C', '40 (QĐ 1048/QĐ-TTg), 35 (QĐ 148/QĐ-TTg, 26/2026/QĐ-TTg)', '32'),
  evaluated_on: {
    vi: 'Ngày đánh giá',
    en: 'Evaluated on',
    cell: cell.date,
    required: true,
    field: 'evaluatedOn',
    example: '10/06/2024',
    note: { vi: 'Trong năm của đợt đánh giá.', en: 'In the round’s year.' },
  },
  submitted_on: {
    vi: 'Ngày nộp hồ sơ',
    en: 'Submitted on',
    cell: cell.date,
    field: 'submittedOn',
    example: '15/04/2024',
    note: {
      vi: 'Ngày chủ thể nộp hồ sơ, không sau ngày đánh giá: quyết định bộ tiêu chí áp dụng. Để trống: theo ngày đánh giá.',
      en: 'Day the subject submitted the dossier, not after the evaluation: it selects the rule set. Empty: the evaluation date does.',
    },
  },
  proposed_for_central: { vi: 'Đề xuất trung ương', en: 'Proposed for central', cell: cell.yesNo, field: 'proposedForCentral', example: 'false' },
} satisfies Columns<EvaluationInput>;

export const evaluationImport: ImportKindDef<EvaluationInput, typeof columns> = {
  kind: ImportKind.evaluations,
  columns,
  identifiedBy: { vi: 'đợt đánh giá (cấp, năm, đợt, đơn vị) và sản phẩm', en: 'round (level, year, sequence, unit) and product' },
  note: {
    vi: 'Đợt đánh giá phải có sẵn trong hệ thống. Sản phẩm phải thuộc đơn vị của đợt. Tổng điểm và hạng sao do hệ thống tính. Điểm, cấp hội đồng và giấy chứng nhận theo bộ tiêu chí của ngày nộp hồ sơ (nếu trống: ngày đánh giá). Khi đã có giấy chứng nhận dựa trên kết quả đánh giá, không sửa được điểm.',
    en: 'The round must already exist (the createEvaluationRound mutation). The product must lie in the round’s unit. The total and the stars are computed by the database. Scores, council level and certificates follow the rule set of the submission date (else the evaluation date): see docs/administration.md. While a certificate rests on an evaluation, its scores cannot change.',
  },
  unitColumn: 'product_code',
  inputClass: EvaluationInput,
  defaults: { proposedForCentral: false },

  async read(v, r, lookups) {
    const productId = v.product_code ? await lookups.product(r, 'product_code', v.product_code) : undefined;
    // The council's unit as it was on the evaluation date.
    const round = await readRound(v, r, lookups, v.evaluated_on, productId !== undefined);
    if (round === undefined || productId === undefined) return undefined;
    return { resolved: { round_sequence: round, product_code: productId }, identity: `${round}:${productId}`, identityColumn: 'product_code' };
  },

  find: (w, parsed) => findExisting(w, Evaluation, sql`t.round_id = ${parsed.fields.roundId} AND t.product_id = ${parsed.fields.productId}`),

  inputOf: (row) =>
    Object.assign(new EvaluationInput(), {
      roundId: row.roundId,
      productId: row.productId,
      scoreA: Number(row.scoreA),
      scoreB: Number(row.scoreB),
      scoreC: Number(row.scoreC),
      evaluatedOn: row.evaluatedOn,
      submittedOn: row.submittedOn,
      proposedForCentral: row.proposedForCentral,
    }),

  create: (w, input) => evaluationWriter.create(w, input),
  update: (w, id, version, input) => evaluationWriter.update(w, id, version, input),
};
