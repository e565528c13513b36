// Shared by the write tests: users of every role as viewers, unit ids, and
// assertions on GraphQL errors.
import { expect } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Lang } from '../../server/labels/language.ts';
import type { GraphQLError } from 'graphql';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { runGql, type GqlResult } from '../support/graphql.ts';

export interface Viewers {
  admin: Viewer;
  /** Province admin of Bắc Giang (24). */
  bacGiang: Viewer;
  /** District officer of Lục Ngạn (219, Bắc Giang). */
  lucNgan: Viewer;
  /** District officer of Lý Sơn (536, Quảng Ngãi). */
  lySon: Viewer;
  analyst: Viewer;
}

let made = 0;

/** One user of each role (usernames unique per call). */
export async function makeViewers(db: DataSource): Promise<Viewers> {
  made += 1;
  const viewer = async (name: string, role: Role, unitCode: string | null) => {
    const user = await createUser(db, { username: `${name}.${made}`, password: 'mật khẩu đủ dài', role, unitCode, displayName: name });
    return (await viewerById(db, user.id))!;
  };
  return {
    admin: await viewer('quantri', Role.admin, null),
    bacGiang: await viewer('tinh.bacgiang', Role.province_admin, '24'),
    lucNgan: await viewer('canbo.lucngan', Role.district_officer, '219'),
    lySon: await viewer('canbo.lyson', Role.district_officer, '536'),
    analyst: await viewer('phantich', Role.analyst, null),
  };
}

/** Unit ids by key (the pre-2025 GSO code, or "2025:<code>"). */
export async function unitId(db: DataSource, key: string): Promise<number> {
  const [row]: { id: number }[] = await db.query('SELECT id FROM admin_unit WHERE key = $1', [key]);
  if (!row) throw new Error(`no unit ${key}`);
  return row.id;
}

/** The one error of a result, after checking its code. */
export function errorOf(res: GqlResult<unknown>, code: string): GraphQLError {
  expect(res.errors, `expected a ${code} error`).toBeDefined();
  const [error] = res.errors!;
  expect(error.extensions?.code, error.message).toBe(code);
  return error as GraphQLError;
}

/** The fields a BAD_USER_INPUT error names, by path. */
export function badFields(res: GqlResult<unknown>): Record<string, string> {
  const error = errorOf(res, 'BAD_USER_INPUT');
  const fields = error.extensions.fields as { field: string; message: string }[];
  return Object.fromEntries(fields.map((f) => [f.field, f.message]));
}

export function gqlAs<T = Record<string, any>>(db: DataSource, viewer: Viewer, query: string, variables: Record<string, unknown> = {}, lang?: Lang) {
  return runGql<T>(db, query, variables, viewer, lang);
}

/** Rows of a table by id, straight from the database. */
export async function rowById<T = Record<string, any>>(db: DataSource, table: string, id: number): Promise<T | undefined> {
  const rows: T[] = await db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
  return rows[0];
}

export async function auditCount(db: DataSource, entity: string, entityId: number): Promise<number> {
  const [{ n }]: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM audit_log WHERE entity = $1 AND entity_id = $2', [entity, entityId]);
  return n;
}
