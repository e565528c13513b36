// Council result sheets (issue 15 item 6): a council that scored in the
// national software uploads its sheet, one row per member and product, each
// member's part scores. Each row becomes that member's submitted sheet through
// the councils' own path (importScoreSheet → saveScoreSheet): scoring open
// (sheets sealed until the secretary closes it), no conflict of interest, each
// part within the rule set's maximum; the sheet is marked `source: import`.
import { GraphQLError } from 'graphql';
import sql from 'sql-template-tag';
import { fieldLabels } from '../common/errors.ts';
import { ScoreSheet, ScoreSheetSource } from '../councils/council.entity.ts';
import { dossiersOfRound, membersOf } from '../councils/council.repository.ts';
import { assertSheetImporter, importScoreSheet } from '../councils/council.service.ts';
import type { Write } from '../writes/write-context.ts';
import { invalidInput, isBadInput } from '../writes/write-errors.ts';
import { fold } from './cells.ts';
import { cell, type Columns } from './columns.ts';
import { ImportKind } from './import.types.ts';
import { findExisting, type ImportKindDef } from './import-kind.ts';
import { readRound, roundColumns } from './import-round.ts';

/** One member's sheet for one dossier of a round, as a row of the file gives it. */
export class CouncilScoreImportInput {
  roundId: number;
  dossierId: number;
  memberId: number;
  scoreA: number;
  scoreB: number;
  scoreC: number;
}

const MAXIMA = '40 (A), 25 (B), 35 (C) theo QĐ 148/QĐ-TTg, 26/2026/QĐ-TTg; 35, 25, 40 theo QĐ 1048/QĐ-TTg';
const MAXIMA_EN = '40 (A), 25 (B), 35 (C) under Decisions 148/2023 and 26/2026; 35, 25, 40 under 1048/2019';

const part = (p: 'A' | 'B' | 'C', example: string) => ({
  vi: `Điểm phần ${p}`,
  en: `Score ${p}`,
  aliases: [`Phần ${p}`],
  cell: cell.score,
  required: true,
  field: `score${p}` as const,
  example,
  note: {
    vi: `Điểm phần ${p} của thành viên, từ 0 đến mức tối đa của bộ tiêu chí của hồ sơ: ${MAXIMA}.`,
    en: `The member’s part ${p}, 0 to the maximum of the dossier’s rule set: ${MAXIMA_EN}.`,
  },
});

const columns = {
  ...roundColumns,
  product_code: {
    vi: 'Mã sản phẩm',
    en: 'Product code',
    aliases: ['Mã SP'],
    cell: cell.code,
    required: true,
    field: 'dossierId',
    example: 'SP-24-VD01',
    note: { vi: 'Sản phẩm có hồ sơ được giao cho đợt đánh giá này.', en: 'A product whose dossier is assigned to the round.' },
  },
  member: {
    vi: 'Thành viên hội đồng',
    en: 'Council member',
    aliases: ['Thành viên', 'Họ tên thành viên'],
    cell: cell.text,
    required: true,
    field: 'memberId',
    example: 'Nguyễn Văn An',
    note: {
      vi: 'Họ tên thành viên như trong danh sách hội đồng của đợt (không phân biệt hoa thường, dấu).',
      en: 'The member’s full name as on the round’s council (case and diacritics ignored).',
    },
  },
  score_a: part('A', '30'),
  score_b: part('B', '18,5'),
  score_c: part('C', '25'),
  total: {
    vi: 'Tổng điểm',
    en: 'Total',
    aliases: ['Tổng'],
    cell: cell.score,
    example: '73,5',
    note: {
      vi: 'Không bắt buộc: nếu có, phải bằng A + B + C (kiểm tra khi chép từ phần mềm khác). Chỉ có tổng điểm thì không nhập được: mỗi phần được kiểm tra theo mức tối đa của nó.',
      en: 'Optional: when given it must equal A + B + C (a check on the copy from the other software). A total alone is not enough: each part is checked against its own maximum.',
    },
  },
} satisfies Columns<CouncilScoreImportInput>;

/** A refusal of the councils' rules, its `input.scores[A]` fields named as the file's columns. */
function onColumns(error: unknown): unknown {
  if (!isBadInput(error)) return error;
  const fields = fieldLabels(error);
  if (!fields?.length) return error;
  return invalidInput(fields.map((f) => ({ field: f.field.replace(/^input\.scores\[([ABC])\]$/, 'input.score$1'), message: f.message })));
}

async function write(w: Write, input: CouncilScoreImportInput) {
  try {
    const row = await importScoreSheet(w, {
      roundId: input.roundId,
      dossierId: input.dossierId,
      memberId: input.memberId,
      parts: { A: input.scoreA, B: input.scoreB, C: input.scoreC },
    });
    return { row, changed: true };
  } catch (error) {
    throw error instanceof GraphQLError ? onColumns(error) : error;
  }
}

export const councilScoreImport: ImportKindDef<CouncilScoreImportInput, typeof columns> = {
  kind: ImportKind.council_scores,
  columns,
  identifiedBy: { vi: 'đợt đánh giá, sản phẩm và thành viên hội đồng', en: 'round, product and council member' },
  note: {
    vi: 'Kết quả chấm của hội đồng đã chấm trên phần mềm khác (phần mềm quốc gia): mỗi dòng là phiếu của một thành viên cho một sản phẩm, được nộp thay thành viên bởi thư ký hoặc cơ quan tổ chức đợt. Theo đúng quy tắc của phiếu chấm trên hệ thống: chỉ nhập khi đợt đang mở chấm (phiếu được niêm phong đến khi thư ký khóa chấm), thành viên có xung đột lợi ích với chủ thể không được chấm, mỗi phần trong mức tối đa. Phiếu được đánh dấu là nhập từ tệp.',
    en: 'The result sheet of a council that scored in other software (the national software): each row is one member’s sheet for one product, submitted on the member’s behalf by the secretary or those who run the round. The rules of a sheet typed in the hub apply: only while scoring is open (sheets sealed until the secretary closes it), no member tied to the subject, each part within its maximum. The sheets are marked as imported.',
  },
  unitColumn: 'product_code',
  inputClass: CouncilScoreImportInput,
  defaults: {},

  async read(v, r, lookups) {
    const productId = v.product_code ? await lookups.product(r, 'product_code', v.product_code) : undefined;
    // Councils sit on the map of their year (the 2025 reform reused codes).
    const unitsOn = v.round_year ? `${v.round_year}-12-31` : null;
    const round = await readRound(v, r, lookups, unitsOn, productId !== undefined);
    if (round === undefined || productId === undefined || !v.member) return undefined;
    const [dossiers, members] = await Promise.all([dossiersOfRound(lookups.tx, round), membersOf(lookups.tx, round)]);
    const dossier = dossiers.find((d) => d.productId === productId);
    if (!dossier) {
      r.problem('product_code', 'UNKNOWN_CODE', {
        vi: `đợt đánh giá này không có hồ sơ của sản phẩm "${v.product_code}"`,
        en: `the round holds no dossier of product "${v.product_code}"`,
      });
    }
    const member = members.find((m) => fold(m.name) === fold(v.member!));
    if (!member) {
      r.problem('member', 'UNKNOWN_CODE', {
        vi: `hội đồng của đợt không có thành viên "${v.member}": ${members.map((m) => m.name).join(', ')}`,
        en: `the round’s council has no member "${v.member}": ${members.map((m) => m.name).join(', ')}`,
      });
    }
    if (v.total != null && v.score_a != null && v.score_b != null && v.score_c != null) {
      const sum = Math.round(v.score_a * 100) + Math.round(v.score_b * 100) + Math.round(v.score_c * 100);
      if (Math.round(v.total * 100) !== sum) {
        const text = (sum / 100).toFixed(2);
        r.problem('total', 'BAD_TOTAL', { vi: `không bằng A + B + C (${text.replace('.', ',')})`, en: `does not equal A + B + C (${text})` });
      }
    }
    if (!dossier || !member || !r.ok) return undefined;
    return {
      resolved: { round_sequence: round, product_code: dossier.dossierId, member: member.id },
      identity: `${round}:${dossier.dossierId}:${member.id}`,
      identityColumn: 'member',
    };
  },

  find: (w, parsed) =>
    findExisting(
      w,
      ScoreSheet,
      sql`t.round_id = ${parsed.fields.roundId} AND t.dossier_id = ${parsed.fields.dossierId} AND t.member_id = ${parsed.fields.memberId}`,
    ),

  inputOf: (row) =>
    Object.assign(new CouncilScoreImportInput(), {
      roundId: row.roundId,
      dossierId: row.dossierId,
      memberId: row.memberId,
      scoreA: Number(row.scoreA),
      scoreB: Number(row.scoreB),
      scoreC: Number(row.scoreC),
    }),

  create: (w, input) => write(w, input),

  // The same submitted, imported sheet again changes nothing; anything else is written through the councils' rules.
  async update(w, id, _version, input) {
    await assertSheetImporter(w, input.roundId);
    const existing = await findExisting(w, ScoreSheet, sql`t.id = ${id}`);
    const row = existing?.row as unknown as ScoreSheet | undefined;
    const same =
      row &&
      row.submittedAt !== null &&
      row.source === ScoreSheetSource.import &&
      Number(row.scoreA) === input.scoreA &&
      Number(row.scoreB) === input.scoreB &&
      Number(row.scoreC) === input.scoreC;
    return same ? { row, changed: false } : write(w, input);
  },
};
