// The other screens in a real browser against the seeded hub: district league
// table and drill-down, budget, products (search, pagination, rating history),
// training and promotion, plans, and the GraphQL explorer. Figures are compared
// with what the API returns; each screen passes axe and is photographed.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { formatNumber, formatPercent, formatValue, formatVnd } from '../../dashboard/src/lib/format.ts';
import { ENUM_LABELS } from '../../server/labels/enum-labels.ts';
import { launch, screenshot, seriousViolations, settled, startDashboardHub, text, type Browsing, type DashboardHub } from './support/dashboard.ts';

let hub: DashboardHub;
let web: Browsing;

beforeAll(async () => {
  hub = await startDashboardHub();
  web = await launch(hub);
});

const COMPARISON = `query ($p: String!, $m: String!, $params: JSONObject, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate) {
  districtComparison(provinceCode: $p, metric: $m, params: $params, from: $from, to: $to, asOf: $asOf) {
    provinceValue rows { district { code name } abolished actual target rank perTenCommunes perSubject } } }`;

async function open(path: string) {
  const page = await web.newPage();
  await page.goto(`${hub.url}${path}`);
  await page.locator('main .panel').first().waitFor();
  await settled(page);
  return page;
}

/** A sheet's rows as arrays of cell values (1-based columns dropped). */
function sheetRows(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

/** The panel's XLSX download, read back with exceljs: the first sheet as shown (meta, header, rows), the second the codes. */
async function downloadXlsx(page: Awaited<ReturnType<typeof open>>, panel: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`${panel} > .panel-header .panel-actions button[data-format="xlsx"]`).click()]);
  const file = `${process.cwd()}/test-results/dashboard/${d.suggestedFilename()}`;
  await d.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const [ws, codes] = wb.worksheets;
  const rows = sheetRows(ws);
  const blank = rows.findIndex((r) => !r || r.length === 0 || r.every((c) => c === null || c === undefined));
  const [codesHeader, ...codesData] = sheetRows(codes);
  return {
    name: d.suggestedFilename(),
    sheet: ws,
    meta: new Map(rows.slice(0, blank).map((r) => [String(r[0]), r[1]])),
    header: rows[blank + 1],
    data: rows.slice(blank + 2),
    codes: { name: codes.name, sheet: codes, header: codesHeader, data: codesData },
  };
}

async function download(page: Awaited<ReturnType<typeof open>>, panel: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`${panel} > .panel-header .panel-actions button[data-format="csv"]`).click()]);
  const csv = fs.readFileSync(await d.path(), 'utf8');
  fs.writeFileSync(`${process.cwd()}/test-results/dashboard/${d.suggestedFilename()}`, csv);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = parseCsv(csv, { bom: true, relax_column_count: true });
  // Meta lines, a blank line, the table as shown; a blank line, the codes' title, their header and rows.
  const blanks = rows.flatMap((r, i) => (r.length === 1 && r[0] === '' ? [i] : []));
  const [blank, codes] = [blanks[0], blanks[blanks.length - 1]];
  return {
    meta: new Map(rows.slice(0, blank).map((r) => [r[0], r[1]])),
    header: rows[blank + 1],
    data: rows.slice(blank + 2, codes),
    codes: { title: rows[codes + 1][0], header: rows[codes + 2], data: rows.slice(codes + 3) },
  };
}

describe('So sánh huyện (districts)', () => {
  const vars = { p: '24', m: 'new_certified_products', params: { minStars: 3 }, from: '2024-01-01', to: '2024-12-31', asOf: '2024-12-31' };

  it("ranks every district of the API's comparison, labels abolished ones, sorts, and exports", async () => {
    const c = (await hub.api(COMPARISON, vars)).districtComparison;
    const page = await open('/so-sanh-huyen?province=24&year=2024');
    expect(text(await page.locator('[data-field="province-value"]').textContent())).toBe(formatNumber(c.provinceValue, 'vi', 1));
    const rows = page.locator('#comparison-table tbody tr');
    expect(await rows.count()).toBe(c.rows.length);
    for (const [i, r] of c.rows.entries()) {
      const row = rows.nth(i);
      expect(text(await row.locator('th').textContent())).toContain(r.district.name);
      expect(text(await row.locator('td[data-col="actual"]').textContent())).toBe(formatValue(r.actual, 'count', 'vi'));
      expect(text(await row.locator('td[data-col="rank"]').textContent())).toBe(String(r.rank ?? '—'));
    }
    expect(await page.locator('#comparison-table .tag', { hasText: 'Đã giải thể' }).count()).toBe(
      c.rows.filter((r: { abolished: boolean }) => r.abolished).length,
    );
    await screenshot(page, 'districts');

    await page.locator('#comparison-table thead').getByRole('button', { name: 'Thực hiện' }).click();
    await page.waitForURL(/sort=actual/);
    expect(await page.locator('#comparison-table th[aria-sort="ascending"]').count()).toBe(1);
    const shown = await page.locator('#comparison-table td[data-col="actual"]').allTextContents();
    const sorted = [...c.rows]
      .sort((a: { actual: number }, b: { actual: number }) => a.actual - b.actual)
      .map((r: { actual: number }) => formatValue(r.actual, 'count', 'vi'));
    expect(shown.map(text)).toEqual(sorted);

    const csv = await download(page, '#comparison-table');
    expect(csv.meta.get('Tỉnh')).toBe('Bắc Giang (24)');
    expect(csv.meta.get('Số liệu tại ngày')).toBe('31/12/2024');
    expect(csv.meta.get('Chỉ số')).toContain('new_certified_products');
    expect(csv.data).toHaveLength(c.rows.length);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches the denominator and drills into a district', async () => {
    const c = (await hub.api(COMPARISON, vars)).districtComparison;
    const page = await open('/so-sanh-huyen?province=24&year=2024');
    await page.getByLabel('Trên 10 xã').check();
    await page.waitForURL(/denom=communes/);
    await page.locator('#comparison-chart details summary').click();
    const chartRows = page.locator('#comparison-chart details tbody tr');
    expect(await chartRows.count()).toBe(c.rows.length);
    expect(text(await chartRows.first().locator('td').first().textContent())).toBe(formatNumber(c.rows[0].perTenCommunes, 'vi'));

    const district = c.rows[0].district;
    await page.locator('#comparison-table tbody').getByRole('button', { name: district.name, exact: true }).click();
    await page.waitForURL(new RegExp(`district=${district.code}`));
    const drill = page.locator('#drill');
    await drill.waitFor();
    await settled(page);
    const kpis = (await hub.api(`query ($u: String!) { kpis(unitCode: $u, year: 2024, asOf: "2024-12-31") { target { key } actual } }`, { u: district.code }))
      .kpis;
    expect(await drill.locator('.target-card').count()).toBe(kpis.length);
    const products = (
      await hub.api(`query ($d: String!) { products(first: 0, filter: { districtCode: $d, unitsAsOf: "2024-12-31" }) { totalCount } }`, { d: district.code })
    ).products;
    expect(text(await drill.locator('#drill-products h3').textContent())).toContain(`(${products.totalCount})`);
    expect(await drill.locator('#drill-products li').count()).toBe(Math.min(20, products.totalCount));
    expect(text(await drill.locator('#drill-title').textContent())).toContain(district.name);
    await screenshot(page, 'districts-drill');
    expect(await seriousViolations(page)).toEqual([]);

    // A product of the district opens on the products screen, with the province kept.
    if (products.totalCount > 0) {
      await drill.locator('#drill-products li a').first().click();
      await page.waitForURL(/\/san-pham\?.*product=\d+/);
      await page.locator('#product-detail').waitFor();
    }
    await page.close();
  });
});

describe('Ngân sách (budget)', () => {
  it('shows allocated and disbursed totals and splits as the API aggregates them', async () => {
    const q = `query ($f: AnalyticsFilter, $d: AnalyticsFilter) {
      a: analytics(measure: ALLOCATED_VND, groupBy: [FUNDING_SOURCE], filter: $f) { total { exact } rows { keys { key } exact } }
      d: analytics(metric: "disbursed_from_allocation_vnd", groupBy: [FUNDING_SOURCE], filter: $d) { total { exact } rows { keys { key } exact } } }`;
    const f = { provinceCode: '24', unitsAsOf: '2024-12-31', years: [2024] };
    const api = await hub.api(q, { f, d: { ...f, dateTo: '2024-12-31' } });
    const rate = (await hub.api(COMPARISON, { p: '24', m: 'disbursement_rate', params: {}, from: '2024-01-01', to: '2024-12-31', asOf: '2024-12-31' }))
      .districtComparison;
    const page = await open('/ngan-sach?province=24&year=2024');
    expect(text(await page.locator('[data-field="allocated-total"]').textContent())).toBe(text(formatVnd(api.a.total.exact, 'vi')));
    expect(text(await page.locator('[data-field="disbursed-total"]').textContent())).toBe(text(formatVnd(api.d.total.exact, 'vi')));
    expect(text(await page.locator('[data-field="rate"]').textContent())).toBe(formatPercent(rate.provinceValue, 'vi'));

    const csv = await download(page, '#budget-source');
    expect(csv.meta.get('Năm')).toBe('2024');
    // As the screen shows it: the sources by their names, money in đồng with Vietnamese grouping.
    expect(csv.header).toEqual(['Nguồn vốn', 'Phân bổ', 'Giải ngân']);
    for (const r of api.a.rows) {
      const name = ENUM_LABELS.FundingSource[r.keys[0].key as keyof typeof ENUM_LABELS.FundingSource].vi;
      expect(csv.data.find((row) => row[0] === name)?.[1], name).toBe(formatVnd(r.exact, 'vi'));
    }
    // The codes below, for analysts: source codes and exact digits.
    expect(csv.codes.title).toBe('Mã dữ liệu cho phân tích');
    expect(csv.codes.header).toEqual(['source', 'allocated_vnd', 'disbursed_from_allocation_vnd']);
    for (const r of api.a.rows) expect(csv.codes.data.find((row) => row[0] === r.keys[0].key)?.[1], r.keys[0].key).toBe(r.exact);
    for (const r of api.d.rows) expect(csv.codes.data.find((row) => row[0] === r.keys[0].key)?.[2], r.keys[0].key).toBe(r.exact);

    // The same table as XLSX: the filters and as-of date above, the table as shown; the codes in a second sheet, money as exact numbers.
    const xlsx = await downloadXlsx(page, '#budget-source');
    expect(xlsx.name).toBe('ocop_phan-bo-va-giai-ngan-theo-nguon-von_2024-12-31.xlsx');
    expect(xlsx.sheet.name).toBe('Phân bổ và giải ngân theo nguồn');
    expect(xlsx.meta.get('Tỉnh')).toBe('Bắc Giang (24)');
    expect(xlsx.meta.get('Năm')).toBe('2024');
    expect(xlsx.meta.get('Số liệu tại ngày')).toBe('31/12/2024');
    expect(xlsx.header).toEqual(csv.header);
    expect(xlsx.data.map((r) => r.map(String))).toEqual(csv.data);
    expect(xlsx.codes.name).toBe('Mã dữ liệu cho phân tích');
    expect(xlsx.codes.header).toEqual(csv.codes.header);
    for (const r of api.a.rows) expect(xlsx.codes.data.find((row) => row[0] === r.keys[0].key)?.[1], r.keys[0].key).toBe(Number(r.exact));
    for (const r of api.d.rows) expect(xlsx.codes.data.find((row) => row[0] === r.keys[0].key)?.[2], r.keys[0].key).toBe(Number(r.exact));
    expect(xlsx.codes.sheet.getCell('B2').numFmt).toBe('#,##0');

    // The cumulative line ends at the year's disbursed total.
    const cumulative = await download(page, '#budget-cumulative');
    expect(cumulative.data).toHaveLength(12);
    expect(cumulative.data[11][1]).toBe(formatVnd(api.d.total.exact, 'vi'));
    expect(cumulative.codes.data[11][1]).toBe(String(Number(api.d.total.exact)));
    expect(await page.locator('#budget-source .recharts-wrapper').count()).toBe(1);
    await screenshot(page, 'budget');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('Sản phẩm (products)', () => {
  it('finds "toi den" without diacritics and opens a rating history', async () => {
    const api = (
      await hub.api(`{ products(first: 20, filter: { search: "toi den", provinceCode: "51", unitsAsOf: "2022-12-31" }, orderBy: [{ field: NAME }]) {
        totalCount edges { node { id name certificates { id } evaluations { id } } } } }`)
    ).products;
    expect(api.totalCount).toBeGreaterThan(0);
    const page = await open('/san-pham?province=51');
    await page.getByRole('searchbox', { name: 'Tìm sản phẩm' }).fill('toi den');
    await page.waitForURL(/q=toi\+den|q=toi%20den/);
    await page
      .locator('#product-search [data-field="total-count"]')
      .filter({ hasText: `${api.totalCount} sản phẩm khớp` })
      .waitFor();
    const names = (await page.locator('#product-search tbody th').allTextContents()).map(text);
    expect(names).toEqual(api.edges.map((e: { node: { name: string } }) => e.node.name));
    expect(names.some((n) => n.includes('Tỏi đen') || n.includes('tỏi đen'))).toBe(true);

    const first = api.edges[0].node;
    await page.locator('#product-search tbody').getByRole('button', { name: first.name, exact: true }).click();
    await page.waitForURL(new RegExp(`product=${first.id}`));
    const detail = page.locator('#product-detail');
    await detail.locator('.definition-list').waitFor();
    const tables = detail.locator('table.data-table');
    expect(await tables.nth(0).locator('tbody tr').count()).toBe(Math.max(1, first.certificates.length));
    expect(await tables.nth(1).locator('tbody tr').count()).toBe(Math.max(1, first.evaluations.length));
    await screenshot(page, 'products-detail');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('pages through the table with first/after and charts the stars as the API counts them', async () => {
    const q = `query ($after: String) { products(first: 20, after: $after, filter: { provinceCode: "24", unitsAsOf: "2024-12-31" }, orderBy: [{ field: NAME }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const p1 = (await hub.api(q)).products;
    const page = await open('/san-pham?province=24');
    expect(text(await page.locator('#product-search [data-field="total-count"]').textContent())).toBe(`${p1.totalCount} sản phẩm khớp`);
    if (p1.pageInfo.hasNextPage) {
      const p2 = (await hub.api(q, { after: p1.pageInfo.endCursor })).products;
      await page.locator('#product-search').getByRole('button', { name: 'Trang sau' }).click();
      await page.locator('#product-search [data-field="page"]').filter({ hasText: 'Trang 2' }).waitFor();
      await settled(page);
      expect((await page.locator('#product-search tbody th').allTextContents()).map(text)).toEqual(
        p2.edges.map((e: { node: { name: string } }) => e.node.name),
      );
      await page.locator('#product-search').getByRole('button', { name: 'Trang trước' }).click();
      await page.locator('#product-search [data-field="page"]').filter({ hasText: 'Trang 1' }).waitFor();
    }
    const stock = (
      await hub.api(
        `{ analytics(measure: CERTIFIED_PRODUCTS, groupBy: [STARS], filter: { provinceCode: "24", unitsAsOf: "2024-12-31", asOf: "2024-12-31" }) { total { value } } }`,
      )
    ).analytics;
    const csv = await download(page, '#stars-over-time');
    expect(csv.data[csv.data.length - 1][0]).toBe('31/12/2024');
    expect(csv.codes.data[csv.codes.data.length - 1][0]).toBe('2024-12-31');
    expect(Number(csv.data[csv.data.length - 1].at(-1))).toBe(stock.total.value);
    await screenshot(page, 'products');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('Đào tạo & Xúc tiến (training and promotion)', () => {
  it("shows the plan's training targets and the events as the API counts them", async () => {
    const kpis = (await hub.api(`{ kpis(unitCode: "60", year: 2024, asOf: "2024-12-31") { metric { id } target { key } } }`)).kpis;
    const training = kpis.filter((k: { metric: { id: string } }) =>
      ['training_classes', 'learners_trained', 'training_coverage', 'promotion_events', 'sales_points'].includes(k.metric.id),
    );
    const events = (await hub.api(`{ all: promotionEvents(first: 0, filter: { provinceCode: "60", unitsAsOf: "2024-12-31", year: 2024 }) { totalCount }
      out: promotionEvents(first: 0, filter: { provinceCode: "60", unitsAsOf: "2024-12-31", year: 2024, scopes: [out_of_province] }) { totalCount } }`)) as {
      all: { totalCount: number };
      out: { totalCount: number };
    };
    const page = await open('/dao-tao-xuc-tien?province=60&year=2024');
    expect(await page.locator('#training-targets .target-card').count()).toBe(training.length);
    expect(text(await page.locator('#event-list .panel-summary').textContent())).toContain(`/${events.all.totalCount}`);
    const csv = await download(page, '#events-by-scope');
    expect(csv.data.find((r) => r[0] === ENUM_LABELS.EventScope.out_of_province.vi)?.[1]).toBe(String(events.out.totalCount));
    expect(csv.codes.data.find((r) => r[0] === 'out_of_province')?.[1]).toBe(String(events.out.totalCount));
    await screenshot(page, 'training');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('Kế hoạch (plans)', () => {
  it("lists every plan and shows one with the plan's own wording, budget and milestones", async () => {
    const plans = (
      await hub.api(`{ plans(first: 100) { totalCount edges { node { id key title targets { wording } milestones { id } budgetAllocations { id } } } } }`)
    ).plans;
    const lySon = plans.edges.map((e: { node: any }) => e.node).find((p: { key: string }) => p.key === 'ly-son-2022');
    const page = await open('/ke-hoach?province=24');
    expect(await page.locator('#plan-list tbody tr').count()).toBe(plans.totalCount);
    await page.locator('#plan-list tbody').getByRole('button', { name: lySon.title }).click();
    await page.waitForURL(new RegExp(`plan=${lySon.id}`));
    await page.locator('#plan-detail h2', { hasText: lySon.title }).waitFor();
    await settled(page);
    expect(page.url()).toContain('province=51');
    expect(await page.locator('#plan-targets tbody tr').count()).toBe(lySon.targets.length);
    for (const t of lySon.targets) expect(text(await page.locator('#plan-targets').textContent())).toContain(text(t.wording));
    expect(await page.locator('#plan-budget tbody tr').count()).toBe(lySon.budgetAllocations.length);
    expect(await page.locator('#plan-milestones tbody tr').count()).toBe(lySon.milestones.length);
    await screenshot(page, 'plans');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('Explorer', () => {
  it('serves GraphiQL from local files with the example queries, and runs them signed in', async () => {
    const page = await web.newPage();
    await page.goto(`${hub.url}/?province=24`);
    await page.getByRole('link', { name: 'Explorer (GraphQL)' }).click();
    await page.waitForURL(/\/graphql$/);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-tab').nth(4).waitFor();
    const tabs = (await page.locator('.graphiql-tab').allTextContents()).map(text);
    expect(tabs.join(' ')).toContain('BacGiang2024');
    expect(tabs.join(' ')).toContain('Districts');
    expect(tabs.join(' ')).toContain('ProductPages');
    // The Bắc Giang 2024 example got its plan id from the hub.
    // GraphiQL settles its tabs after loading the schema: click until the tab's query shows.
    const editor = async () => text(await page.locator('.graphiql-query-editor .view-lines').textContent());
    await expect
      .poll(
        async () => {
          if (!(await editor()).includes('query BacGiang2024')) await page.locator('.graphiql-tab', { hasText: 'BacGiang2024' }).click();
          return editor();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toMatch(/query BacGiang2024\(\$planId: Int! = \d+/);
    await page.waitForTimeout(500);
    await page.locator('.graphiql-execute-button').click();
    try {
      await expect.poll(async () => text(await page.locator('.graphiql-response').textContent()), { timeout: 20_000 }).toContain('"key": "bac-giang-2024"');
    } catch (e) {
      await screenshot(page, 'explorer-failure', false);
      throw e;
    }
    await page.waitForTimeout(300);
    await screenshot(page, 'explorer', false);
    expect(web.external).toEqual([]);
    await page.close();
  });
});

describe('the whole app', () => {
  it('loaded nothing from outside and threw no error', () => {
    expect(web.external).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });
});
