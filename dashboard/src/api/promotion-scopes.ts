// How many promotion events a province held in, outside and beyond its borders
// in a year: the server's counts (totalCount), one alias per scope.
import { gqlRequest, type RequestOptions } from './client.ts';
import { useQuery } from './use-query.ts';

export const EVENT_SCOPES = ['in_province', 'out_of_province', 'international'] as const;
export type EventScope = (typeof EVENT_SCOPES)[number];

export const PROMOTION_SCOPES_QUERY = `query DashboardPromotionScopes($provinceCode: String!, $unitsAsOf: LocalDate!, $year: Int) {
  ${EVENT_SCOPES.map(
    (s) => `${s}: promotionEvents(first: 0, filter: { provinceCode: $provinceCode, unitsAsOf: $unitsAsOf, year: $year, scopes: [${s}] }) { totalCount }`,
  ).join('\n  ')}
}`;

export interface PromotionScopesVariables {
  provinceCode: string;
  unitsAsOf: string;
  year: number;
}

export async function fetchPromotionScopes(v: PromotionScopesVariables, options?: RequestOptions): Promise<{ scope: EventScope; count: number }[]> {
  const data = await gqlRequest<Record<EventScope, { totalCount: number }>>(PROMOTION_SCOPES_QUERY, v, options);
  return EVENT_SCOPES.map((scope) => ({ scope, count: data[scope].totalCount }));
}

export function usePromotionScopes(v: PromotionScopesVariables | null) {
  return useQuery('promotionScopes', fetchPromotionScopes, v);
}
