// Nhập liệu (data entry) in a real browser against the seeded hub, as a
// provincial administrator of Bắc Giang: a malformed file's dry run lists
// every problem by row and column as the API reports it; a valid file is
// written and its counts shown; a disbursement recorded through the form is
// the API's; the server's field errors appear next to their fields, FORBIDDEN
// and CONFLICT plainly. An analyst sees the screen explained and disabled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { Role } from '../../server/auth/user.entity.ts';
import { formatVnd } from '../../dashboard/src/lib/format.ts';
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

const FIXTURES = path.join(ROOT_DIR, 'test', 'fixtures', 'imports');
const IMPORT = `mutation ($kind: ImportKind!, $format: ImportFormat!, $file: String!, $dryRun: Boolean!) {
  importData(kind: $kind, format: $format, fileBase64: $file, dryRun: $dryRun) { rows created updated unchanged problems { row column message } } }`;
const UNIT = `query ($code: String!) { adminUnit(code: $code, asOf: "2024-06-30") { id } }`;

let hub: DashboardHub;
let web: Browsing;
let admin: SignedInUser;
let adminContext: BrowserContext;
let allocationId: number;
let chuId: number;

beforeAll(async () => {
  hub = await startDashboardHub();
  web = await launch(hub);
  admin = await hub.addUser({
    username: 'dashboard-province-admin',
    password: 'dashboard-admin-password',
    role: Role.province_admin,
    unitCode: '24',
    displayName: 'Quản trị Bắc Giang',
  });
  adminContext = await web.contextAs(admin.token);
  // What the example files refer to: two subjects in Thị trấn Chũ, and an allocation to Lục Ngạn.
  chuId = (await admin.api(UNIT, { code: '07525' })).adminUnit.id;
  const lucNgan = (await admin.api(UNIT, { code: '219' })).adminUnit.id;
  for (const code of ['CT-NK-01', 'CT-NK-02']) {
    await admin.api('mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }', {
      input: { code, name: `HTX ${code}`, type: 'cooperative', unitId: chuId, registeredOn: '2020-01-01' },
    });
  }
  allocationId = (
    await admin.api('mutation ($input: BudgetAllocationInput!) { createBudgetAllocation(input: $input) { id } }', {
      input: { year: 2024, source: 'district', amount: '500000000', recipientUnitId: lucNgan, activity: 'Hỗ trợ OCOP 2024 (kiểm thử nhập liệu)' },
    })
  ).createBudgetAllocation.id;
});

async function openEntry(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${hub.url}/nhap-lieu${query}`);
  await page.locator('#entry-account .entry-intro').waitFor();
  await settled(page);
  return page;
}

async function dryRunThroughApi(kind: string, file: string, format = 'CSV') {
  const content = fs.readFileSync(path.join(FIXTURES, file)).toString('base64');
  return (await admin.api(IMPORT, { kind, format, file: content, dryRun: true })).importData;
}

async function runImport(page: Page, kind: string, file: string, action: 'dry-run' | 'write') {
  if (action === 'dry-run') {
    await page.getByLabel('Loại dữ liệu').selectOption(kind);
    await page.locator('#import input[type="file"]').setInputFiles(path.join(FIXTURES, file));
  }
  await page.locator(`#import button[data-action="${action}"]`).click();
  await page.locator('#import-report').waitFor();
  await page.locator('#import[aria-busy="false"]').waitFor();
}

const figure = async (page: Page, field: string) => Number(text(await page.locator(`#import-report [data-field="${field}"]`).textContent()).replace(/\./g, ''));

describe('Nhập liệu (data entry) as a provincial administrator', () => {
  it('is linked from the navigation and says who is signed in', async () => {
    const page = await adminContext.newPage();
    await page.goto(`${hub.url}/?province=24`);
    await page.getByRole('link', { name: 'Nhập liệu' }).click();
    await page.waitForURL(/\/nhap-lieu$/);
    await page.locator('#entry-account [data-field="account"]').waitFor();
    expect(text(await page.locator('#entry-account [data-field="account"]').textContent())).toBe(
      'Tài khoản: Quản trị Bắc Giang · Quản trị tỉnh · Tỉnh Bắc Giang',
    );
    expect(await page.locator('#entry-read-only').count()).toBe(0);
    expect(await page.title()).toBe('Nhập liệu – OCOP');
    await page.close();
  });

  it("lists a malformed file's problems by row and column, as the API reports them, and writes nothing", async () => {
    const api = await dryRunThroughApi('products', 'products-malformed.csv');
    expect(api.problems.length).toBeGreaterThan(5);
    const page = await openEntry(adminContext);
    await runImport(page, 'products', 'products-malformed.csv', 'dry-run');
    expect(text(await page.locator('#import-report .panel-title').textContent())).toBe('Kết quả chạy thử');
    expect(await figure(page, 'rows')).toBe(api.rows);
    expect(await figure(page, 'created')).toBe(api.created);
    expect(await figure(page, 'problems')).toBe(api.problems.length);
    expect(text(await page.locator('#import-report [data-field="verdict"]').textContent())).toContain(`Có ${api.problems.length} lỗi. Chưa ghi gì`);
    const rows = page.locator('#import-report tbody tr');
    expect(await rows.count()).toBe(api.problems.length);
    for (const [i, p] of api.problems.entries()) {
      const row = rows.nth(i);
      expect(text(await row.locator('th').textContent())).toBe(String(p.row));
      expect(text(await row.locator('td[data-col="column"]').textContent())).toBe(p.column ?? '(cả dòng)');
      expect(text(await row.locator('td[data-col="message"]').textContent())).toBe(text(p.message));
      // In the Vietnamese UI the server words each problem in Vietnamese (quoted cells aside).
      expect(text(p.message).replace(/"[^"]*"/g, ''), p.message).not.toMatch(/\b(the|is|not|no|of|must|required|repeats|may|you|your)\b/i);
    }
    // The headers of the table say what they hold.
    expect((await page.locator('#import-report thead th').allTextContents()).map(text)).toEqual(['Dòng▲', 'Cột↕', 'Lỗi (nguyên văn máy chủ)']);
    await expect.poll(() => page.locator('#import button[data-action="write"]').isDisabled()).toBe(true);
    await screenshot(page, 'entry-dry-run');
    expect(await seriousViolations(page)).toEqual([]);
    const written = (await admin.api(`{ products(first: 0, filter: { search: "NK-BAD" }) { totalCount } }`)).products;
    expect(written.totalCount).toBe(0);
    await page.close();
  });

  it('checks a valid file, then writes it and shows the created count', async () => {
    const api = await dryRunThroughApi('products', 'products.csv');
    expect(api.problems).toEqual([]);
    const page = await openEntry(adminContext);
    await runImport(page, 'products', 'products.csv', 'dry-run');
    expect(text(await page.locator('#import-report [data-field="verdict"]').textContent())).toContain('Không có lỗi');
    expect(await figure(page, 'created')).toBe(api.created);
    expect(await page.locator('#import-report tbody tr').count()).toBe(0);
    await runImport(page, 'products', 'products.csv', 'write');
    expect(text(await page.locator('#import-report .panel-title').textContent())).toBe('Kết quả ghi dữ liệu');
    expect(await figure(page, 'created')).toBe(3);
    expect(text(await page.locator('#import-report [data-field="verdict"]').textContent())).toMatch(
      /^✓ Đã ghi dữ liệu: 3 dòng tạo mới, 0 dòng cập nhật, 0 dòng không đổi \(lô nhập số \d+\)\.$/,
    );
    // Written once: the button waits for a new dry run.
    expect(await page.locator('#import button[data-action="write"]').isDisabled()).toBe(true);
    const products = (await admin.api(`{ products(first: 10, filter: { search: "NK-SP" }, orderBy: [{ field: CODE }]) { edges { node { code name } } } }`))
      .products;
    expect(products.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(['NK-SP-01', 'NK-SP-02', 'NK-SP-03']);
    await screenshot(page, 'entry-import-written');

    // An XLSX file of another kind goes through the same dry run.
    const xlsx = await dryRunThroughApi('training_classes', 'training-classes.xlsx', 'XLSX');
    await runImport(page, 'training_classes', 'training-classes.xlsx', 'dry-run');
    expect(await figure(page, 'rows')).toBe(xlsx.rows);
    expect(await figure(page, 'created')).toBe(xlsx.created);
    expect(await figure(page, 'problems')).toBe(xlsx.problems.length);
    await page.close();
  });

  it("lists each kind's columns as the importer reads them, and gives a template the importer reads back", async () => {
    const kinds = (await admin.api('{ importKinds { kind columns { header { vi } required } } }')).importKinds as {
      kind: string;
      columns: { header: { vi: string }; required: boolean }[];
    }[];
    const sentence = (kind: string) => {
      const columns = kinds.find((k) => k.kind === kind)!.columns;
      const headers = (required: boolean) =>
        columns
          .filter((c) => c.required === required)
          .map((c) => c.header.vi)
          .join(', ');
      return `Cột bắt buộc: ${headers(true)}. Cột không bắt buộc: ${headers(false)}.`;
    };
    const page = await openEntry(adminContext);
    const columns = page.locator('#import [data-field="columns"]');
    await expect.poll(async () => text(await columns.textContent())).toBe(sentence('products'));
    await page.getByLabel('Loại dữ liệu').selectOption('evaluations');
    await expect.poll(async () => text(await columns.textContent())).toBe(sentence('evaluations'));
    await page.locator('#import .import-column-table summary').click();
    expect(await page.locator('#import .import-column-table tbody tr').count()).toBe(kinds.find((k) => k.kind === 'evaluations')!.columns.length);
    expect(text(await page.locator('#import .import-column-table tbody tr').first().textContent())).toContain('Mã sản phẩm');

    await page.getByLabel('Loại dữ liệu').selectOption('products');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#import button[data-template="XLSX"]').click()]);
    expect(download.suggestedFilename()).toBe('mau-nhap-san-pham.xlsx');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-template-'));
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.locator('#import input[type="file"]').setInputFiles(file);
    await page.locator('#import button[data-action="dry-run"]').click();
    await page.locator('#import-report').waitFor();
    await page.locator('#import[aria-busy="false"]').waitFor();
    // The browser reads the file when the page does, so it goes only now.
    fs.rmSync(dir, { recursive: true });
    // The example row is read whole; only its made-up subject code is refused.
    expect(await figure(page, 'rows')).toBe(1);
    const problem = page.locator('#import-report tbody tr');
    expect(await problem.count()).toBe(1);
    expect(text(await problem.locator('th').textContent())).toBe('2');
    expect(text(await problem.locator('td[data-col="column"]').textContent())).toBe('Mã chủ thể');
    expect(text(await problem.locator('td[data-col="message"]').textContent())).toBe('không có chủ thể nào mang mã "CT-24-VD01"');
    await screenshot(page, 'entry-template');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('records a disbursement through the form, as the API then reports it', async () => {
    const page = await openEntry(adminContext);
    const form = page.locator('#disbursement');
    await form.getByLabel('Phân bổ ngân sách').selectOption(String(allocationId));
    expect(text(await form.locator('[data-field="allocationId"] .field-hint').textContent())).toBe(
      `Còn lại ${text(formatVnd('500000000', 'vi'))} trên ${text(formatVnd('500000000', 'vi'))} (đã giải ngân ${text(formatVnd('0', 'vi'))}).`,
    );
    await form.getByLabel('Ngày giải ngân').fill('05/03/2024');
    await form.getByLabel('Số tiền (đồng)').fill('120000000');
    await form.getByLabel('Số tiền (đồng)').blur();
    // Typed digits are grouped the Vietnamese way.
    expect(await form.getByLabel('Số tiền (đồng)').inputValue()).toBe('120.000.000');
    await form.getByLabel('Nội dung chi').fill('Hỗ trợ thiết kế bao bì');
    await form.locator(`select[name="unitId"] option[value="${chuId}"]`).waitFor({ state: 'attached' });
    await form.getByLabel('Đơn vị nhận').selectOption(String(chuId));
    await form.getByRole('button', { name: 'Ghi khoản giải ngân' }).click();
    await form.locator('[data-field="saved"]').waitFor();

    const paid = (
      await admin.api(
        `query ($a: Int!) { disbursements(first: 10, filter: { allocationId: $a }) { edges { node { id amount disbursedOn activity unit { code } } } } }`,
        { a: allocationId },
      )
    ).disbursements.edges.map((e: { node: unknown }) => e.node);
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({ amount: '120000000', disbursedOn: '2024-03-05', activity: 'Hỗ trợ thiết kế bao bì', unit: { code: '07525' } });
    expect(text(await form.locator('[data-field="saved"]').textContent())).toBe(
      `✓ Đã ghi khoản giải ngân số ${paid[0].id}: ${text(formatVnd(paid[0].amount, 'vi'))} ngày 05/03/2024, đơn vị nhận Thị trấn Chũ.`,
    );
    // The allocation's remainder is read again.
    await expect
      .poll(async () => text(await form.locator('[data-field="allocationId"] .field-hint').textContent()))
      .toContain(`Còn lại ${text(formatVnd('380000000', 'vi'))}`);
    await page.close();
  });

  it("shows a bad amount's error next to the field: the form's own, and the server's", async () => {
    const disbursements = async () =>
      (await admin.api(`query ($a: Int!) { disbursements(first: 0, filter: { allocationId: $a }) { totalCount } }`, { a: allocationId })).disbursements
        .totalCount;
    const before = await disbursements();
    const page = await openEntry(adminContext);
    const form = page.locator('#disbursement');
    let sent = 0;
    page.on('request', (r) => r.postData()?.includes('DashboardCreateDisbursement') && sent++);
    await form.getByLabel('Phân bổ ngân sách').selectOption(String(allocationId));
    await form.getByLabel('Ngày giải ngân').fill('12/04/2024');
    await form.getByLabel('Nội dung chi').fill('Tập huấn chủ thể');

    // Not a whole number of đồng: explained before anything is sent.
    await form.getByLabel('Số tiền (đồng)').fill('12,5');
    await form.getByRole('button', { name: 'Ghi khoản giải ngân' }).click();
    expect(text(await form.locator('[data-error-for="amount"]').textContent())).toBe('Số tiền không hợp lệ: nhập số đồng nguyên, ví dụ 120.000.000.');
    expect(await form.getByLabel('Số tiền (đồng)').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toBe(0);

    // More than the whole allocation, so more than remains: the server's BAD_USER_INPUT, on the amount.
    const input = {
      allocationId,
      disbursedOn: '2024-04-12',
      amount: '500000001',
      activity: 'Tập huấn chủ thể',
      unitId: (await admin.api(UNIT, { code: '219' })).adminUnit.id,
    };
    const refused = await admin.raw('mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id } }', { input });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const message = (refused.errors![0].extensions!.fields as { field: string; message: string }[]).find((f) => f.field === 'input.amount')!.message;
    // The API answers in Vietnamese by default, as the dashboard's Vietnamese view asks.
    expect(message).toMatch(/^vượt quá số còn lại của khoản phân bổ/);
    await form.getByLabel('Số tiền (đồng)').fill('500.000.001');
    await form.getByRole('button', { name: 'Ghi khoản giải ngân' }).click();
    await form.locator('[data-error-for="amount"]', { hasText: 'vượt quá' }).waitFor();
    expect(text(await form.locator('[data-error-for="amount"]').textContent())).toBe(text(message));
    expect(sent).toBe(1);
    expect(await form.locator('[data-field="disbursedOn"] .field-error').count()).toBe(0);
    expect(text(await form.getByRole('alert').last().textContent())).toBe('Máy chủ chưa nhận khoản giải ngân: xem các ô được đánh dấu.');
    await screenshot(page, 'entry-disbursement-error');
    expect(await seriousViolations(page)).toEqual([]);

    // FORBIDDEN and CONFLICT are told plainly, with the server's words.
    for (const [code, words] of [
      ['FORBIDDEN', 'Không có quyền: '],
      ['CONFLICT', 'Dữ liệu vừa bị người khác thay đổi: '],
    ] as const) {
      await page.route('**/graphql', async (route) => {
        if (!route.request().postData()?.includes('DashboardCreateDisbursement')) return route.continue();
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ data: null, errors: [{ message: `${code} from the hub`, extensions: { code } }] }),
        });
      });
      await form.getByLabel('Số tiền (đồng)').fill('1.000.000');
      await form.getByRole('button', { name: 'Ghi khoản giải ngân' }).click();
      await form.locator('[data-field="form-error"]').waitFor();
      expect(text(await form.locator('[data-field="form-error"]').textContent())).toBe(`${words}${code} from the hub`);
      await page.unroute('**/graphql');
    }
    // Nothing was written.
    expect(await disbursements()).toBe(before);
    await page.close();
  });
});

describe('Nhập liệu as an analyst', () => {
  it('explains the screen and disables it', async () => {
    const page = await openEntry(web.context, '?province=24');
    await page.locator('#disbursement form').waitFor();
    expect(text(await page.locator('#entry-read-only').textContent())).toContain('Tài khoản chỉ được xem.');
    expect(await page.locator('#import fieldset').evaluate((f) => (f as HTMLFieldSetElement).disabled)).toBe(true);
    expect(await page.locator('#disbursement fieldset').evaluate((f) => (f as HTMLFieldSetElement).disabled)).toBe(true);
    expect(await page.getByLabel('Tệp (CSV hoặc XLSX)').isDisabled()).toBe(true);
    expect(await page.locator('#import button[data-action="dry-run"]').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Ghi khoản giải ngân' }).isDisabled()).toBe(true);
    await screenshot(page, 'entry-analyst');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(text(await page.locator('h1.page-title').textContent())).toBe('Data entry');
    expect(text(await page.locator('#entry-read-only').textContent())).toContain('Read-only account.');
    expect(text(await page.locator('#import button[data-action="write"]').textContent())).toBe('Write the data');
    await screenshot(page, 'entry-analyst-en', false);
    await page.close();
  });

  it('loaded nothing from outside and threw no error', () => {
    expect(web.external).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });
});
