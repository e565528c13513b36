// The hub served over HTTP on a free port, against a test database.
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';
import type { DataSource } from 'typeorm';
import { createHub, type HubOptions } from '../../server/app.ts';
import { TEST_TOKEN_SECRET } from './graphql.ts';
import { issueToken } from '../../server/auth/tokens.ts';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser } from '../../server/auth/user.repository.ts';

let users = 0;

/** Creates a user with this role (and unit key) and returns the Authorization header of a token for it. */
export async function authHeader(db: DataSource, role: Role = Role.admin, unitKey: string | null = null): Promise<Record<string, string>> {
  users += 1;
  const user = await createUser(db, { username: `${role}-${users}-${process.pid}`, password: 'correct horse battery', role, unitCode: unitKey });
  return { authorization: `Bearer ${await issueToken(TEST_TOKEN_SECRET, user.id)}` };
}

export interface RunningHub {
  url: string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

export async function startHub(db: DataSource, options: Partial<HubOptions> = {}): Promise<RunningHub> {
  const { server, stop } = await createHub({ db, exposeErrors: false, tokenSecret: TEST_TOKEN_SECRET, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await stop();
  };
  afterAll(close);
  return {
    url,
    close,
    async post(body, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        // English messages unless a test asks otherwise (the hub answers in Vietnamese by default).
        headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null };
    },
  };
}
