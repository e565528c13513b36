// The errors a write can end in, each with the code clients switch on:
// BAD_USER_INPUT listing every bad field, FORBIDDEN naming the unit or the
// reason, CONFLICT naming the current version, NOT_FOUND.
import { GraphQLError } from 'graphql';
import { userError, type FieldProblem, type Text } from '../common/errors.ts';
import { joinLabels, type Label } from '../labels/language.ts';

export type { FieldProblem } from '../common/errors.ts';

/** One bad field as a rule reports it, its reason in both languages. */
export interface Problem {
  field: string;
  message: Text;
}

export function invalidInput(problems: Problem[]): GraphQLError {
  const n = problems.length;
  const list = (lang: 'vi' | 'en') => problems.map((p) => `${p.field}: ${p.message[lang]}`).join('; ');
  return userError(
    'BAD_USER_INPUT',
    { vi: `Dữ liệu không hợp lệ (${n} trường) — ${list('vi')}`, en: `Invalid input (${n} ${n === 1 ? 'field' : 'fields'}) — ${list('en')}` },
    {},
    problems,
  );
}

/** Collects the problems of one input, so that the client hears about all of them at once. */
export class Problems {
  readonly list: Problem[] = [];

  add(field: string, message: Text): void {
    this.list.push({ field, message });
  }

  throwIfAny(): void {
    if (this.list.length) throw invalidInput(this.list);
  }
}

export function isBadInput(error: unknown): error is GraphQLError & { extensions: { fields: FieldProblem[] } } {
  return error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT' && Array.isArray(error.extensions.fields);
}

export function forbidden(message: Text): GraphQLError {
  return userError('FORBIDDEN', message, { http: { status: 403 } });
}

export function conflict(label: Text, id: number, current: number, given: number): GraphQLError {
  return userError(
    'CONFLICT',
    {
      vi: `${label.vi} ${id} đã được người khác sửa sau khi bạn mở: phiên bản hiện tại là ${current} (bạn gửi ${given}). Hãy tải lại và nhập lại thay đổi của bạn.`,
      en: `${label.en} ${id} was changed by someone else since you read it: version ${current} is current (you sent ${given}). Reload it and apply your change again.`,
    },
    { currentVersion: current },
  );
}

/** What may still refer to a record being deleted (RecordSpec.references), as messages name it. */
export const REFERRERS = {
  targets: { vi: 'chỉ tiêu', en: 'targets' },
  milestones: { vi: 'mốc thời gian', en: 'milestones' },
  'budget allocations': { vi: 'phân bổ ngân sách', en: 'budget allocations' },
  'training classes': { vi: 'lớp tập huấn', en: 'training classes' },
  'per-district targets': { vi: 'chỉ tiêu giao cho từng huyện', en: 'per-district targets' },
  evaluations: { vi: 'kết quả đánh giá', en: 'evaluations' },
  'certificates (deleted ones included, kept for history)': {
    vi: 'giấy chứng nhận (kể cả giấy đã xóa, lưu lại làm lịch sử)',
    en: 'certificates (deleted ones included, kept for history)',
  },
  'plan targets': { vi: 'chỉ tiêu kế hoạch', en: 'plan targets' },
  'promotion events': { vi: 'sự kiện xúc tiến thương mại', en: 'promotion events' },
  'disbursements (deleted ones included, kept for history)': {
    vi: 'khoản giải ngân (kể cả khoản đã xóa, lưu lại làm lịch sử)',
    en: 'disbursements (deleted ones included, kept for history)',
  },
  products: { vi: 'sản phẩm', en: 'products' },
  disbursements: { vi: 'khoản giải ngân', en: 'disbursements' },
  'sales points': { vi: 'điểm bán', en: 'sales points' },
} as const satisfies Record<string, Label>;

export type Referrer = keyof typeof REFERRERS;

/** The problem of a unique value another record already has ("a product"). */
export function alreadyUsed(record: Label): Label {
  return { vi: `đã được dùng cho một ${record.vi} khác`, en: `is already used by another ${record.en}` };
}

/** Deleting a row other rows still refer to; `reasons` by referrer with their counts ("products (3)"). */
export function stillReferenced(label: Text, id: number, reasons: [Referrer, number][]): GraphQLError {
  const what = joinLabels(
    reasons.map(([referrer, n]) => ({ vi: `${REFERRERS[referrer].vi} (${n})`, en: `${REFERRERS[referrer].en} (${n})` })),
    ', ',
  );
  return userError(
    'BAD_USER_INPUT',
    {
      vi: `Không thể xóa ${label.vi.toLowerCase()} ${id}: vẫn còn ${what.vi} tham chiếu đến. Hãy xóa hoặc chuyển các bản ghi đó trước.`,
      en: `${label.en} ${id} cannot be deleted: it is still referred to by ${what.en}. Delete or move those first.`,
    },
    {},
    [{ field: 'id', message: { vi: `vẫn còn ${what.vi} tham chiếu đến`, en: `still referred to by ${what.en}` } }],
  );
}
