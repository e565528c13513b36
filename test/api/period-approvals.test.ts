// Approval of a period's figures: a commune submits a month, the province
// returns or approves it; approved records refuse edits, deletions and imports
// with PERIOD_APPROVED until the province reopens the period; every step is in
// the audit log; figures say how much of their data is approved and can be read
// on approved data only.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { errorOf, gqlAs, unitId } from './mutations-support.ts';

let db: DataSource;
let chu: number;
let bienSon: number;
let officer: Viewer;
let province: Viewer;
let analyst: Viewer;
let allocation: number;
let march: { id: number; version: number };
let april: { id: number; version: number };
let planId: number;

const M = {
  pay: 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id version } }',
  update: 'mutation ($id: Int!, $version: Int!, $input: DisbursementInput!) { updateDisbursement(id: $id, version: $version, input: $input) { id version } }',
  remove: 'mutation ($id: Int!, $version: Int!) { deleteDisbursement(id: $id, version: $version) { id } }',
  submit: 'mutation ($input: PeriodSubmissionInput!) { submitPeriod(input: $input) { id version status periodStart periodEnd unit { key } } }',
  approve: 'mutation ($id: Int!, $version: Int!) { approvePeriod(id: $id, version: $version) { id version status } }',
  return:
    'mutation ($id: Int!, $version: Int!, $reason: String!) { returnPeriod(id: $id, version: $version, input: { reason: $reason }) { id version status reason } }',
  reopen:
    'mutation ($id: Int!, $version: Int!, $reason: String!) { reopenPeriod(id: $id, version: $version, input: { reason: $reason }) { id version status reason } }',
};
const PERIODS = `query ($stages: [ReportingStage!]) {
  reportingPeriods(unitCode: "24", kind: month, from: "2026-01-01", to: "2026-06-30", stages: $stages) {
    scope { key }
    summary { inProgress awaitingSubmission awaitingApproval returned approved overdue }
    periods { unit { key } year number dueOn stage overdue approval { status reason submittedBy { username } } }
  }
}`;
const PROGRESS = `query ($planId: Int!, $approvedOnly: Boolean!) {
  targetProgress(planId: $planId, asOf: "2026-06-30", approvedOnly: $approvedOnly) {
    targets { actual approvedOnly approval { state periods approved submitted returned approvedShare from to } }
  }
}`;

const payment = (disbursedOn: string, amount: string, unit = chu) => ({
  allocationId: allocation,
  disbursedOn,
  unitId: unit,
  amount,
  activity: 'Hỗ trợ tem nhãn',
});
const marchOf = (unit = chu) => ({ unitId: unit, kind: 'month', year: 2026, number: 3 });

async function user(name: string, role: Role, unitKey: string | null): Promise<Viewer> {
  const u = await createUser(db, { username: name, password: 'mật khẩu đủ dài', role, unitCode: unitKey });
  return (await viewerById(db, u.id))!;
}

async function auditActions(entityId: number): Promise<string[]> {
  const rows: { action: string }[] = await db.query(`SELECT action FROM audit_log WHERE entity = 'period_approval' AND entity_id = $1 ORDER BY id`, [entityId]);
  return rows.map((r) => r.action);
}

const importCsv = (v: Viewer, rows: string[]) =>
  gqlAs(
    db,
    v,
    'mutation ($file: String!) { importData(kind: disbursements, format: CSV, fileBase64: $file, dryRun: false) { written problems { row column code message } } }',
    { file: Buffer.from(['key;allocation_id;disbursed_on;unit_code;amount;activity', ...rows].join('\n')).toString('base64') },
  );

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  chu = await unitId(db, '2025:07525');
  bienSon = await unitId(db, '2025:07537');
  officer = await user('xa.chu', Role.commune_officer, '2025:07525');
  province = await user('tinh.bacninh', Role.province_admin, '2025:24');
  analyst = await user('phan.tich', Role.analyst, null);
  allocation = (
    await gqlAs(db, province, 'mutation ($input: BudgetAllocationInput!) { createBudgetAllocation(input: $input) { id } }', {
      input: { year: 2026, source: 'provincial', amount: '900000000', recipientUnitId: chu, activity: 'Hỗ trợ OCOP xã Chũ' },
    })
  ).data.createBudgetAllocation.id;
  march = (await gqlAs(db, officer, M.pay, { input: payment('2026-03-10', '30000000') })).data.createDisbursement;
  april = (await gqlAs(db, officer, M.pay, { input: payment('2026-04-10', '20000000') })).data.createDisbursement;
  const plan = await gql(db, 'mutation ($input: PlanInput!) { createPlan(input: $input) { id } }', {
    input: {
      key: 'bac-ninh-2026-approvals',
      issuerUnitId: await unitId(db, '2025:24'),
      issuerName: 'Ủy ban nhân dân tỉnh Bắc Ninh',
      year: 2026,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      title: 'Kế hoạch thử phê duyệt số liệu',
    },
  });
  planId = plan.data.createPlan.id;
  await gql(db, 'mutation ($input: TargetInput!) { createTarget(input: $input) { id } }', {
    input: {
      key: 'bn2026-approvals-chu-disbursed',
      planId,
      metric: 'disbursed_vnd',
      scopeUnitId: chu,
      targetMin: 100000000,
      unit: 'vnd',
      dueDate: '2026-12-31',
      wording: 'Giải ngân 100 triệu đồng tại xã Chũ',
    },
  });
});

describe('submitting a period', () => {
  it('lists every commune’s months, with what each waits for and which are overdue', async () => {
    const { data } = await gqlAs(db, province, PERIODS, {});
    const r = data.reportingPeriods;
    expect(r.scope.key).toBe('2025:24');
    const communes = new Set(r.periods.map((p: { unit: { key: string } }) => p.unit.key));
    expect(communes.has('2025:07525')).toBe(true);
    expect([...communes].every((k) => (k as string).startsWith('2025:'))).toBe(true);
    expect(r.periods).toHaveLength(6 * communes.size);
    expect(r.summary).toMatchObject({ awaitingSubmission: r.periods.length, awaitingApproval: 0, approved: 0, overdue: r.periods.length });
    const chuMarch = r.periods.find((p: { unit: { key: string }; number: number }) => p.unit.key === '2025:07525' && p.number === 3);
    expect(chuMarch).toEqual({
      unit: { key: '2025:07525' },
      year: 2026,
      number: 3,
      dueOn: '2026-04-14',
      stage: 'awaiting_submission',
      overdue: true,
      approval: null,
    });
  });

  it('is refused outside the officer’s commune, for a unit that does not report, and before the period ends', async () => {
    expect(errorOf(await gqlAs(db, officer, M.submit, { input: marchOf(bienSon) }), 'FORBIDDEN').message).toMatch(/outside your scope/);
    const provinceUnit = await gqlAs(db, province, M.submit, { input: marchOf(await unitId(db, '2025:24')) });
    expect(errorOf(provinceUnit, 'BAD_USER_INPUT').message).toMatch(/Tỉnh Bắc Ninh does not report periods: districts report periods up to 30\/06\/2025/);
    const abolished = await gqlAs(db, province, M.submit, { input: marchOf(await unitId(db, '219')) });
    expect(errorOf(abolished, 'BAD_USER_INPUT').message).toMatch(/Huyện Lục Ngạn did not exist throughout March 2026/);
    const future = await gqlAs(db, officer, M.submit, { input: { unitId: chu, kind: 'month', year: 2099, number: 12 } });
    expect(errorOf(future, 'BAD_USER_INPUT').message).toMatch(/December 2099 has not ended: it can be submitted from 31\/12\/2099/);
    expect(errorOf(await gqlAs(db, analyst, M.submit, { input: marchOf() }), 'FORBIDDEN').message).toMatch(/may not submit a period's figures/);
  });
});

describe('the approval of a month', () => {
  let approval: { id: number; version: number };

  it('goes submitted → returned with a reason → submitted again → approved, each step audited', async () => {
    const submitted = (await gqlAs(db, officer, M.submit, { input: marchOf() })).data.submitPeriod;
    expect(submitted).toMatchObject({ status: 'submitted', periodStart: '2026-03-01', periodEnd: '2026-03-31', unit: { key: '2025:07525' } });
    expect(errorOf(await gqlAs(db, officer, M.submit, { input: marchOf() }), 'BAD_USER_INPUT').message).toMatch(/already "Submitted"/);
    const byOfficer = await gqlAs(db, officer, M.approve, { id: submitted.id, version: submitted.version });
    expect(errorOf(byOfficer, 'FORBIDDEN').message).toBe("Only the province approves, returns or reopens a period's figures, not the commune_officer role.");

    const returned = (await gqlAs(db, province, M.return, { id: submitted.id, version: submitted.version, reason: 'Thiếu chứng từ khoản chi ngày 10/3' })).data
      .returnPeriod;
    expect(returned).toMatchObject({ status: 'returned', reason: 'Thiếu chứng từ khoản chi ngày 10/3' });
    const { data: listed } = await gqlAs(db, officer, PERIODS, { stages: ['returned'] });
    expect(listed.reportingPeriods.periods).toEqual([
      expect.objectContaining({
        number: 3,
        stage: 'returned',
        overdue: true,
        approval: { status: 'returned', reason: 'Thiếu chứng từ khoản chi ngày 10/3', submittedBy: { username: 'xa.chu' } },
      }),
    ]);

    const again = (await gqlAs(db, officer, M.submit, { input: marchOf() })).data.submitPeriod;
    const stale = await gqlAs(db, province, M.approve, { id: again.id, version: returned.version });
    expect(errorOf(stale, 'CONFLICT')).toBeDefined();
    approval = (await gqlAs(db, province, M.approve, { id: again.id, version: again.version })).data.approvePeriod;
    expect(approval).toMatchObject({ status: 'approved' });
    expect(await auditActions(approval.id)).toEqual(['submit', 'return', 'submit', 'approve']);
    const { data } = await gqlAs(db, province, PERIODS, {});
    expect(data.reportingPeriods.summary).toMatchObject({ approved: 1, awaitingApproval: 0, returned: 0 });
  });

  it('locks the month’s records against edits, deletions, new records and imports, for the province too', async () => {
    const edit = await gqlAs(db, officer, M.update, { id: march.id, version: march.version, input: payment('2026-03-10', '31000000') });
    const error = errorOf(edit, 'PERIOD_APPROVED');
    expect(error.message).toBe(
      'The figures of Phường Chũ for March 2026 are approved: no disbursement dated 10/03/2026 can be added, changed or deleted until the province reopens the period.',
    );
    expect(error.extensions).toMatchObject({ periodApprovalId: approval.id, unitCode: '07525', periodStart: '2026-03-01', periodEnd: '2026-03-31' });
    errorOf(await gqlAs(db, province, M.remove, { id: march.id, version: march.version }), 'PERIOD_APPROVED');
    errorOf(await gqlAs(db, officer, M.pay, { input: payment('2026-03-20', '1000000') }), 'PERIOD_APPROVED');
    // Moving April's payment into March is changing March.
    errorOf(await gqlAs(db, officer, M.update, { id: april.id, version: april.version, input: payment('2026-03-31', '20000000') }), 'PERIOD_APPROVED');
    const imported = await importCsv(officer, [
      `GN-CHU-03;${allocation};25/03/2026;07525;1.000.000;Hỗ trợ bao bì`,
      `GN-CHU-04;${allocation};25/04/2026;07525;1.000.000;Hỗ trợ bao bì`,
    ]);
    expect(imported.data.importData.written).toBe(false);
    expect(imported.data.importData.problems).toEqual([
      // In-process requests read Vietnamese, the hub's default language.
      { row: 2, column: null, code: 'PERIOD_APPROVED', message: expect.stringMatching(/^Số liệu tháng 3\/2026 của Phường Chũ đã được phê duyệt/) },
    ]);
    // April stays open.
    const aprilEdit = await gqlAs(db, officer, M.update, { id: april.id, version: april.version, input: payment('2026-04-11', '20000000') });
    expect(aprilEdit.errors).toBeUndefined();
    april = aprilEdit.data.updateDisbursement;
  });

  it('says how much of a figure’s data is approved, and reads a KPI on approved data only', async () => {
    const all = (await gql(db, PROGRESS, { planId, approvedOnly: false })).data.targetProgress.targets[0];
    expect(all.actual).toBe(50_000_000);
    expect(all.approval).toEqual({
      state: 'partly_approved',
      periods: 6,
      approved: 1,
      submitted: 0,
      returned: 0,
      approvedShare: 16.67,
      from: '2026-01-01',
      to: '2026-06-30',
    });
    const approvedOnly = (await gql(db, PROGRESS, { planId, approvedOnly: true })).data.targetProgress.targets[0];
    expect(approvedOnly).toMatchObject({ actual: 30_000_000, approvedOnly: true });
  });

  it('opens the month again when the province reopens it with a reason', async () => {
    const needsReason = await gqlAs(db, province, M.reopen, { id: approval.id, version: approval.version, reason: '  ' });
    expect(errorOf(needsReason, 'BAD_USER_INPUT').message).toMatch(/input\.reason: must not be blank/);
    const reopened = (await gqlAs(db, province, M.reopen, { id: approval.id, version: approval.version, reason: 'Điều chỉnh số tiền theo chứng từ' })).data
      .reopenPeriod;
    expect(reopened).toMatchObject({ status: 'open', reason: 'Điều chỉnh số tiền theo chứng từ' });
    const edit = await gqlAs(db, officer, M.update, { id: march.id, version: march.version, input: payment('2026-03-10', '31000000') });
    expect(edit.errors).toBeUndefined();
    expect(await auditActions(approval.id)).toEqual(['submit', 'return', 'submit', 'approve', 'reopen']);
    const approve = await gqlAs(db, province, M.approve, { id: approval.id, version: reopened.version });
    expect(errorOf(approve, 'BAD_USER_INPUT').message).toMatch(/the March 2026 period is "Open": only a "Submitted" period can be approved/);
  });
});

describe('approved-data views', () => {
  it('have every column of the tables they stand for', async () => {
    const differ: { table_name: string }[] = await db.query(
      `SELECT t.table_name FROM information_schema.tables t
       WHERE t.table_schema = 'approved'
         AND (SELECT array_agg(column_name::text ORDER BY ordinal_position) FROM information_schema.columns c WHERE c.table_schema = 'approved' AND c.table_name = t.table_name)
          IS DISTINCT FROM
             (SELECT array_agg(column_name::text ORDER BY ordinal_position) FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name)`,
    );
    expect(differ).toEqual([]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'approved'`);
    expect(n).toBe(6);
  });
});
