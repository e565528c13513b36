// The embedded default's first start: a local administrator, its password
// printed once and kept in a private file beside the data.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import sql from 'sql-template-tag';
import { queryOne, type Db } from '../db/sql.ts';
import { COUNT_ROW } from '../db/rows.ts';
import { Role } from './user.entity.ts';
import { createUser } from './user.repository.ts';

export async function ensureLocalAdmin(db: Db, dataDir: string, log: (line: string) => void): Promise<void> {
  const { n } = (await queryOne(db, COUNT_ROW, sql`SELECT count(*)::int AS n FROM app_user`))!;
  const file = path.join(dataDir, 'admin-credentials.txt');
  if (n > 0) {
    if (fs.existsSync(file)) log(`Log in as in ${file}`);
    return;
  }
  const password = randomBytes(12).toString('base64url');
  await createUser(db, { username: 'admin', password, role: Role.admin, displayName: 'Quản trị hệ thống' });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `username: admin\npassword: ${password}\n`, { mode: 0o600 });
  log(`Created the local administrator: username "admin", password "${password}" (also in ${file}).`);
}
