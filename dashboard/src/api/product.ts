// One product with its rating history: every certificate and evaluation.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { ProductDetail } from './types.ts';
import { useQuery } from './use-query.ts';

export const PRODUCT_QUERY = `query DashboardProduct($id: Int!, $ratingAsOf: LocalDate) {
  product(id: $id) {
    id code name group subGroup status registeredOn illustrative
    unit { code name type district { code name type } }
    subject { name type }
    currentCertificate(asOf: $ratingAsOf) { stars decidedOn expiresOn }
    certificates { id decisionNumber decidedOn expiresOn stars level revokedOn revocationReason }
    evaluations { id evaluatedOn scoreA scoreB scoreC totalScore stars round { level year } }
  }
}`;

export async function fetchProduct(v: { id: number; ratingAsOf?: string }, options?: RequestOptions): Promise<ProductDetail | null> {
  const data = await gqlRequest<{ product: ProductDetail | null }>(PRODUCT_QUERY, v, options);
  return data.product;
}

export function useProduct(v: { id: number; ratingAsOf?: string } | null) {
  return useQuery('product', fetchProduct, v);
}
