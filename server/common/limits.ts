// Protections for a server analysts query freely: query depth, cost, aliases
// and tokens (graphql-armor, whose errors state the limit and the query's cost),
// and a per-token request rate.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Request } from 'express';
import { languageOf } from '../labels/language.ts';

export const LIMITS = {
  maxDepth: 10,
  // The cost scales with page sizes (`first`): a 100-row page with units and subjects nested costs about 38,000.
  maxCost: 100_000,
  maxAliases: 30,
  maxTokens: 5_000,
};

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.maxCost },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    // Suggestions help analysts writing queries; the schema is public to them anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** Requests per minute per token (or per address for anonymous callers); 0 disables. */
export function requestRateLimit(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    skip: () => perMinute === 0,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req: Request) => req.headers.authorization ?? ipKeyGenerator(req.ip ?? ''),
    message: (req: Request) => {
      const lang = languageOf(req.headers['accept-language']);
      const text = {
        vi: `Quá nhiều yêu cầu: tối đa ${perMinute} yêu cầu mỗi phút cho mỗi token`,
        en: `Too many requests: at most ${perMinute} per minute per token`,
      };
      return { errors: [{ message: text[lang], extensions: { code: 'RATE_LIMITED' } }] };
    },
  });
}
