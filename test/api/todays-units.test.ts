// Users of today's units: commune officers write in their commune (records dated
// after 1/7/2025 included) and nowhere else; a province administrator of a merged
// province reads both old provinces' history; `npm run users -- reassign` moves
// an officer of an abolished unit to today's units without losing that history.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { runUsersCli } from '../../server/auth/users-cli.ts';
import { findUserByName, viewerById } from '../../server/auth/user.repository.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql, TEST_TOKEN_SECRET } from '../support/graphql.ts';
import { errorOf, gqlAs, unitId } from './mutations-support.ts';

let db: DataSource;
let chu2025: number;
let allocation: number;

async function cli(...argv: string[]): Promise<string[]> {
  const out: string[] = [];
  await runUsersCli(argv, db, TEST_TOKEN_SECRET, (line) => out.push(line));
  return out;
}

async function viewer(username: string): Promise<Viewer> {
  return (await viewerById(db, (await findUserByName(db, username))!.id))!;
}

const PASSWORD = ['--password', 'mật khẩu đủ dài'];
const PAY = 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id unit { key } } }';
const pay = (unit: number, disbursedOn: string) => ({ allocationId: allocation, disbursedOn, unitId: unit, amount: '5000000', activity: 'Hỗ trợ tem nhãn' });

/** Disbursements in a unit (by its code as of a date) that the viewer can read, counted. */
async function readable(v: Viewer, districtCode: string): Promise<number> {
  const { data } = await gqlAs(db, v, `{ disbursements(filter: { districtCode: "${districtCode}", unitsAsOf: "2024-06-30" }) { totalCount } }`);
  return data.disbursements.totalCount;
}

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  chu2025 = await unitId(db, '2025:07525');
  await cli('create', '--username', 'tinh.bacninh', '--role', 'province_admin', '--unit', '2025:24', ...PASSWORD);
  await cli('create', '--username', 'xa.chu', '--role', 'commune_officer', '--unit', '2025:07525', ...PASSWORD);
  allocation = (
    await gqlAs(db, await viewer('tinh.bacninh'), 'mutation ($input: BudgetAllocationInput!) { createBudgetAllocation(input: $input) { id } }', {
      input: { year: 2026, source: 'provincial', amount: '900000000', recipientUnitId: chu2025, activity: 'Hỗ trợ chủ thể OCOP xã Chũ' },
    })
  ).data.createBudgetAllocation.id;
});

describe('commune officers', () => {
  it('are created for a commune only', async () => {
    await expect(cli('create', '--username', 'xa.sai', '--role', 'commune_officer', '--unit', '2025:24', ...PASSWORD)).rejects.toThrow(
      'unit: a commune_officer needs a commune',
    );
    const { data } = await gqlAs(db, await viewer('xa.chu'), '{ me { role unit { key level } } }');
    expect(data.me).toEqual({ role: 'commune_officer', unit: { key: '2025:07525', level: 'commune' } });
  });

  it('write a disbursement dated 2026 in their commune, and are refused in another commune', async () => {
    const officer = await viewer('xa.chu');
    const own = await gqlAs(db, officer, PAY, { input: pay(chu2025, '2026-03-10') });
    expect(own.errors).toBeUndefined();
    expect(own.data.createDisbursement.unit.key).toBe('2025:07525');
    const elsewhere = await gqlAs(db, officer, PAY, { input: pay(await unitId(db, '2025:07537'), '2026-03-10') });
    expect(errorOf(elsewhere, 'FORBIDDEN').message).toMatch(/outside your write scope, Phường Chũ/);
  });

  it('may not record 2026 against the abolished commune of the same code: it did not exist then', async () => {
    const res = await gqlAs(db, await viewer('xa.chu'), PAY, { input: pay(await unitId(db, '07525'), '2026-03-10') });
    expect(errorOf(res, 'BAD_USER_INPUT').message).toMatch(/input\.unitId: .*Chũ.* was not a valid unit on 10\/03\/2026/);
  });

  it('import rows by the unit code valid on each row’s date: 07525 in 2026 is today’s commune', async () => {
    const csv = [
      'key;allocation_id;disbursed_on;unit_code;amount;activity',
      `XA-CHU-1;${allocation};15/03/2026;07525;1.000.000;Hỗ trợ bao bì`,
      `XA-CHU-2;${allocation};15/03/2026;07537;1.000.000;Hỗ trợ bao bì`,
    ].join('\n');
    const { data } = await gqlAs(
      db,
      await viewer('xa.chu'),
      'mutation ($file: String!) { importData(kind: disbursements, format: CSV, fileBase64: $file, dryRun: true) { problems { row column message } } }',
      { file: Buffer.from(csv).toString('base64') },
      'en',
    );
    expect(data.importData.problems).toHaveLength(1);
    expect(data.importData.problems[0]).toMatchObject({ row: 3, column: 'unit_code' });
    expect(data.importData.problems[0].message).toMatch(/outside your write scope/);
  });
});

describe('the province administrator of a merged province', () => {
  it('reads old Bắc Giang’s district history and writes in today’s communes', async () => {
    const admin = await viewer('tinh.bacninh');
    const lucNganHistory = await readable(admin, '219');
    expect(lucNganHistory).toBeGreaterThan(0);
    expect(lucNganHistory).toBe(await readable(await viewer('xa.chu'), '219'));
    const res = await gqlAs(db, admin, PAY, { input: pay(chu2025, '2026-04-01') });
    expect(res.errors).toBeUndefined();
  });
});

describe('npm run users -- reassign', () => {
  it('moves a district officer of an abolished district to a commune of the province that took it over, keeping its history readable', async () => {
    await cli('create', '--username', 'canbo.lucngan', '--role', 'district_officer', '--unit', '219', ...PASSWORD);
    const before = await readable(await viewer('canbo.lucngan'), '219');
    expect(before).toBeGreaterThan(0);
    // Writes dated after the reform are refused while the account is tied to the abolished district.
    const stuck = await gqlAs(db, await viewer('canbo.lucngan'), PAY, { input: pay(chu2025, '2026-03-11') });
    expect(errorOf(stuck, 'FORBIDDEN').message).toMatch(/outside your write scope, Huyện Lục Ngạn/);

    // A district's successor is its new province: the officer's commune must be named, and the CLI lists the candidates.
    await expect(cli('reassign', '--username', 'canbo.lucngan')).rejects.toThrow(
      /^unit: a commune_officer needs a commune, and Tỉnh Bắc Ninh \(2025:24\) is a province: give --unit; the communes that took over its communes: .*2025:07525 Phường Chũ/,
    );
    await expect(cli('reassign', '--username', 'canbo.lucngan', '--unit', '2025:21548')).rejects.toThrow(/does not lie in the province that took over/);
    expect(await cli('reassign', '--username', 'canbo.lucngan', '--unit', '2025:07525')).toEqual([
      'reassigned canbo.lucngan: district_officer of Huyện Lục Ngạn (219) → commune_officer of Phường Chũ (2025:07525); reads its province, which holds the history of Lục Ngạn',
    ]);
    const moved = await viewer('canbo.lucngan');
    expect(moved.user.role).toBe('commune_officer');
    expect(await readable(moved, '219')).toBe(before);
    expect((await gqlAs(db, moved, PAY, { input: pay(chu2025, '2026-03-11') })).errors).toBeUndefined();
    await expect(cli('reassign', '--username', 'canbo.lucngan')).rejects.toThrow(
      'unit: Phường Chũ (2025:07525) still exists; reassign moves users of abolished units',
    );
  });

  it('moves a province administrator of an old province to the province that absorbed it', async () => {
    await cli('create', '--username', 'tinh.bacgiang', '--role', 'province_admin', '--unit', '24', ...PASSWORD);
    expect(await cli('reassign', '--username', 'tinh.bacgiang')).toEqual([
      'reassigned tinh.bacgiang: province_admin of Tỉnh Bắc Giang (24) → province_admin of Tỉnh Bắc Ninh (2025:24); reads its province, which holds the history of Bắc Giang',
    ]);
    const { data } = await gql(db, '{ adminUnit(code: "24") { name } }');
    expect(data.adminUnit.name).toBe('Bắc Ninh');
  });
});
