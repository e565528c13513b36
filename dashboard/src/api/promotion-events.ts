// Trade-promotion events of a province in a year.
import { graphql, UnitFields, type ResultOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

export const PROMOTION_EVENTS_QUERY = graphql(
  `
  query DashboardPromotionEvents($first: Int!, $filter: PromotionEventFilter) {
    promotionEvents(first: $first, filter: $filter) {
      totalCount
      edges { node { id name kind scope startsOn endsOn location revenue unit { ...UnitFields } } }
    }
  }
`,
  [UnitFields],
);

type Result = ResultOf<typeof PROMOTION_EVENTS_QUERY>;
export type PromotionEventRow = Result['promotionEvents']['edges'][number]['node'];

export const usePromotionEvents = rootFieldHook(PROMOTION_EVENTS_QUERY, 'promotionEvents');
