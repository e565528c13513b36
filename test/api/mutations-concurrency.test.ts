// Concurrent writers: a stale version is refused with CONFLICT and never
// overwrites, and concurrent payments from one allocation cannot over-spend it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { auditCount, errorOf, gqlAs, makeViewers, rowById, unitId, type Viewers } from './mutations-support.ts';

let db: DataSource;
let v: Viewers;
let chu: number;
let lucNgan: number;
let subject: number;

const UPDATE_PRODUCT =
  'mutation ($id: Int!, $version: Int!, $input: ProductInput!) { updateProduct(id: $id, version: $version, input: $input) { id version name } }';
const productInput = (name: string) => ({ code: 'SP-CONC', name, group: 'food', subjectId: subject, unitId: chu, registeredOn: '2024-01-10' });

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  v = await makeViewers(db);
  chu = await unitId(db, '07525');
  lucNgan = await unitId(db, '219');
  subject = (
    await gql(
      db,
      'mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }',
      {
        input: { code: 'CT-CONC', name: 'HTX Đồng thời', type: 'cooperative', unitId: chu, registeredOn: '2020-01-01' },
      },
      v.admin,
    )
  ).data.createSubject.id;
});

describe('optimistic concurrency', () => {
  it('lets one of two writers holding the same version win; the other gets CONFLICT and the data stays as the winner left it', async () => {
    const { id } = (await gql(db, 'mutation ($input: ProductInput!) { createProduct(input: $input) { id } }', { input: productInput('Chè xanh') }, v.admin))
      .data.createProduct;
    const [a, b] = await Promise.all([
      gqlAs(db, v.admin, UPDATE_PRODUCT, { id, version: 1, input: productInput('Chè xanh Tân Cương') }),
      gqlAs(db, v.lucNgan, UPDATE_PRODUCT, { id, version: 1, input: productInput('Chè móc câu') }),
    ]);
    const [winner, loser] = a.errors ? [b, a] : [a, b];
    expect(winner.errors).toBeUndefined();
    expect(winner.data.updateProduct.version).toBe(2);
    const error = errorOf(loser, 'CONFLICT');
    expect(error.message).toBe(
      `Product ${id} was changed by someone else since you read it: version 2 is current (you sent 1). Reload it and apply your change again.`,
    );
    expect(error.extensions.currentVersion).toBe(2);
    expect(loser.data).toBeNull();
    const row = await rowById(db, 'product', id);
    expect(row).toMatchObject({ name: winner.data.updateProduct.name, version: 2 });
    // Only the winner's change is in the audit log.
    expect(await auditCount(db, 'product', id)).toBe(2);

    // The loser re-reads and tries again: now it goes through.
    const retry = await gql(db, UPDATE_PRODUCT, { id, version: 2, input: productInput('Chè móc câu') }, v.lucNgan);
    expect(retry.data.updateProduct).toMatchObject({ version: 3, name: 'Chè móc câu' });
  });

  it('refuses a delete with a stale version', async () => {
    const { id } = (
      await gql(
        db,
        'mutation ($input: ProductInput!) { createProduct(input: $input) { id } }',
        { input: { ...productInput('Miến dong'), code: 'SP-CONC-2' } },
        v.admin,
      )
    ).data.createProduct;
    await gql(db, UPDATE_PRODUCT, { id, version: 1, input: { ...productInput('Miến dong Chũ'), code: 'SP-CONC-2' } }, v.admin);
    const stale = await gqlAs(db, v.admin, 'mutation ($id: Int!) { deleteProduct(id: $id, version: 1) { id } }', { id });
    expect(errorOf(stale, 'CONFLICT').message).toContain('version 2 is current');
    expect(await rowById(db, 'product', id)).toBeTruthy();
  });

  it('runs concurrent payments from one allocation one after the other: never more than the allocation', async () => {
    const allocation = (
      await gql(
        db,
        'mutation ($input: BudgetAllocationInput!) { createBudgetAllocation(input: $input) { id } }',
        {
          input: { year: 2024, source: 'district', amount: '1000000000', recipientUnitId: lucNgan, activity: 'Hỗ trợ' },
        },
        v.admin,
      )
    ).data.createBudgetAllocation.id;
    const pay = (n: number) =>
      gqlAs(db, n % 2 ? v.admin : v.lucNgan, 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id } }', {
        input: { allocationId: allocation, disbursedOn: '2024-06-01', unitId: chu, amount: '300000000', activity: `Đợt ${n}` },
      });
    const results = await Promise.all(Array.from({ length: 8 }, (_, n) => pay(n)));
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(3);
    expect(refused).toHaveLength(5);
    for (const r of refused)
      expect(errorOf(r, 'BAD_USER_INPUT').message).toMatch(/input\.amount: exceeds what remains of allocation \d+: 100\.000\.000 đ of 1\.000\.000\.000 đ/);
    const [{ total }] = await db.query('SELECT sum(amount)::text AS total FROM disbursement WHERE allocation_id = $1 AND deleted_at IS NULL', [allocation]);
    expect(total).toBe('900000000');
  });
});
