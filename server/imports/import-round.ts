// The columns naming an evaluation round (level, year, sequence, council's
// unit), shared by the kinds whose rows belong to a round, and their lookup.
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { RowReader } from './cells.ts';
import { cell } from './columns.ts';
import { roundId } from './import.repository.ts';
import type { Lookups } from './import-kind.ts';

export const roundColumns = {
  round_level: { vi: 'Cấp đánh giá', en: 'Round level', aliases: ['Cấp'], cell: cell.choice('EvaluationLevel'), required: true, example: 'district' },
  round_year: { vi: 'Năm đánh giá', en: 'Round year', aliases: ['Năm'], cell: cell.integer, required: true, example: '2024' },
  round_sequence: {
    vi: 'Đợt',
    en: 'Round sequence',
    cell: cell.integer,
    required: true,
    field: 'roundId',
    example: '2',
    note: { vi: 'Số thứ tự của đợt đánh giá trong năm.', en: 'Number of the round within its year.' },
  },
  round_unit_code: {
    vi: 'Mã đơn vị hội đồng',
    en: 'Round unit code',
    aliases: ['Mã huyện/tỉnh'],
    cell: cell.unitCode,
    example: '219',
    note: {
      vi: 'Bắt buộc với đợt cấp huyện, cấp tỉnh: mã GSO của huyện hoặc tỉnh có hội đồng đánh giá. Để trống với đợt cấp trung ương.',
      en: 'Required for district and province rounds: the GSO code of the district or province whose council held the round. Leave it empty for central rounds.',
    },
  },
} as const;

export interface RoundValues {
  round_level: 'district' | 'province' | 'central' | null | undefined;
  round_year: number | null | undefined;
  round_sequence: number | null | undefined;
  round_unit_code: string | null | undefined;
}

/**
 * The id of the round a row names, its council's unit read by its code on
 * `unitsOn` (codes were reused in 2025); undefined after a problem on the row
 * (or when `ready` is false: an earlier cell already failed).
 */
export async function readRound(
  v: RoundValues,
  r: RowReader,
  lookups: Lookups,
  unitsOn: string | null | undefined,
  ready: boolean,
): Promise<number | undefined> {
  const { round_level: level, round_unit_code: unitCode } = v;
  if (level === 'central' && unitCode) {
    r.problem('round_unit_code', 'BAD_CELL', {
      vi: 'đợt đánh giá cấp trung ương không thuộc đơn vị nào: để trống ô này',
      en: 'national (central) rounds have no unit: leave it empty',
    });
  }
  const levelVi = level && ENUM_LABELS.EvaluationLevel[level].vi.toLowerCase();
  if (level && level !== 'central' && unitCode === null) {
    r.problem('round_unit_code', 'REQUIRED', {
      vi: `đợt đánh giá ${levelVi} cần mã đơn vị ${levelVi} của nó`,
      en: `a ${level} round needs the GSO code of its ${level}`,
    });
  }
  const unitId = level && level !== 'central' && unitCode ? await lookups.unit(r, 'round_unit_code', unitCode, unitsOn, level) : null;
  if (!r.ok || !level || !v.round_year || !v.round_sequence || !ready) return undefined;
  const round = await roundId(lookups.tx, { level, unitId: unitId ?? null, year: v.round_year, sequence: v.round_sequence });
  if (round === undefined) {
    r.problem('round_sequence', 'UNKNOWN_CODE', {
      vi: `không có đợt đánh giá ${levelVi} thứ ${v.round_sequence} năm ${v.round_year}${unitCode ? ` của đơn vị ${unitCode}` : ''}: hãy tạo đợt đánh giá trước`,
      en: `there is no ${level} round ${v.round_sequence} of ${v.round_year}${unitCode ? ` for unit ${unitCode}` : ''}: create the round first`,
    });
  }
  return round;
}
