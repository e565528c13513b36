// Protections for a server analysts query freely: query depth and aliases
// (graphql-armor, whose errors state the limit and the value found), tokens
// (graphql-js's own parser limit, so an over-long document is a parse error),
// cost and text (request-guard.ts), and a request rate per signed-in user.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Request } from 'express';
import { languageOf } from '../labels/language.ts';
import { requestScope } from './request-scope.ts';

export const LIMITS = {
  maxDepth: 10,
  // Nodes, counted with page sizes and relation list sizes (request-guard.ts): a 100-row page with its relations costs about 2,500.
  maxCost: 100_000,
  maxAliases: 30,
  maxTokens: 5_000,
};

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    // Replaced: tokens by the parser's maxTokens, cost by request-guard.ts.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Suggestions help analysts writing queries; the schema is public to them anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/**
 * Requests per minute per signed-in user (or per address for anonymous
 * callers); 0 disables. Runs after authentication: a made-up token is no user,
 * so it cannot buy itself a fresh bucket.
 */
export function requestRateLimit(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    skip: () => perMinute === 0,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req: Request) => {
      const user = requestScope()?.viewer?.user;
      return user?.id != null ? `user:${user.id}` : `address:${ipKeyGenerator(req.ip ?? '')}`;
    },
    message: (req: Request) => {
      const lang = languageOf(req.headers['accept-language']);
      const text = {
        vi: `Quá nhiều yêu cầu: tối đa ${perMinute} yêu cầu mỗi phút cho mỗi người dùng`,
        en: `Too many requests: at most ${perMinute} per minute per user`,
      };
      return { errors: [{ message: text[lang], extensions: { code: 'RATE_LIMITED' } }] };
    },
  });
}
