// SQL for users: lookups for login and token checks, creation for the CLI.
import sql from 'sql-template-tag';
import { queryOne, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, rowShape } from '../db/rows.ts';
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
    if (u.role === Role.province_admin && unit.level !== 'province') throw new Error('unit: a province_admin needs a province');
    if (u.role === Role.district_officer && unit.level !== 'district') throw new Error('unit: a district_officer needs a district');
    unitId = unit.id;
  } else if (u.role === Role.province_admin || u.role === Role.district_officer) {
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
