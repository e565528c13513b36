// SQL for users: lookups for login and token checks, creation and reassignment for the CLI.
import sql from 'sql-template-tag';
import { execute, queryOne, queryRows, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, rowShape, type RowType } from '../db/rows.ts';
import { hashPassword } from './password.ts';
import { AppUser, Role } from './user.entity.ts';
import { viewerOf, type Viewer } from './viewer.ts';

const USER_ROW = entityRow(AppUser);
/** A user with the province of their unit, which a district officer reads. */
const VIEWER_ROW = USER_ROW.with({ provinceId: 'int?' });
const UNIT_ROW = rowShape({ id: 'int', level: 'text' });

export function findUserByName(db: Db, username: string): Promise<AppUser | undefined> {
  return queryOne(db, USER_ROW, sql`SELECT ${selectColumns(db, AppUser, 'u')} FROM app_user u WHERE u.username = ${username}`);
}

/**
 * Enabled accounts with the role council_member within `scopeId` (everywhere
 * when null): whom those who run a round may seat on its council. At most 500.
 */
export function listCouncilAccounts(db: Db, scopeId: number | null): Promise<AppUser[]> {
  const within = scopeId === null ? sql`TRUE` : sql`u.unit_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ${scopeId})`;
  return queryRows(
    db,
    USER_ROW,
    sql`SELECT ${selectColumns(db, AppUser, 'u')} FROM app_user u
        WHERE u.role = ${Role.council_member} AND NOT u.disabled AND ${within}
        ORDER BY coalesce(u.display_name, u.username), u.username LIMIT 500`,
  );
}

/** The viewer for a token's user id; null when the user is gone or disabled. */
export async function viewerById(db: Db, userId: number): Promise<Viewer | null> {
  const row = await queryOne(
    db,
    VIEWER_ROW,
    sql`SELECT ${selectColumns(db, AppUser, 'u')}, un.province_id AS "provinceId"
        FROM app_user u LEFT JOIN admin_unit un ON un.id = u.unit_id WHERE u.id = ${userId} AND NOT u.disabled`,
  );
  return row ? viewerOf({ id: row.id, username: row.username, role: row.role, unitId: row.unitId }, row.provinceId) : null;
}

/** The level of unit each role is tied to (analysts may have any unit, or none). */
export const UNIT_LEVEL_OF_ROLE: Partial<Record<Role, string>> = {
  [Role.province_admin]: 'province',
  [Role.district_officer]: 'district',
  [Role.commune_officer]: 'commune',
  [Role.council_member]: 'province',
};

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  unitCode?: string | null;
  displayName?: string | null;
}

/** Creates a user; the unit is read by its key (the pre-2025 GSO code, or "2025:<code>"). */
export async function createUser(db: Db, u: NewUser): Promise<AppUser> {
  if (u.password.length < 10) throw new Error('password: at least 10 characters');
  let unitId: number | null = null;
  if (u.unitCode) {
    const unit = await queryOne(db, UNIT_ROW, sql`SELECT id, level FROM admin_unit WHERE key = ${u.unitCode}`);
    if (!unit) throw new Error(`unit: no administrative unit with key "${u.unitCode}"`);
    const level = UNIT_LEVEL_OF_ROLE[u.role];
    if (level && unit.level !== level) throw new Error(`unit: a ${u.role} needs a ${level}`);
    unitId = unit.id;
  } else if (UNIT_LEVEL_OF_ROLE[u.role]) {
    throw new Error(`unit: a ${u.role} needs a unit`);
  }
  const row = await queryOne(
    db,
    USER_ROW,
    sql`INSERT INTO app_user AS u (username, display_name, password_hash, role, unit_id)
        VALUES (${u.username}, ${u.displayName ?? null}, ${await hashPassword(u.password)}, ${u.role}, ${unitId})
        RETURNING ${selectColumns(db, AppUser, 'u')}`,
  );
  return row!;
}

const PLACED_UNIT = rowShape({
  id: 'int',
  key: 'text',
  name: 'text',
  type: 'text',
  level: 'text',
  validTo: 'date?',
  successorId: 'int?',
  provinceId: 'int?',
});
type PlacedUnit = RowType<typeof PLACED_UNIT>;
const SELECT_UNIT = sql`SELECT un.id, un.key, un.name, un.type, un.level, un.valid_to AS "validTo", un.successor_id AS "successorId",
                               un.province_id AS "provinceId" FROM admin_unit un`;

const describe = (u: PlacedUnit) => `${u.type} ${u.name} (${u.key})`;

/**
 * Moves a user of an abolished unit to a unit of today: the unit's successor, or
 * `unitKey`, which must lie in the province that took the old unit over, so the
 * account keeps reading the old unit's history (its province covers it). A
 * district or commune officer becomes the officer of a commune; an abolished
 * district's successor is its new province, so the commune must be named.
 * Returns what was done, for the operator.
 */
export async function reassignUser(db: Db, username: string, unitKey: string | null, today: string): Promise<string> {
  const user = await findUserByName(db, username);
  if (!user) throw new Error(`username: no user "${username}"`);
  const old = user.unitId === null ? undefined : await queryOne(db, PLACED_UNIT, sql`${SELECT_UNIT} WHERE un.id = ${user.unitId}`);
  if (!old) throw new Error(`username: ${username} has no unit to move from`);
  if (!old.validTo || old.validTo >= today) throw new Error(`unit: ${describe(old)} still exists; reassign moves users of abolished units`);
  const target = unitKey
    ? await queryOne(db, PLACED_UNIT, sql`${SELECT_UNIT} WHERE un.key = ${unitKey}`)
    : old.successorId === null
      ? undefined
      : await queryOne(db, PLACED_UNIT, sql`${SELECT_UNIT} WHERE un.id = ${old.successorId}`);
  if (!target) throw new Error(unitKey ? `unit: no administrative unit with key "${unitKey}"` : `unit: ${describe(old)} has no successor: give --unit`);
  if (target.validTo && target.validTo < today) throw new Error(`unit: ${describe(target)} was abolished too (${target.validTo})`);
  const covers = await queryOne(
    db,
    rowShape({ inside: 'bool' }),
    sql`SELECT EXISTS (SELECT 1 FROM admin_unit_closure WHERE ancestor_id = ${target.provinceId ?? target.id} AND descendant_id = ${old.id}) AS inside`,
  );
  if (!covers?.inside) throw new Error(`unit: ${describe(target)} does not lie in the province that took over ${describe(old)}, whose history the user reads`);

  const officer = user.role === Role.district_officer || user.role === Role.commune_officer;
  const role = officer ? Role.commune_officer : user.role;
  const level = UNIT_LEVEL_OF_ROLE[role];
  if (level && target.level !== level) {
    const communes = await queryRows(
      db,
      rowShape({ key: 'text', name: 'text' }),
      sql`SELECT DISTINCT s.key, s.type || ' ' || s.name AS name FROM admin_unit c JOIN admin_unit s ON s.id = c.successor_id
          WHERE (c.parent_id = ${old.id} OR c.id = ${old.id}) AND s.level = 'commune' AND s.valid_to IS NULL ORDER BY s.key`,
    );
    const hint = communes.length ? `; the communes that took over its communes: ${communes.map((c) => `${c.key} ${c.name}`).join(', ')}` : '';
    throw new Error(`unit: a ${role} needs a ${level}, and ${describe(target)} is a ${target.level}: give --unit${hint}`);
  }
  await execute(db, sql`UPDATE app_user SET unit_id = ${target.id}, role = ${role} WHERE id = ${user.id}`);
  return `reassigned ${username}: ${user.role} of ${describe(old)} → ${role} of ${describe(target)}; reads its province, which holds the history of ${old.name}`;
}
