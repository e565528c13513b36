// The errors a write can end in, each with the code clients switch on:
// BAD_USER_INPUT listing every bad field, FORBIDDEN naming the unit or the
// reason, CONFLICT naming the current version, NOT_FOUND.
import { GraphQLError } from 'graphql';
import { both, userError, type FieldProblem, type Text } from '../common/errors.ts';

export type { FieldProblem } from '../common/errors.ts';

/** One bad field as a rule reports it, its reason in both languages. */
export interface Problem {
  field: string;
  message: Text;
}

export function invalidInput(problems: Problem[]): GraphQLError {
  const n = problems.length;
  const list = (lang: 'vi' | 'en') => problems.map((p) => `${p.field}: ${both(p.message)[lang]}`).join('; ');
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
  const l = both(label);
  return userError(
    'CONFLICT',
    {
      vi: `${l.vi} ${id} đã được người khác sửa sau khi bạn mở: phiên bản hiện tại là ${current} (bạn gửi ${given}). Hãy tải lại và nhập lại thay đổi của bạn.`,
      en: `${l.en} ${id} was changed by someone else since you read it: version ${current} is current (you sent ${given}). Reload it and apply your change again.`,
    },
    { currentVersion: current },
  );
}

/** Deleting a row other rows still refer to; `reasons` like "products (3)". */
export function stillReferenced(label: Text, id: number, reasons: string[]): GraphQLError {
  const l = both(label);
  const what = reasons.join(', ');
  return userError(
    'BAD_USER_INPUT',
    {
      vi: `Không thể xóa ${l.vi} ${id}: vẫn còn ${what} tham chiếu đến. Hãy xóa hoặc chuyển các bản ghi đó trước.`,
      en: `${l.en} ${id} cannot be deleted: it is still referred to by ${what}. Delete or move those first.`,
    },
    {},
    [{ field: 'id', message: { vi: `vẫn còn ${what} tham chiếu đến`, en: `still referred to by ${what}` } }],
  );
}
