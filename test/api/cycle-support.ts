// Shared by the OCOP cycle tests: an account of a role in a unit, and a
// GraphQL request that must succeed.
import { expect } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { gqlAs } from './mutations-support.ts';

/** A new account (its username unique per process) of `role` in the unit with this key, as a viewer. */
export async function userAt(db: DataSource, name: string, role: Role, unitKey: string | null): Promise<Viewer> {
  const u = await createUser(db, { username: `${name}.${process.pid}`, password: 'mật khẩu đủ dài', role, unitCode: unitKey, displayName: name });
  return (await viewerById(db, u.id))!;
}

/** The data of a request that must answer without errors (else the test fails naming them and their fields). */
export async function okAs<T = Record<string, any>>(db: DataSource, v: Viewer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gqlAs<T>(db, v, query, variables);
  expect(res.errors, res.errors?.map((e) => `${e.message} ${JSON.stringify(e.extensions?.fields ?? '')}`).join('; ')).toBeUndefined();
  return res.data;
}
