// The overview in a real browser against the seeded hub: every figure shown is
// the API's, the language switches, the URL reproduces the view, the CSV
// carries the filters, errors offer a retry, it prints, and axe finds no
// serious or critical violation. Timings go to test-results/dashboard/metrics.json.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { formatDate } from '../../dashboard/src/lib/date.ts';
import { formatRatio, formatTarget, formatValue, formatVnd, sumVnd } from '../../dashboard/src/lib/format.ts';
import { STATUS_LABELS } from '../../dashboard/src/lib/i18n.ts';
import { launch, screenshot, seriousViolations, settled, startDashboardHub, text, type Browsing, type DashboardHub } from './support/dashboard.ts';

const PLANS = `query ($p: String!) { plans(first: 100, filter: { provinceCode: $p, unitsAsOf: "2025-06-30" }, orderBy: [{ field: YEAR, direction: DESC }, { field: KEY }]) {
  edges { node { id key year title periodEnd issuer { code } budgetAllocations { source amount } } } } }`;
const PROGRESS = `query ($id: Int!, $asOf: LocalDate) { targetProgress(planId: $id, asOf: $asOf) {
  targets { target { key } unit actual targetMin targetMax ratio forecast status districts { target { scopeUnit { name } } actual } }
  milestones { milestone { key title } status } } }`;
const ALERTS = `query ($u: String!, $asOf: LocalDate) { alerts(unitCode: $u, asOf: $asOf) { kind severity messageVi messageEn } }`;

let hub: DashboardHub;
let web: Browsing;
let plan: {
  id: number;
  key: string;
  year: number;
  title: string;
  periodEnd: string;
  issuer: { code: string };
  budgetAllocations: { source: string; amount: string | null }[];
};

beforeAll(async () => {
  hub = await startDashboardHub();
  web = await launch(hub);
  const plans = await hub.api(PLANS, { p: '24' });
  plan = plans.plans.edges[0].node;
});

/** Per-district tables whose right edge passes their card's content box (none, when they fit). */
function districtTableOverflow(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.target-districts[open]')].flatMap((d) => {
      const card = d.closest('.target-card') as HTMLElement;
      const table = d.querySelector('table') as HTMLElement;
      const right = card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).borderRightWidth) - parseFloat(getComputedStyle(card).paddingRight);
      const over = Math.max(table.getBoundingClientRect().right - right, table.scrollWidth - table.clientWidth);
      return over > 0.5 ? [`${card.dataset.targetKey}: ${over.toFixed(1)} px`] : [];
    }),
  );
}

describe('Tổng quan (overview)', () => {
  it('asks for a sign-in when there is no session, then shows the overview', async () => {
    const context = await web.browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${hub.url}/`);
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill(hub.credentials.username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(hub.credentials.password);
    await screenshot(page, 'login', false);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.locator('.target-card').first().waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('ocop.token'))).toBeTruthy();
    await context.close();
  });

  it("opens on the province's latest plan at its period end and shows the API's figures", async () => {
    expect(plan.key).toBe('bac-giang-2024');
    const asOf = plan.periodEnd; // in the past on this machine's clock
    const progress = (await hub.api(PROGRESS, { id: plan.id, asOf })).targetProgress;
    const page = await web.newPage();
    await page.goto(`${hub.url}/`);
    await page.locator('.target-card').first().waitFor();
    await settled(page);

    expect(text(await page.locator('[data-field="asOf"]').textContent())).toBe(formatDate(asOf, 'vi'));
    const cards = page.locator('.target-card');
    expect(await cards.count()).toBe(progress.targets.length);
    for (const t of progress.targets) {
      const card = page.locator(`.target-card[data-target-key="${t.target.key}"]`);
      expect(text(await card.locator('[data-field="actual"]').textContent()), t.target.key).toBe(text(formatValue(t.actual, t.unit, 'vi')));
      expect(text(await card.locator('[data-field="target"]').textContent()), t.target.key).toBe(text(formatTarget(t.targetMin, t.targetMax, t.unit, 'vi')));
      const forecast = card.locator('[data-field="forecast"]');
      if (t.forecast === null) expect(await forecast.count(), t.target.key).toBe(0);
      else expect(text(await forecast.textContent()), t.target.key).toBe(text(formatValue(t.forecast, t.unit, 'vi')));
      // Status in words and icon, not only colour.
      const badge = card.locator(`.target-card-header [data-status="${t.status}"]`);
      expect(text(await badge.textContent())).toContain(STATUS_LABELS[t.status].vi);
      if (t.districts.length) {
        await card.locator('.target-districts summary').click();
        expect(await card.locator('.target-districts tbody tr').count()).toBe(t.districts.length);
      }
    }

    // Budget total from the plan's own lines: 20.967.000.000 ₫ for Bắc Giang 2024.
    const total = sumVnd(plan.budgetAllocations.map((b) => b.amount));
    expect(total).toBe('20967000000');
    expect(text(await page.locator('[data-field="budget-total"]').textContent())).toBe(text(formatVnd(total, 'vi')));
    expect(text(await page.locator('[data-field="budget-total"]').textContent())).toBe('20.967.000.000 ₫');

    const alerts = (await hub.api(ALERTS, { u: plan.issuer.code, asOf })).alerts;
    expect(await page.locator('#alerts .alert').count()).toBe(alerts.length);
    for (const a of alerts) expect(text(await page.locator('#alerts').textContent())).toContain(text(a.messageVi));

    expect(await page.locator('#milestones .timeline-item').count()).toBe(progress.milestones.length);
    await screenshot(page, 'overview-vi');

    // The per-district tables fit their cards, on a wide screen and on a phone.
    expect(await page.locator('.target-districts[open] table').count()).toBeGreaterThan(0);
    expect(await districtTableOverflow(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    expect(await districtTableOverflow(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'overview-narrow');
    await page.close();
  });

  it('switches to English and back, keeping the view in the URL', async () => {
    const page = await web.newPage();
    await page.goto(`${hub.url}/?province=24`);
    await page.locator('.target-card').first().waitFor();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(page.url()).toContain('lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(text(await page.locator('[data-field="asOf"]').textContent())).toBe(formatDate(plan.periodEnd, 'en'));
    expect(text(await page.locator('#targets h2').textContent())).toBe('Plan targets');
    const status = await page.locator('.target-card-header [data-status]').first().getAttribute('data-status');
    expect(text(await page.locator('.target-card-header [data-status]').first().textContent())).toContain(STATUS_LABELS[status!].en);
    await settled(page);
    await screenshot(page, 'overview-en');

    // The link alone reproduces the view.
    const copy = await web.newPage();
    await copy.goto(page.url());
    await copy.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await copy.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await copy.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
    expect(copy.url()).not.toContain('lang=');
    await page.close();
    await copy.close();
  });

  it('reproduces another province, plan and date from a link', async () => {
    const plans = (await hub.api(PLANS, { p: '60' })).plans.edges.map((e: { node: typeof plan }) => e.node);
    const p = plans[0];
    const page = await web.newPage();
    await page.goto(`${hub.url}/?province=60&plan=${p.id}&asOf=2024-06-30`);
    await page.locator('.target-card').first().waitFor();
    await settled(page);
    expect(await page.getByLabel('Tỉnh', { exact: true }).inputValue()).toBe('60');
    expect(await page.getByLabel('Kế hoạch', { exact: true }).inputValue()).toBe(String(p.id));
    expect(await page.getByLabel('Số liệu tại ngày', { exact: true }).inputValue()).toBe('30/06/2024');
    const progress = (await hub.api(PROGRESS, { id: p.id, asOf: '2024-06-30' })).targetProgress;
    expect(await page.locator('.target-card').count()).toBe(progress.targets.length);
    for (const t of progress.targets) {
      const card = page.locator(`.target-card[data-target-key="${t.target.key}"]`);
      expect(text(await card.locator('[data-field="actual"]').textContent()), t.target.key).toBe(text(formatValue(t.actual, t.unit, 'vi')));
    }

    // Typing a date changes the URL; an impossible one is explained, not applied.
    const date = page.getByLabel('Số liệu tại ngày', { exact: true });
    await date.fill('31/02/2024');
    await date.press('Enter');
    await page.getByText('Ngày không hợp lệ').waitFor();
    expect(page.url()).toContain('asOf=2024-06-30');
    await date.fill('30/09/2024');
    await date.press('Enter');
    await page.waitForURL(/asOf=2024-09-30/);
    await page.close();
  });

  it('downloads the targets as CSV with the filters and as-of date written in, as the screen shows them, the codes below', async () => {
    const progress = (await hub.api(PROGRESS, { id: plan.id, asOf: plan.periodEnd })).targetProgress;
    const page = await web.newPage();
    await page.goto(`${hub.url}/?province=24`);
    await page.locator('.target-card').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#targets .panel-actions button[data-format="csv"]').click()]);
    const file = await download.path();
    const csv = fs.readFileSync(file, 'utf8');
    fs.copyFileSync(file, `${process.cwd()}/test-results/dashboard/${download.suggestedFilename()}`);
    expect(download.suggestedFilename()).toBe(`ocop_chi-tieu-cua-ke-hoach_${plan.periodEnd}.csv`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows: string[][] = parseCsv(csv, { bom: true, relax_column_count: true });
    const meta = new Map(rows.filter((r) => r.length === 2).map((r) => [r[0], r[1]]));
    expect(meta.get('Tỉnh')).toBe('Bắc Giang (24)');
    expect(meta.get('Kế hoạch')).toBe(plan.title);
    expect(meta.get('Số liệu tại ngày')).toBe(formatDate(plan.periodEnd, 'vi'));
    // The table as shown: Vietnamese headers, status labels, percentages; no internal key or code.
    const shownHeader = rows.findIndex((r) => r[0] === 'Chỉ số');
    const codesTitle = rows.findIndex((r) => r[0] === 'Mã dữ liệu cho phân tích');
    expect(rows[shownHeader]).toEqual([
      'Chỉ số',
      'Phạm vi',
      'Huyện',
      'Hạn',
      'Thực hiện',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Tỷ lệ đạt',
      'Dự báo đến hạn',
      'Trạng thái',
      'Phê duyệt',
    ]);
    const shown = rows.slice(shownHeader + 1, codesTitle - 1).filter((r) => r[2] === '');
    expect(shown).toHaveLength(progress.targets.length);
    for (const [i, t] of progress.targets.entries()) {
      expect(shown[i][9]).toBe(STATUS_LABELS[t.status].vi);
      expect(shown[i][7]).toBe(formatRatio(t.ratio, 'vi', 1));
    }
    const shownText = JSON.stringify(rows.slice(shownHeader, codesTitle));
    for (const t of progress.targets) expect(shownText).not.toContain(t.target.key);
    // The codes for analysts: keys, raw figures, status codes.
    expect(rows[codesTitle + 1][0]).toBe('key');
    const data = rows.slice(codesTitle + 2).filter((r) => r.length > 1 && r[4] === '');
    expect(data.map((r) => r[0])).toEqual(progress.targets.map((t: { target: { key: string } }) => t.target.key));
    for (const t of progress.targets) {
      const row = data.find((r) => r[0] === t.target.key)!;
      expect(row[6] === '' ? null : Number(row[6])).toBe(t.actual);
      expect(Number(row[7])).toBe(t.targetMin);
      expect(row[12]).toBe(t.status);
    }
    await page.close();
  });

  it('shows an error with a retry when a request fails, and recovers', async () => {
    const page = await web.newPage();
    let fail = true;
    await page.route('**/graphql', async (route) => {
      if (fail && route.request().postData()?.includes('DashboardAlerts')) await route.abort('failed');
      else await route.continue();
    });
    await page.goto(`${hub.url}/?province=24`);
    const alerts = page.locator('#alerts');
    await alerts.getByRole('alert').waitFor();
    expect(text(await alerts.getByRole('alert').textContent())).toContain('Không kết nối được máy chủ');
    await screenshot(page, 'overview-error', false);
    fail = false;
    await alerts.getByRole('button', { name: 'Thử lại' }).click();
    await alerts.locator('.alert-list, .panel-empty').first().waitFor();
    await page.close();
  });

  it('prints without the controls', async () => {
    const page = await web.newPage();
    await page.goto(`${hub.url}/?province=24`);
    await page.locator('.target-card').first().waitFor();
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filter-bar').isVisible()).toBe(false);
    expect(await page.locator('.app-nav').isVisible()).toBe(false);
    expect(await page.locator('.target-card').first().isVisible()).toBe(true);
    await screenshot(page, 'overview-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(`${process.cwd()}/test-results/dashboard/overview.pdf`, pdf);
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('has no serious or critical accessibility violation, and works from the keyboard', async () => {
    const page = await web.newPage();
    await page.goto(`${hub.url}/?province=24`);
    await page.locator('.target-card').first().waitFor();
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    // First Tab reaches the skip link, which is visible when focused.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    expect(await page.locator('.skip-link').boundingBox()).not.toBeNull();
    // Tabbing onwards reaches the screens, the language switch and the filters.
    const reached = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.trim().slice(0, 20) ?? ''}`));
    }
    expect([...reached].some((r) => r.startsWith('A:So sánh huyện'))).toBe(true);
    expect([...reached].some((r) => r.startsWith('SELECT'))).toBe(true);
    // The charts carry labels.
    expect(await page.locator('.sparkline[role="img"][aria-label]').count()).toBeGreaterThan(0);
    expect(web.external).toEqual([]);
    expect(web.pageErrors).toEqual([]);
    await page.close();
  });
});
