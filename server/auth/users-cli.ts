// The user administration commands behind `npm run users`:
//   create --username U --role ROLE [--unit KEY] [--name "Họ tên"] [--password P]
//   token --username U [--ttl 12h]
//   disable --username U
//   reassign --username U [--unit KEY]
//   list
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import sql from 'sql-template-tag';
import { queryRows, type Db } from '../db/sql.ts';
import { ID_ROW, rowShape } from '../db/rows.ts';
import { issueToken, TOKEN_TTL } from './tokens.ts';
import { Role } from './user.entity.ts';
import { createUser, findUserByName, reassignUser } from './user.repository.ts';
import { today } from '../common/dates.ts';

const USAGE = `usage: npm run users -- <command> [options]
  create   --username U --role admin|province_admin|district_officer|commune_officer|analyst [--unit KEY] [--name NAME] [--password P]
  token    --username U [--ttl 12h]
  disable  --username U
  reassign --username U [--unit KEY]   (a user of an abolished unit → its successor, or KEY in the province that took it over)
  list`;

const LISTED_USER = rowShape({ username: 'text', role: 'text', unit: 'text?', disabled: 'bool' });

export async function runUsersCli(argv: string[], db: Db, secret: Uint8Array, out: (line: string) => void): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      ttl: { type: 'string', default: TOKEN_TTL },
    },
  });
  const username = values.username;
  switch (command) {
    case 'create': {
      if (!username || !values.role) throw new Error(USAGE);
      if (!Object.values(Role).includes(values.role as Role)) throw new Error(`role: one of ${Object.values(Role).join(', ')}`);
      const password = values.password ?? randomBytes(12).toString('base64url');
      const user = await createUser(db, { username, password, role: values.role as Role, unitCode: values.unit ?? null, displayName: values.name ?? null });
      out(`created ${user.username} (${user.role}${values.unit ? `, unit ${values.unit}` : ''})${values.password ? '' : `, password: ${password}`}`);
      return;
    }
    case 'token': {
      const user = username ? await findUserByName(db, username) : undefined;
      if (!user || user.disabled) throw new Error(`username: no active user "${username ?? ''}"`);
      out(await issueToken(secret, user.id, values.ttl));
      return;
    }
    case 'disable': {
      // UPDATE … RETURNING sits in a CTE: TypeORM hands back [rows, count] for a bare UPDATE.
      const rows = await queryRows(
        db,
        ID_ROW,
        sql`WITH changed AS (UPDATE app_user SET disabled = true WHERE username = ${username ?? ''} RETURNING id) SELECT id FROM changed`,
      );
      if (!rows.length) throw new Error(`username: no user "${username ?? ''}"`);
      out(`disabled ${username}; their tokens stop working within seconds`);
      return;
    }
    case 'reassign': {
      if (!username) throw new Error(USAGE);
      out(await reassignUser(db, username, values.unit ?? null, today()));
      return;
    }
    case 'list': {
      const users = await queryRows(
        db,
        LISTED_USER,
        sql`SELECT u.username, u.role, un.key AS unit, u.disabled FROM app_user u LEFT JOIN admin_unit un ON un.id = u.unit_id ORDER BY u.username`,
      );
      for (const u of users) out(`${u.username}\t${u.role}\t${u.unit ?? '-'}${u.disabled ? '\tdisabled' : ''}`);
      return;
    }
    default:
      throw new Error(USAGE);
  }
}
