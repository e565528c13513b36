// The one GraphQL request function: POST /graphql with a typed document, a
// time limit and the caller's AbortSignal; errors sorted into kinds the panels
// can explain (timeout, network, HTTP, GraphQL, sign-in needed). The
// session's bearer token goes with it.
import { Kind, print, type DocumentNode } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from './graphql.ts';
import { sessionToken, signInNeeded } from './session.ts';

export const ENDPOINT = '/graphql';
export const DEFAULT_TIMEOUT_MS = 20_000;

export type ApiErrorKind = 'timeout' | 'network' | 'http' | 'graphql' | 'auth';

/** One bad field of a BAD_USER_INPUT error: its path from the argument (`input.amount`) and what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** One GraphQL error as the hub sent it: message, code and (bad input) the fields at fault. */
export interface GraphQLErrorDetail {
  message: string;
  code?: string;
  fields?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    /** The GraphQL errors behind a `graphql` or `auth` error. */
    readonly details: readonly GraphQLErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The first error's code (BAD_USER_INPUT, FORBIDDEN, CONFLICT…), if any. */
  get code(): string | undefined {
    return this.details.find((d) => d.code)?.code;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Send without the session token (the login itself). */
  anonymous?: boolean;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: unknown } }[];
}

function detailsOf(errors: NonNullable<GraphQLResponse<unknown>['errors']>): GraphQLErrorDetail[] {
  return errors.map((e) => {
    const fields = Array.isArray(e.extensions?.fields)
      ? (e.extensions.fields as unknown[]).filter(
          (f): f is FieldProblem => typeof (f as FieldProblem)?.field === 'string' && typeof (f as FieldProblem)?.message === 'string',
        )
      : undefined;
    return { message: e.message, ...(e.extensions?.code ? { code: e.extensions.code } : {}), ...(fields ? { fields } : {}) };
  });
}

const printed = new WeakMap<DocumentNode, string>();

/** The document's text, printed once. */
export function documentText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/** The operation's name (every dashboard document names its operation). */
export function operationName(document: DocumentNode): string {
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION && d.name) return d.name.value;
  throw new Error('a dashboard operation must be named');
}

let requestLanguage: 'vi' | 'en' = 'vi';

/** The view's language, sent as Accept-Language so that the hub's messages match the screen. */
export function setRequestLanguage(lang: 'vi' | 'en'): void {
  requestLanguage = lang;
}

export async function gqlRequest<T, V>(document: TadaDocumentNode<T, V>, variables: V, options: RequestOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  try {
    let res: Response;
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'Accept-Language': requestLanguage,
    };
    const token = options.anonymous ? null : sessionToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      res = await fetch(ENDPOINT, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: documentText(document), operationName: operationName(document), variables }),
        signal: controller.signal,
      });
    } catch (e) {
      if (timedOut) throw new ApiError('timeout', `no answer within ${timeoutMs / 1000} s`);
      if (options.signal?.aborted) throw e;
      throw new ApiError('network', (e as Error).message);
    }
    let body: GraphQLResponse<T> | null = null;
    try {
      body = (await res.json()) as GraphQLResponse<T>;
    } catch {
      if (timedOut) throw new ApiError('timeout', `no answer within ${timeoutMs / 1000} s`);
      if (!res.ok) throw new ApiError('http', res.statusText, res.status);
      throw new ApiError('network', 'the answer is not JSON');
    }
    if (body?.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      if (!options.anonymous) signInNeeded();
      throw new ApiError('auth', body.errors.map((e) => e.message).join('; '), res.status, detailsOf(body.errors));
    }
    if (body?.errors?.length) throw new ApiError('graphql', body.errors.map((e) => e.message).join('; '), res.status, detailsOf(body.errors));
    if (!res.ok) throw new ApiError('http', res.statusText, res.status);
    if (!body?.data) throw new ApiError('graphql', 'empty answer', res.status);
    return body.data;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
