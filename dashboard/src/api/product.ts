// One product with its rating history: every certificate and evaluation.
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { ProductRowFields } from './products.ts';
import { useApiQuery } from './query.ts';

export const PRODUCT_QUERY = graphql(
  `
  query DashboardProduct($id: Int!, $ratingAsOf: LocalDate) {
    product(id: $id) {
      ...ProductRowFields
      subGroup registeredOn illustrative
      certificates { id decisionNumber decidedOn expiresOn stars level revokedOn revocationReason }
      evaluations { id evaluatedOn scoreA scoreB scoreC totalScore stars round { level year } }
    }
  }
`,
  [ProductRowFields],
);

export type ProductDetail = NonNullable<ResultOf<typeof PRODUCT_QUERY>['product']>;

const product = (d: ResultOf<typeof PRODUCT_QUERY>) => d.product;

export function useProduct(v: VariablesOf<typeof PRODUCT_QUERY> | null) {
  return useApiQuery(PRODUCT_QUERY, v, product);
}
