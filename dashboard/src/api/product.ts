// One product with its rating history: every certificate and evaluation.
import { graphql, type ResultOf } from './graphql.ts';
import { ProductRowFields } from './products.ts';
import { rootFieldHook } from './query.ts';

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

export const useProduct = rootFieldHook(PRODUCT_QUERY, 'product');
