// Every write appends to the audit log in its own transaction; the log is read
// by administrators (everything) and province administrators (their province).
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { errorOf, gqlAs, makeViewers, unitId, type Viewers } from './mutations-support.ts';

let db: DataSource;
let v: Viewers;
let chu: number;
let lySon: number;
let subjectId: number;
let lySonSubject: number;
let startedAt: string;

const AUDIT = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id at userId username action entity entityId unit { code } before after importBatchId } }
  }
}`;

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  v = await makeViewers(db);
  chu = await unitId(db, '07525');
  lySon = await unitId(db, '536');
  startedAt = new Date(Date.now() - 1000).toISOString();
  const create = 'mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }';
  subjectId = (
    await gql(
      db,
      create,
      { input: { code: 'CT-AUDIT', name: 'HTX Nhật ký', type: 'cooperative', unitId: chu, registeredOn: '2022-02-02', phone: '0900 000 001' } },
      v.lucNgan,
    )
  ).data.createSubject.id;
  await gql(
    db,
    'mutation ($input: SubjectInput!) { updateSubject(id: ' + subjectId + ', version: 1, input: $input) { id } }',
    {
      input: { code: 'CT-AUDIT', name: 'HTX Nhật ký Chũ', type: 'cooperative', unitId: chu, registeredOn: '2022-02-02', phone: '0900 000 001' },
    },
    v.bacGiang,
  );
  lySonSubject = (
    await gql(db, create, { input: { code: 'CT-AUDIT-LS', name: 'HTX Tỏi', type: 'cooperative', unitId: lySon, registeredOn: '2022-02-02' } }, v.admin)
  ).data.createSubject.id;
  await gql(db, `mutation { deleteSubject(id: ${lySonSubject}, version: 1) { id } }`, {}, v.admin);
});

describe('audit entries', () => {
  it('record who, what, which record, its unit, and the row before and after', async () => {
    const rows = await db.query(
      `SELECT user_id, username, action, entity, entity_id, unit_id, before, after FROM audit_log WHERE entity = 'subject' AND entity_id = $1 ORDER BY id`,
      [subjectId],
    );
    expect(rows).toHaveLength(2);
    const [created, updated] = rows;
    expect(created).toMatchObject({
      user_id: v.lucNgan.user.id,
      username: v.lucNgan.user.username,
      action: 'create',
      entity: 'subject',
      entity_id: subjectId,
      unit_id: chu,
      before: null,
    });
    expect(created.after).toMatchObject({
      id: subjectId,
      code: 'CT-AUDIT',
      name: 'HTX Nhật ký',
      unitId: chu,
      version: 1,
      registeredOn: '2022-02-02',
      phone: '0900 000 001',
    });
    expect(updated).toMatchObject({ user_id: v.bacGiang.user.id, action: 'update' });
    expect(updated.before).toMatchObject({ name: 'HTX Nhật ký', version: 1 });
    expect(updated.after).toMatchObject({ name: 'HTX Nhật ký Chũ', version: 2 });
  });

  it('keep the last state of a deleted record', async () => {
    const [row] = await db.query(`SELECT action, before, after FROM audit_log WHERE entity = 'subject' AND entity_id = $1 AND action = 'delete'`, [
      lySonSubject,
    ]);
    expect(row).toMatchObject({ action: 'delete', after: null, before: { code: 'CT-AUDIT-LS', unitId: lySon } });
  });

  it('vanish with a refused write: same transaction', async () => {
    const before = (await db.query('SELECT count(*)::int AS n FROM audit_log'))[0].n;
    const res = await gqlAs(db, v.admin, 'mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }', {
      input: { code: 'CT-AUDIT', name: 'Trùng mã', type: 'cooperative', unitId: chu, registeredOn: '2022-02-02' },
    });
    errorOf(res, 'BAD_USER_INPUT');
    expect((await db.query('SELECT count(*)::int AS n FROM audit_log'))[0].n).toBe(before);
  });
});

describe('the auditLog query', () => {
  it('gives administrators every entry, newest first, filtered and paginated', async () => {
    const { data } = await gql(db, AUDIT, { filter: { entity: 'subject', entityId: subjectId } }, v.admin);
    expect(data.auditLog.totalCount).toBe(2);
    expect(data.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['update', 'create']);
    expect(data.auditLog.edges[0].node).toMatchObject({
      userId: v.bacGiang.user.id,
      username: v.bacGiang.user.username,
      entity: 'subject',
      entityId: subjectId,
      unit: { code: '07525' },
      importBatchId: null,
      before: { name: 'HTX Nhật ký' },
      after: { name: 'HTX Nhật ký Chũ' },
    });

    const byUser = await gql(db, AUDIT, { filter: { username: v.admin.user.username } }, v.admin);
    expect(byUser.data.auditLog.edges.map((e: { node: { action: string; entityId: number } }) => [e.node.action, e.node.entityId])).toEqual([
      ['delete', lySonSubject],
      ['create', lySonSubject],
    ]);

    const inWindow = await gql(db, AUDIT, { filter: { from: startedAt, to: new Date(Date.now() + 60_000).toISOString() } }, v.admin);
    expect(inWindow.data.auditLog.totalCount).toBe(4);
    const later = await gql(db, AUDIT, { filter: { from: new Date(Date.now() + 60_000).toISOString() } }, v.admin);
    expect(later.data.auditLog.totalCount).toBe(0);

    const page1 = (await gql(db, AUDIT, { first: 3 }, v.admin)).data.auditLog;
    const page2 = (await gql(db, AUDIT, { first: 3, after: page1.pageInfo.endCursor }, v.admin)).data.auditLog;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: number } }) => e.node.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids).toHaveLength(4);
  });

  it('shows a province administrator the entries about their province only', async () => {
    const { data } = await gql(db, AUDIT, {}, v.bacGiang);
    expect(data.auditLog.totalCount).toBe(2);
    expect(new Set(data.auditLog.edges.map((e: { node: { entityId: number } }) => e.node.entityId))).toEqual(new Set([subjectId]));
  });

  it('refuses district officers and analysts', async () => {
    for (const viewer of [v.lucNgan, v.analyst]) {
      const res = await gqlAs(db, viewer, AUDIT);
      expect(errorOf(res, 'FORBIDDEN').message).toBe(
        `The audit log is open to administrators and province administrators only, not to the ${viewer.user.role} role.`,
      );
    }
  });
});
