// Báo cáo định kỳ in a real browser against the seeded hub, as the provincial
// administrator of Bắc Giang: the Bắc Giang 2024 yearly report previews with
// the figures the API computes; the officer's difficulties and proposals are
// saved and come back in the preview; both files download and carry them. In
// English the screen's words switch and the document stays Vietnamese. An
// analyst sees the report but cannot save.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/user.entity.ts';
import { readDocx, readPdf } from '../support/report-files.ts';
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

const KPIS = `query { kpis(unitCode: "24", year: 2024, asOf: "2024-12-14") { target { key } actual ratio } }`;
const DRAFT = `query { periodicReport(unitCode: "24", period: year, year: 2024) { draft { version difficulties proposals } } }`;
const REPORT_PATH = '/bao-cao?province=24&year=2024';

let hub: DashboardHub;
let web: Browsing;
let admin: SignedInUser;
let adminContext: BrowserContext;
let cumulative: { actual: number; ratio: number };

const vi = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${hub.url}${url}`);
  await page.locator('.doc-paper').waitFor({ timeout: 30_000 });
  await settled(page, 30_000);
  return page;
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`button[name="${button}"]`)]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-report-')), download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

beforeAll(async () => {
  hub = await startDashboardHub();
  web = await launch(hub);
  admin = await hub.addUser({
    username: 'report-province-admin',
    password: 'report-admin-password',
    role: Role.province_admin,
    unitCode: '24',
    displayName: 'Quản trị Bắc Giang',
  });
  adminContext = await web.contextAs(admin.token);
  const { kpis } = await admin.api(KPIS);
  cumulative = kpis.find((k: { target: { key: string } }) => k.target.key === 'bg2024-cumulative-3star');
});

describe('the report screen', () => {
  it('previews the yearly report with the figures of the progress API, in the layout of Decree 30', async () => {
    const page = await open(adminContext, REPORT_PATH);
    const paper = text(await page.locator('.doc-paper').textContent());
    expect(paper).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paper).toContain('TỈNH BẮC GIANG');
    expect(paper).toContain(
      `Lũy kế đến ngày 14/12/2024, toàn tỉnh có ${vi(cumulative.actual)} sản phẩm đạt từ 3 sao trở lên, đạt ${vi(cumulative.ratio * 100)}% kế hoạch năm (350 sản phẩm)`,
    );
    expect(paper).toContain('20.967.000.000 đồng (Hai mươi tỷ, chín trăm sáu mươi bảy triệu đồng)');
    expect(text(await page.locator('[data-field="window"]').textContent())).toBe(
      'Thời gian chốt số liệu: từ 15/12/2023 đến 14/12/2024. Số liệu tại ngày 14/12/2024.',
    );
    expect(await page.locator('.doc-chart img').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'report-vi');
    await page.close();
  });

  it('saves the officer’s difficulties and proposals, shows them in the preview and puts them in both files', async () => {
    const page = await open(adminContext, REPORT_PATH);
    const difficulties = 'Một số huyện chậm hoàn thiện hồ sơ sản phẩm mới.';
    const proposals = 'Đề nghị bổ sung kinh phí xúc tiến thương mại năm 2025.';
    await page.fill('textarea[name="difficulties"]', difficulties);
    await page.fill('textarea[name="proposals"]', proposals);
    await page.fill('input[name="documentNumber"]', '415');
    await page.click('form.doc-draft button[type="submit"]');
    await expect.poll(async () => text(await page.locator('[data-field="draft-status"]').textContent())).toBe('Đã lưu (phiên bản 1).');
    expect((await admin.api(DRAFT)).periodicReport.draft).toEqual({ version: 1, difficulties, proposals });
    await expect.poll(async () => text(await page.locator('.doc-paper [data-section="difficulties"]').textContent())).toContain(difficulties);
    expect(text(await page.locator('.doc-issuer').textContent())).toContain('Số: 415/BC-UBND');

    const docx = await downloaded(page, 'download-docx');
    expect(docx.name).toBe('Bao-cao-OCOP-tinh-Bac-Giang-nam-2024.docx');
    const word = await readDocx(docx.bytes);
    expect(word.messages).toEqual([]);
    for (const t of [difficulties, proposals, 'Số: 415/BC-UBND']) expect(text(word.text)).toContain(t);
    expect(text(await page.locator('[data-field="download-status"]').textContent())).toMatch(/^Đã tải Bao-cao-OCOP-tinh-Bac-Giang-nam-2024\.docx/);

    const pdf = await downloaded(page, 'download-pdf');
    expect(pdf.name).toBe('Bao-cao-OCOP-tinh-Bac-Giang-nam-2024.pdf');
    const read = await readPdf(pdf.bytes);
    for (const t of [difficulties, proposals, 'Số: 415/BC-UBND']) expect(read.text).toContain(t);
    await screenshot(page, 'report-saved');
    await page.close();
  });

  it('speaks English around a document that stays Vietnamese', async () => {
    const page = await open(adminContext, `${REPORT_PATH}&lang=en`);
    expect(text(await page.locator('h1').textContent())).toBe('Report');
    expect(text(await page.locator('#report-download-title').textContent())).toBe('Download the report');
    expect(await page.locator('.doc-paper').getAttribute('lang')).toBe('vi');
    expect(text(await page.locator('.doc-paper').textContent())).toContain('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH');
    await page.close();
  });

  it('switches to a quarter and a district from the filters', async () => {
    const page = await open(adminContext, `${REPORT_PATH}&period=quarter&month=6&district=219`);
    expect(text(await page.locator('[data-field="window"]').textContent())).toBe(
      'Thời gian chốt số liệu: từ 15/03/2024 đến 14/06/2024. Số liệu tại ngày 14/06/2024.',
    );
    expect(text(await page.locator('.doc-issuer').textContent())).toContain('HUYỆN LỤC NGẠN');
    expect(text(await page.locator('.doc-summary').textContent())).toBe('Kết quả thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) quý II năm 2024');
    await page.close();
  });

  it('lets an analyst read the report but not save its text', async () => {
    const page = await open(web.context, REPORT_PATH);
    expect(await page.locator('textarea[name="difficulties"]').isDisabled()).toBe(true);
    expect(await page.locator('form.doc-draft button[type="submit"]').isDisabled()).toBe(true);
    // Reading and downloading stay open to every role.
    expect(await page.locator('button[name="download-pdf"]').isDisabled()).toBe(false);
    expect(text(await page.locator('form.doc-draft .notice').textContent())).toContain('chỉ được xem');
    expect(web.external).toEqual([]);
    expect(web.pageErrors).toEqual([]);
    await page.close();
  });
});
