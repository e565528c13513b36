// A page of products (Relay first/after), filtered: the searchable table,
// the expiring-certificates list and a district's products.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { Connection, ProductRow } from './types.ts';
import { useQuery } from './use-query.ts';

export const PRODUCTS_QUERY = `query DashboardProducts($first: Int!, $after: String, $filter: ProductFilter, $orderBy: [ProductOrder!], $ratingAsOf: LocalDate) {
  products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id code name group status
        unit { code name type district { code name type } }
        subject { name type }
        currentCertificate(asOf: $ratingAsOf) { stars decidedOn expiresOn }
      }
    }
  }
}`;

export interface ProductFilter {
  provinceCode?: string;
  districtCode?: string;
  unitsAsOf?: string;
  search?: string;
  expiringFrom?: string;
  expiringTo?: string;
  ratingAsOf?: string;
}

export interface ProductsVariables {
  first: number;
  after: string | null;
  filter: ProductFilter;
  orderBy?: { field: 'CODE' | 'NAME' | 'REGISTERED_ON' | 'STARS'; direction?: 'ASC' | 'DESC' }[];
  ratingAsOf?: string;
}

export async function fetchProducts(v: ProductsVariables, options?: RequestOptions): Promise<Connection<ProductRow>> {
  const data = await gqlRequest<{ products: Connection<ProductRow> }>(PRODUCTS_QUERY, v, options);
  return data.products;
}

export function useProducts(v: ProductsVariables | null) {
  return useQuery('products', fetchProducts, v);
}
