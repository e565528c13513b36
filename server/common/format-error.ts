// What clients see of an error: our own coded errors in the caller's language;
// database outages and timeouts as clear coded errors; anything else (SQL
// errors, bugs) reduced to a generic message outside development.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Label, Lang } from '../labels/language.ts';
import { localizedParts } from './errors.ts';
import { vietnameseLibraryMessage } from './library-messages.ts';
import { requestScope } from './request-scope.ts';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
]);

/** PostgreSQL SQLSTATEs and socket errors that mean "the database is not there right now". */
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

export function databaseCode(error: unknown): string | undefined {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string; name?: string } | undefined;
  // TypeORM's words for a transaction whose connection died under it (the driver releases its runner).
  if (e?.name === 'QueryRunnerProviderAlreadyReleasedError' || e?.name === 'QueryRunnerAlreadyReleasedError') return 'DATABASE_UNAVAILABLE';
  const code = e?.driverError?.code ?? e?.code;
  if (code === '57014') return 'QUERY_TIMEOUT';
  if (
    (code && UNAVAILABLE.has(code)) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|is not queryable|Cannot use a pool after calling end/i.test(
      e?.message ?? '',
    )
  ) {
    return 'DATABASE_UNAVAILABLE';
  }
  return undefined;
}

export const MESSAGES: Record<string, Label> = {
  DATABASE_UNAVAILABLE: {
    vi: 'Cơ sở dữ liệu tạm thời không truy cập được; hệ thống tự kết nối lại, vui lòng thử lại sau ít phút.',
    en: 'The database is unavailable right now; the hub reconnects by itself, so retry shortly.',
  },
  QUERY_TIMEOUT: {
    vi: 'Truy vấn chạy quá thời gian cho phép; hãy thu hẹp bộ lọc hoặc giảm số dòng mỗi trang.',
    en: 'The query ran longer than the statement timeout; narrow the filter or the page size.',
  },
  INTERNAL_SERVER_ERROR: { vi: 'Lỗi hệ thống', en: 'Internal server error' },
};

/** The current request's language (Vietnamese outside a request). */
export function currentLang(): Lang {
  return requestScope()?.lang ?? 'vi';
}

/** graphql-js's words when a document passes the parser's maxTokens. */
const TOKEN_LIMIT = /Document contains more (?:than|that) (\d+) tokens/;

/** A document cut short by the token limit, said as the limit it passed. */
function tokenLimit(formatted: GraphQLFormattedError, lang: Lang): GraphQLFormattedError | undefined {
  const max = TOKEN_LIMIT.exec(formatted.message)?.[1];
  if (!max) return undefined;
  const message = {
    vi: `Truy vấn có hơn ${max} token (giới hạn token), phần còn lại không được đọc: hãy chia nhỏ truy vấn hoặc dùng fragment.`,
    en: `The document has more than ${max} tokens (the token limit); parsing stopped there: split the query or use fragments.`,
  };
  return { ...formatted, message: message[lang], extensions: { ...formatted.extensions, limit: 'maxTokens', max: Number(max) } };
}

/** graphql-armor's words for its depth and alias limits (a validation error it calls a "Syntax Error"). */
const ARMOR_LIMIT = /^Syntax Error: (Query depth|Aliases) limit of (\d+) exceeded, found (\d+)/;

/** A depth or alias limit, said in the caller's language with the limit and the value found. */
function armorLimit(formatted: GraphQLFormattedError, lang: Lang): GraphQLFormattedError | undefined {
  const m = ARMOR_LIMIT.exec(formatted.message);
  if (!m) return undefined;
  const [depth, max, found] = [m[1] === 'Query depth', Number(m[2]), Number(m[3])];
  const message = depth
    ? { vi: `Vượt giới hạn độ sâu truy vấn ${max}, độ sâu tìm thấy ${found}.`, en: `Query depth limit of ${max} exceeded, found ${found}.` }
    : { vi: `Vượt giới hạn ${max} bí danh (alias), tìm thấy ${found}.`, en: `Aliases limit of ${max} exceeded, found ${found}.` };
  return { ...formatted, message: message[lang], extensions: { ...formatted.extensions, limit: depth ? 'maxDepth' : 'maxAliases', max, found } };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeErrors: boolean): GraphQLFormattedError {
  const lang = currentLang();
  const code = formatted.extensions?.code;
  const original = unwrapResolverError(error);
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const parts = localizedParts(original, lang);
    if (!parts) {
      // graphql-armor's limits, then the graphql-js messages whose forms we know, in the caller's language.
      const limit = (code === 'GRAPHQL_PARSE_FAILED' && tokenLimit(formatted, lang)) || armorLimit(formatted, lang);
      if (limit) return limit;
      const vi = lang === 'vi' ? vietnameseLibraryMessage(formatted.message) : undefined;
      return vi ? { ...formatted, message: vi } : formatted;
    }
    return { ...formatted, message: parts.message, extensions: { ...formatted.extensions, ...(parts.fields ? { fields: parts.fields } : {}) } };
  }
  const dbCode = databaseCode(original);
  if (dbCode) return { message: MESSAGES[dbCode][lang], path: formatted.path, locations: formatted.locations, extensions: { code: dbCode } };
  if (exposeErrors) return formatted;
  console.error('[graphql] internal error:', original instanceof Error ? original.stack : original);
  return { message: MESSAGES.INTERNAL_SERVER_ERROR[lang], path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
