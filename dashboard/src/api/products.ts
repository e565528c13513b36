// A page of products (Relay first/after), filtered: the searchable table,
// the expiring-certificates list and a district's products.
import { graphql, UnitFields, type ResultOf, type VariablesOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

/** A product as a list row shows it, with its certificate valid on the as-of date. */
export const ProductRowFields = graphql(
  `
  fragment ProductRowFields on Product {
    id code name group status
    unit { ...UnitFields district { ...UnitFields } }
    subject { name type }
    currentCertificate(asOf: $ratingAsOf) { stars decidedOn expiresOn }
  }
`,
  [UnitFields],
);

export const PRODUCTS_QUERY = graphql(
  `
  query DashboardProducts($first: Int!, $after: String, $filter: ProductFilter, $orderBy: [ProductOrder!], $ratingAsOf: LocalDate) {
    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ProductRowFields } }
    }
  }
`,
  [ProductRowFields],
);

export type ProductRow = ResultOf<typeof ProductRowFields>;
export type ProductsVariables = VariablesOf<typeof PRODUCTS_QUERY>;

export const useProducts = rootFieldHook(PRODUCTS_QUERY, 'products');
