// Trade-promotion events of a province in a year.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { ListVariables } from './training-classes.ts';
import type { Connection, PromotionEventRow } from './types.ts';
import { useQuery } from './use-query.ts';

export const PROMOTION_EVENTS_QUERY = `query DashboardPromotionEvents($first: Int!, $after: String, $filter: PromotionEventFilter) {
  promotionEvents(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind scope startsOn endsOn location revenue unit { code name type } } }
  }
}`;

export async function fetchPromotionEvents(v: ListVariables, options?: RequestOptions): Promise<Connection<PromotionEventRow>> {
  const data = await gqlRequest<{ promotionEvents: Connection<PromotionEventRow> }>(PROMOTION_EVENTS_QUERY, v, options);
  return data.promotionEvents;
}

export function usePromotionEvents(v: ListVariables | null) {
  return useQuery('promotionEvents', fetchPromotionEvents, v);
}
