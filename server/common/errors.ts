// GraphQL errors with the codes clients switch on, each message in Vietnamese
// and English. The error carries its English text (logs, in-process callers);
// formatError answers each request in its own language (server/labels/language.ts).
import { GraphQLError } from 'graphql';
import type { Label, Lang } from '../labels/language.ts';

/** A reason in both languages; a plain string is the same text in both. */
export type Text = Label | string;

export function both(text: Text): Label {
  return typeof text === 'string' ? { vi: text, en: text } : text;
}

/** One bad field: its path from the argument (`input.amount`) and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

interface Localized {
  message: Label;
  fields?: { field: string; message: Label }[];
}

const LOCALIZED = new WeakMap<GraphQLError, Localized>();

/** An error a user can meet: `code` for programs, the message for people. */
export function userError(code: string, message: Text, extensions: Record<string, unknown> = {}, fields?: { field: string; message: Text }[]): GraphQLError {
  const localized: Localized = { message: both(message), fields: fields?.map((f) => ({ field: f.field, message: both(f.message) })) };
  const error = new GraphQLError(localized.message.en, {
    extensions: { code, ...extensions, ...(localized.fields ? { fields: localized.fields.map((f) => ({ field: f.field, message: f.message.en })) } : {}) },
  });
  LOCALIZED.set(error, localized);
  return error;
}

/** The bad fields of one of our BAD_USER_INPUT errors, each reason in both languages. */
export function fieldLabels(error: unknown): { field: string; message: Label }[] | undefined {
  return error instanceof GraphQLError ? LOCALIZED.get(error)?.fields : undefined;
}

/** The message and field messages of one of our errors in `lang`; undefined for any other error. */
export function localizedParts(error: unknown, lang: Lang): { message: string; fields?: FieldProblem[] } | undefined {
  const localized = error instanceof GraphQLError ? LOCALIZED.get(error) : undefined;
  if (!localized) return undefined;
  return {
    message: localized.message[lang],
    fields: localized.fields?.map((f) => ({ field: f.field, message: f.message[lang] })),
  };
}

export function badInput(argument: string, reason: Text): GraphQLError {
  const r = both(reason);
  return userError('BAD_USER_INPUT', { vi: `Giá trị không hợp lệ ở "${argument}": ${r.vi}`, en: `Invalid value for "${argument}": ${r.en}` }, { argument });
}

export function notFound(what: Text, key: string | number): GraphQLError {
  const w = both(what);
  return userError('NOT_FOUND', { vi: `Không tìm thấy ${w.vi} ${JSON.stringify(key)}`, en: `${w.en} ${JSON.stringify(key)} was not found` });
}
