// Trade-promotion events of a province in a year.
import { graphql, UnitFields, type ResultOf, type VariablesOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const PROMOTION_EVENTS_QUERY = graphql(
  `
  query DashboardPromotionEvents($first: Int!, $after: String, $filter: PromotionEventFilter) {
    promotionEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name kind scope startsOn endsOn location revenue unit { ...UnitFields } } }
    }
  }
`,
  [UnitFields],
);

type Result = ResultOf<typeof PROMOTION_EVENTS_QUERY>;
export type PromotionEventRow = Result['promotionEvents']['edges'][number]['node'];

const events = (d: Result) => d.promotionEvents;

export function usePromotionEvents(v: VariablesOf<typeof PROMOTION_EVENTS_QUERY> | null) {
  return useApiQuery(PROMOTION_EVENTS_QUERY, v, events);
}
