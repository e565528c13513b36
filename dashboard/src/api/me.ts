// The signed-in user: role and unit decide what the data-entry screen offers.
import type { Role } from '../lib/entry.ts';
import { gqlRequest, type RequestOptions } from './client.ts';
import { useQuery } from './use-query.ts';

export const ME_QUERY = `query DashboardMe {
  me { id username displayName role unit { id code name type level validTo } }
}`;

export interface Me {
  id: number;
  username: string;
  displayName: string | null;
  role: Role;
  unit: { id: number; code: string; name: string; type: string; level: 'province' | 'district' | 'commune'; validTo: string | null } | null;
}

export async function fetchMe(_v: Record<string, never>, options?: RequestOptions): Promise<Me | null> {
  const data = await gqlRequest<{ me: Me | null }>(ME_QUERY, {}, options);
  return data.me;
}

export function useMe() {
  return useQuery('me', fetchMe, {});
}
