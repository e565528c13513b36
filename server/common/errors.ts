// GraphQL errors with the codes clients switch on, each message in Vietnamese
// and English. The error carries its English text (logs, in-process callers);
// formatError answers each request in its own language (server/labels/language.ts).
import { GraphQLError } from 'graphql';
import type { Label, Lang } from '../labels/language.ts';

/** A reason in both languages: every message a user can meet has a Vietnamese and an English text. */
export type Text = Label;

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
  const localized: Localized = { message, fields };
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
  return userError(
    'BAD_USER_INPUT',
    { vi: `Giá trị không hợp lệ ở "${argument}": ${reason.vi}`, en: `Invalid value for "${argument}": ${reason.en}` },
    { argument },
  );
}

export function notFound(what: Text, key: string | number): GraphQLError {
  const vi = what.vi.charAt(0).toLowerCase() + what.vi.slice(1);
  return userError('NOT_FOUND', { vi: `Không tìm thấy ${vi} ${JSON.stringify(key)}`, en: `${what.en} ${JSON.stringify(key)} was not found` });
}
