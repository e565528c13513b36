// Who is asking, and what they may read and write: viewerOf is the one place
// the scopes are decided. The viewer of the current request lives in its
// request scope (AsyncLocalStorage) so that every list, loader and metric
// applies the same read scope without threading it through each call.
import type { GraphQLError } from 'graphql';
import { userError } from '../common/errors.ts';
import { requestScope, runInRequestScope } from '../common/request-scope.ts';
import type { Lang } from '../labels/language.ts';
import sql, { empty } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { Role } from './user.entity.ts';

export interface ViewerUser {
  id: number | null;
  username: string;
  role: Role;
  unitId: number | null;
}

export class Viewer {
  constructor(
    readonly user: ViewerUser,
    /** Rows outside this unit (and everything under it) are invisible; null reads everything. */
    readonly readScopeId: number | null,
    /** Writes are allowed inside this unit; null everywhere; undefined nowhere. */
    readonly writeScopeId: number | null | undefined,
  ) {}

  get seesPersonalData(): boolean {
    return this.user.role !== Role.analyst;
  }
}

/** For seed loaders, scripts and tests: the hub itself, unrestricted. */
export const SYSTEM_VIEWER = new Viewer({ id: null, username: 'system', role: Role.admin, unitId: null }, null, null);

/**
 * Read and write scopes from the role: officers read their whole province but
 * write only in their district or commune. A province of today covers the
 * provinces, districts and communes it took over (admin_unit_closure), so an
 * account of a merged province, or one moved there from an abolished unit,
 * reads their history too.
 */
export function viewerOf(user: ViewerUser, provinceOfUnit: number | null): Viewer {
  switch (user.role) {
    case Role.admin:
      return new Viewer(user, null, null);
    case Role.province_admin:
      return new Viewer(user, user.unitId, user.unitId);
    case Role.district_officer:
    case Role.commune_officer:
      return new Viewer(user, provinceOfUnit ?? user.unitId, user.unitId);
    case Role.analyst:
      return new Viewer(user, user.unitId, undefined);
  }
}

/** Runs `fn` as one request of `viewer` (null: anonymous), answering in `lang`. */
export function runAs<T>(viewer: Viewer | null, fn: () => T, lang?: Lang): T {
  return runInRequestScope(viewer, fn, lang);
}

export function unauthenticated(): GraphQLError {
  return userError(
    'UNAUTHENTICATED',
    {
      vi: 'Cần đăng nhập: gửi "Authorization: Bearer <token>" (mutation login cấp token).',
      en: 'Authentication required: send "Authorization: Bearer <token>" (the login mutation gives one).',
    },
    { http: { status: 401 } },
  );
}

/** The current request's viewer; fails closed when there is none. */
export function currentViewer(): Viewer {
  const viewer = requestScope()?.viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** `column` (a unit id) lies inside the viewer's read scope; nothing when the viewer reads everything. */
export function readScopeCondition(column: Sql): Sql | null {
  const scope = currentViewer().readScopeId;
  return scope === null ? null : sql`${column} IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ${scope})`;
}

/** As readScopeCondition, as an `AND …` fragment. */
export function andReadScope(column: Sql): Sql {
  const condition = readScopeCondition(column);
  return condition ? sql`AND ${condition}` : empty;
}
