// Phê duyệt số liệu (approval of a period's figures) in a real browser against
// the seeded hub, as the programme runs today: the officer of Phường Chũ (a
// commune of today's Bắc Ninh) submits March 2026; the province returns it with
// a reason, the officer submits again, the province approves it; the target
// card's badge then says its data is approved. "Approved data only" and the
// map picker change the figures the way the API computes them, and the
// officer's own commune is marked in the comparison.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/user.entity.ts';
import { today } from '../../server/common/dates.ts';
import { formatValue } from '../../dashboard/src/lib/format.ts';
import {
  launch,
  screenshot,
  seriousViolations,
  settled,
  startDashboardHub,
  text,
  type Browsing,
  type DashboardHub,
  type SignedInUser,
} from './support/dashboard.ts';

const UNIT = `query ($code: String!) { adminUnit(code: $code, asOf: "2026-01-01") { id } }`;
const PAY = 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id } }';
const SUBMIT = 'mutation ($input: PeriodSubmissionInput!) { submitPeriod(input: $input) { id version } }';
const APPROVE = 'mutation ($id: Int!, $version: Int!) { approvePeriod(id: $id, version: $version) { id } }';
const PROGRESS = `query ($planId: Int!, $approvedOnly: Boolean!, $mapOn: LocalDate!) {
  targetProgress(planId: $planId, asOf: "2026-03-31", mapOn: $mapOn, approvedOnly: $approvedOnly) {
    targets { target { key } actual unit approval { state periods approved } } } }`;
const COMPARISON = `query ($code: String!, $mapOn: LocalDate!) {
  districtComparison(provinceCode: $code, metric: "disbursed_vnd", from: "2026-01-01", to: "2026-12-31", asOf: "2026-12-31", mapOn: $mapOn) {
    provinceValue rows { district { code name } actual } } }`;

let hub: DashboardHub;
let web: Browsing;
let officer: SignedInUser;
let province: SignedInUser;
let officerContext: BrowserContext;
let provinceContext: BrowserContext;
let planId: number;
const TARGET = 'bn2026-browser-chu-disbursed';

beforeAll(async () => {
  hub = await startDashboardHub();
  web = await launch(hub);
  province = await hub.addUser({
    username: 'tinh.bacninh',
    password: 'mật khẩu đủ dài',
    role: Role.province_admin,
    unitCode: '2025:24',
    displayName: 'Sở Nông nghiệp Bắc Ninh',
  });
  officer = await hub.addUser({
    username: 'xa.chu',
    password: 'mật khẩu đủ dài',
    role: Role.commune_officer,
    unitCode: '2025:07525',
    displayName: 'Cán bộ phường Chũ',
  });
  officerContext = await web.contextAs(officer.token);
  provinceContext = await web.contextAs(province.token);
  const chu = (await province.api(UNIT, { code: '07525' })).adminUnit.id;
  const bacNinh = (await province.api(UNIT, { code: '24' })).adminUnit.id;
  const allocation = (
    await province.api('mutation ($input: BudgetAllocationInput!) { createBudgetAllocation(input: $input) { id } }', {
      input: { year: 2026, source: 'provincial', amount: '900000000', recipientUnitId: chu, activity: 'Hỗ trợ OCOP phường Chũ (kiểm thử phê duyệt)' },
    })
  ).createBudgetAllocation.id;
  for (const [disbursedOn, amount] of [
    ['2026-01-12', '10000000'],
    ['2026-02-09', '5000000'],
    ['2026-03-10', '30000000'],
  ])
    await officer.api(PAY, { input: { allocationId: allocation, disbursedOn, unitId: chu, amount, activity: 'Hỗ trợ tem nhãn' } });
  // January and February are already approved; March is the officer's to submit on screen.
  for (const number of [1, 2]) {
    const submitted = (await officer.api(SUBMIT, { input: { unitId: chu, kind: 'month', year: 2026, number } })).submitPeriod;
    await province.api(APPROVE, submitted);
  }
  planId = (
    await province.api('mutation ($input: PlanInput!) { createPlan(input: $input) { id } }', {
      input: {
        key: 'bac-ninh-2026-browser-approvals',
        issuerUnitId: bacNinh,
        issuerName: 'Ủy ban nhân dân tỉnh Bắc Ninh',
        year: 2026,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        title: 'Kế hoạch OCOP phường Chũ 2026 (kiểm thử phê duyệt)',
      },
    })
  ).createPlan.id;
  await province.api('mutation ($input: TargetInput!) { createTarget(input: $input) { id } }', {
    input: {
      key: TARGET,
      planId,
      metric: 'disbursed_vnd',
      scopeUnitId: chu,
      targetMin: 100000000,
      unit: 'vnd',
      dueDate: '2026-12-31',
      wording: 'Giải ngân 100 triệu đồng tại phường Chũ',
    },
  });
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${hub.url}${path}`);
  await page.locator('main .panel').first().waitFor();
  await settled(page);
  return page;
}

/** The target as the API computes it on today's map, on all data or approved data only. */
async function progress(approvedOnly: boolean) {
  const { targetProgress } = await province.api(PROGRESS, { planId, approvedOnly, mapOn: today() });
  return targetProgress.targets.find((t: { target: { key: string } }) => t.target.key === TARGET);
}

const overviewPath = () => `/?province=24&map=today&plan=${planId}&asOf=2026-03-31`;

async function card(page: Page) {
  const c = page.locator(`.target-card[data-target-key="${TARGET}"]`);
  await c.waitFor();
  return {
    state: () => c.locator('[data-field="approval"] [data-approval]').getAttribute('data-approval'),
    badge: async () => text(await c.locator('[data-field="approval"]').textContent()),
    actual: async () => text(await c.locator('[data-field="actual"]').textContent()),
  };
}

/** Takes a step on the row of March in the approval screen's list, confirming (with a reason when asked). */
async function act(page: Page, action: string, reason?: string) {
  await page.locator(`#approval-list button[data-action="${action}"][aria-label*="Tháng 3/2026"]`).click();
  const dialog = page.locator('dialog.confirm-dialog');
  await dialog.waitFor();
  if (reason !== undefined) await dialog.locator('textarea[name="reason"]').fill(reason);
  await dialog.locator('button[data-action="confirm"]').click();
  await page.locator('#approval-list [data-field="done"]').waitFor();
  await settled(page);
  return text(await page.locator('#approval-list [data-field="done"]').textContent());
}

const marchCell = (page: Page) => page.locator('#approval-grid td[data-unit="07525"][data-number="3"]').getAttribute('data-stage');

describe('approval of a period, on screen', () => {
  it('the officer submits March; the province returns it with a reason, then approves it; the badge says approved', async () => {
    // Before: two of the figure's three months are approved, and "approved data only" counts them alone.
    const [before, approvedBefore] = [await progress(false), await progress(true)];
    expect(before.approval).toMatchObject({ state: 'partly_approved', periods: 3, approved: 2 });
    expect(approvedBefore.actual).toBeLessThan(before.actual);
    const overview = await open(provinceContext, overviewPath());
    const partly = await card(overview);
    expect(await partly.state()).toBe('partly_approved');
    expect(await partly.badge()).toContain('2/3 kỳ đã duyệt');
    expect(await partly.actual()).toBe(text(formatValue(before.actual, before.unit, 'vi')));
    await overview.getByLabel('Chỉ số liệu đã phê duyệt').check();
    await settled(overview);
    expect(overview.url()).toContain('approved=1');
    await expect.poll(partly.actual).toBe(text(formatValue(approvedBefore.actual, approvedBefore.unit, 'vi')));
    await overview.close();

    // The commune officer: their own commune's months, March awaiting submission (and overdue).
    const mine = await open(officerContext, '/phe-duyet?year=2026');
    expect(text(await mine.locator('[data-field="scope"]').textContent())).toBe('Phạm vi: Phường Chũ');
    expect(await marchCell(mine)).toBe('awaiting_submission');
    expect(await mine.locator('#approval-list button[data-action="approve"]').count()).toBe(0);
    expect(await act(mine, 'submit')).toBe('✓ Đã nộp số liệu tháng 3/2026 của Phường Chũ: kỳ đang chờ tỉnh phê duyệt.');
    await expect.poll(() => marchCell(mine)).toBe('awaiting_approval');

    // The province: the periods awaiting its approval; returning asks for a reason.
    const decide = await open(provinceContext, '/phe-duyet?year=2026&stage=awaiting_approval');
    await decide.locator('#approval-list button[data-action="return"][aria-label*="Tháng 3/2026"]').click();
    const dialog = decide.locator('dialog.confirm-dialog');
    await dialog.locator('button[data-action="confirm"]').click();
    expect(text(await dialog.locator('[data-error-for="reason"]').textContent())).toBe('Hãy nhập lý do.');
    await dialog.locator('button[data-action="cancel"]').click();
    expect(await act(decide, 'return', 'Thiếu chứng từ khoản chi ngày 10/3')).toContain('Đã trả lại số liệu tháng 3/2026 của Phường Chũ');

    // The officer sees the reason and submits again.
    await mine.reload();
    await settled(mine);
    expect(await marchCell(mine)).toBe('returned');
    expect(text(await mine.locator('#approval-list [data-field="reason"]').textContent())).toBe('Thiếu chứng từ khoản chi ngày 10/3');
    await act(mine, 'submit');

    await decide.reload();
    await settled(decide);
    expect(await act(decide, 'approve')).toBe('✓ Đã phê duyệt số liệu tháng 3/2026 của Phường Chũ: số liệu của kỳ đã bị khóa.');
    await expect.poll(() => marchCell(decide)).toBe('approved');
    expect(await seriousViolations(decide)).toEqual([]);
    await screenshot(decide, 'approvals');

    // Every month of the figure is approved now: the card says so, and "approved data only" counts all of it.
    const all = await progress(false);
    expect(all.approval).toMatchObject({ state: 'approved', periods: 3, approved: 3 });
    expect((await progress(true)).actual).toBe(all.actual);
    const page = await open(provinceContext, overviewPath());
    const c = await card(page);
    expect(await c.state()).toBe('approved');
    expect(await c.badge()).toContain('Đã phê duyệt');
    await page.close();

    // The province may reopen it, with a reason; the officer must then submit again.
    const reopen = await open(provinceContext, '/phe-duyet?year=2026&stage=approved');
    expect(await act(reopen, 'reopen', 'Điều chỉnh số tiền theo chứng từ')).toContain('Đã mở lại kỳ tháng 3/2026 của Phường Chũ');
    await expect.poll(() => marchCell(reopen)).toBe('awaiting_submission');
    for (const p of [mine, decide, reopen]) await p.close();
  });
});

describe('reading figures on either map', () => {
  it("places the same records on today's communes or on the old districts, with the officer's commune marked", async () => {
    const read = async (code: string, mapOn: string) => (await province.api(COMPARISON, { code, mapOn })).districtComparison;
    // The view's province is old Bắc Giang (24); on today's map it reads the Bắc Ninh of today (24), which took it over.
    const now = await read('24', today());
    const old = await read('24', '2025-06-30');
    const chu = now.rows.find((r: { district: { code: string } }) => r.district.code === '07525');
    expect(chu.actual).toBeGreaterThanOrEqual(45_000_000);

    const page = await open(officerContext, '/so-sanh-huyen?province=24&year=2026&metric=disbursed_vnd&map=today');
    const own = page.locator('#comparison-table tr.own-unit');
    expect(await own.count()).toBe(1);
    expect(text(await own.locator('th').textContent())).toContain('Chũ');
    expect(text(await own.textContent())).toContain('Đơn vị của bạn');
    expect(text(await page.locator('[data-field="province-value"]').textContent())).toBe(text(formatValue(now.provinceValue, 'vnd', 'vi')));
    expect(await page.locator('#comparison-table tbody tr').count()).toBe(now.rows.length);

    await page.getByLabel('Đơn vị trước 01/07/2025').check();
    await settled(page);
    expect(page.url()).toContain('map=old');
    await expect.poll(async () => page.locator('#comparison-table tbody tr').count()).toBe(old.rows.length);
    expect(text(await page.locator('#comparison-table thead').textContent())).toContain('Huyện');
    expect(text(await page.locator('[data-field="province-value"]').textContent())).toBe(text(formatValue(old.provinceValue, 'vnd', 'vi')));
    expect(await page.locator('#comparison-table tr.own-unit').count()).toBe(0);

    await page.getByLabel('Như khi ghi nhận').check();
    await settled(page);
    expect(text(await page.locator('[data-field="no-districts"]').textContent())).toContain('Từ 01/07/2025 không còn cấp huyện');
    await page.close();
  });
});
