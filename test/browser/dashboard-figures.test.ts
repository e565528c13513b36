// Every figure a screen shows, read off the page as a reader would (Vietnamese
// and English number formats parsed back to numbers, never re-formatted by the
// dashboard's own code), against the API's answer for the same scope and date;
// and the budget screen against itself: its splits add up to its totals, no
// line disburses more than it was allocated, and the rate is disbursed ÷
// allocated of the same measure. Each screen is read in Vietnamese, then again
// after the language switch.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newProvinceOf } from '../../dashboard/src/lib/provinces.ts';
import { launch, settled, startDashboardHub, text, type Browsing, type DashboardHub } from './support/dashboard.ts';

type Lang = 'vi' | 'en';
const LANGS: readonly Lang[] = ['vi', 'en'];

let hub: DashboardHub;
let web: Browsing;

beforeAll(async () => {
  hub = await startDashboardHub();
  web = await launch(hub);
});

/** A figure as shown, read back: its value (money in đồng) and the half-width of its rounding. */
interface Shown {
  value: number;
  tolerance: number;
}

/**
 * Parses "20.967.000.000 ₫", "20,97 tỷ đồng", "98,6%", "1.234" (vi) or
 * "20,967,000,000 ₫", "20.97 billion ₫", "98.6%", "1,234" (en); null for "—".
 */
function parseFigure(shown: string, lang: Lang): Shown | null {
  let s = text(shown);
  if (s === '—' || s === '') return null;
  let scale = 1;
  if (/tỷ đồng$|billion ₫$/.test(s)) {
    scale = 1e9;
    s = s.replace(/\s*(tỷ đồng|billion ₫)$/, '');
  }
  s = s.replace(/\s*[₫%]$/, '');
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const digits = s.split(group).join('');
  if (!/^-?\d+([.,]\d+)?$/.test(digits)) throw new Error(`not a ${lang} figure: "${shown}"`);
  const [, fraction = ''] = digits.split(decimal);
  return { value: Number(digits.replace(decimal, '.')) * scale, tolerance: (0.5 * 10 ** -fraction.length + 1e-9) * scale };
}

/** A chart-table cell in tỷ đồng without its unit ("2,33"), in đồng. */
function billions(cell: string, lang: Lang): Shown | null {
  const f = parseFigure(cell, lang);
  return f && { value: f.value * 1e9, tolerance: f.tolerance * 1e9 };
}

/** "25–30" → [25, 30]; "350" → [350, 350]; with their units as parseFigure reads them. */
function parseRange(shown: string, lang: Lang): [Shown, Shown] {
  const s = text(shown);
  const unit = s.match(/\s*(tỷ đồng|billion ₫|%|₫)$/)?.[0] ?? '';
  const parts = s.split('–');
  if (parts.length === 1) {
    const v = parseFigure(s, lang)!;
    return [v, v];
  }
  return [parseFigure(parts[0] + unit, lang)!, parseFigure(parts[1], lang)!];
}

/** The figure shown agrees with the API's value to the precision shown. */
function expectFigure(shown: string | null, api: number | string | null | undefined, what: string, lang: Lang): void {
  const got = parseFigure(shown ?? '', lang);
  if (api === null || api === undefined) {
    expect(got, `${what}: "${shown}" where the API has no value`).toBeNull();
    return;
  }
  expect(got, `${what}: nothing shown where the API has ${api}`).not.toBeNull();
  const want = Number(api);
  expect(Math.abs(got!.value - want), `${what}: "${text(shown)}" against the API's ${want}`).toBeLessThanOrEqual(got!.tolerance);
}

async function read(l: Locator): Promise<string> {
  return text(await l.textContent());
}

/** A chart's data table (in its <details>): rows of [name, ...cells]. */
async function chartTable(panel: Locator): Promise<string[][]> {
  return panel
    .locator('details.chart-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ').trim())));
}

async function open(path: string): Promise<Page> {
  const page = await web.newPage();
  await page.goto(`${hub.url}${path}`);
  await page.locator('main .panel').first().waitFor();
  await settled(page);
  return page;
}

/** Reads the screen in Vietnamese, then switches to English with the switch and reads it again. */
async function inBothLanguages(page: Page, check: (lang: Lang) => Promise<void>): Promise<void> {
  for (const lang of LANGS) {
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.waitForURL(/lang=en/);
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await settled(page);
    }
    await check(lang);
  }
}

const PROGRESS_FIELDS = `target { key } unit actual targetMin targetMax forecast status
  districts { target { scopeUnit { code name } } actual targetMin targetMax status }`;

/** Every target card in `scope` against the API's progress of the same target on the same date. */
async function checkCards(scope: Locator, targets: any[], lang: Lang): Promise<void> {
  expect(await scope.locator('.target-card').count()).toBe(targets.length);
  for (const t of targets) {
    const card = scope.locator(`.target-card[data-target-key="${t.target.key}"]`);
    const key = `${lang} ${t.target.key}`;
    expectFigure(await read(card.locator('[data-field="actual"]')), t.actual, `${key} actual`, lang);
    const [min, max] = parseRange(await read(card.locator('[data-field="target"]')), lang);
    expect(Math.abs(min.value - t.targetMin), `${key} target`).toBeLessThanOrEqual(min.tolerance);
    expect(Math.abs(max.value - (t.targetMax ?? t.targetMin)), `${key} target max`).toBeLessThanOrEqual(max.tolerance);
    if (t.forecast === null) expect(await card.locator('[data-field="forecast"]').count(), `${key}: a forecast line where the API has none`).toBe(0);
    else expectFigure(await read(card.locator('[data-field="forecast"]')), t.forecast, `${key} forecast`, lang);
    expect(await card.locator(`.target-card-header [data-status]`).getAttribute('data-status'), `${key} status`).toBe(t.status);
    const rows = await card
      .locator('.target-districts tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-unit') ?? '', ...[...tr.children].map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ').trim())]),
      );
    expect(rows, `${key} districts`).toHaveLength(t.districts.length);
    for (const [i, d] of t.districts.entries()) {
      // Rows carry their unit's code; the heading names it as leadership reads it ("TP. Bắc Giang").
      expect(rows[i][0]).toBe(d.target.scopeUnit.code);
      expect(rows[i][1]).toContain(d.target.scopeUnit.name);
      expectFigure(rows[i][2], d.actual, `${key} ${d.target.scopeUnit.name}`, lang);
    }
    const statuses = await card
      .locator('.target-districts tbody .status-stack > [data-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses, `${key} district statuses`).toEqual(t.districts.map((d: { status: string }) => d.status));
  }
}

describe('Tổng quan (overview)', () => {
  it("shows each target's actual, target, forecast and status, and the plan's budget, as the API answers", async () => {
    const plans = await hub.api(`{ plans(first: 1, filter: { provinceCode: "24" }, orderBy: [{ field: YEAR, direction: DESC }, { field: KEY }]) {
      edges { node { id periodEnd budgetAllocations { amount } } } } }`);
    const plan = plans.plans.edges[0].node;
    const page = await open('/?province=24');
    // The screen's own date and plan: the API is asked for the same.
    expect(await page.getByLabel('Kế hoạch', { exact: true }).inputValue()).toBe(String(plan.id));
    const progress = (
      await hub.api(`query ($id: Int!, $asOf: LocalDate) { targetProgress(planId: $id, asOf: $asOf) { asOf targets { ${PROGRESS_FIELDS} } } }`, {
        id: plan.id,
        asOf: plan.periodEnd,
      })
    ).targetProgress;
    const budget = plan.budgetAllocations.reduce((s: bigint, b: { amount: string | null }) => s + BigInt(b.amount ?? 0), 0n);
    await inBothLanguages(page, async (lang) => {
      await checkCards(page.locator('#targets'), progress.targets, lang);
      expectFigure(await read(page.locator('[data-field="budget-total"]')), String(budget), `${lang} budget total`, lang);
      // The budget lines add up to the total shown.
      // A line the plan names without an amount says so in words: it adds nothing.
      const lines = (await page.locator('#budget [data-field="amount"]').allTextContents()).map((a) => (a.includes('₫') ? parseFigure(a, lang)!.value : 0));
      expect(lines.reduce((s, a) => s + a, 0)).toBe(Number(budget));
    });
    await page.close();
  });
});

describe('So sánh huyện (districts)', () => {
  it('shows the province value and every row as the API compares them', async () => {
    const c = (
      await hub.api(`{ districtComparison(provinceCode: "24", metric: "new_certified_products", params: { minStars: 3 }, from: "2024-01-01", to: "2024-12-31", asOf: "2024-12-31") {
        provinceValue rows { district { name } actual rank perTenCommunes } } }`)
    ).districtComparison;
    const page = await open('/so-sanh-huyen?province=24&year=2024');
    await inBothLanguages(page, async (lang) => {
      expectFigure(await read(page.locator('[data-field="province-value"]')), c.provinceValue, `${lang} province`, lang);
      const rows = page.locator('#comparison-table tbody tr');
      expect(await rows.count()).toBe(c.rows.length);
      for (const [i, r] of c.rows.entries()) {
        expect(await read(rows.nth(i).locator('th'))).toContain(r.district.name);
        expectFigure(await read(rows.nth(i).locator('td[data-col="actual"]')), r.actual, `${lang} ${r.district.name}`, lang);
        expect(await read(rows.nth(i).locator('td[data-col="rank"]'))).toBe(String(r.rank ?? '—'));
      }
      // The chart's table lists the same values.
      const chart = await chartTable(page.locator('#comparison-chart'));
      expect(chart).toHaveLength(c.rows.length);
    });
    await page.close();
  });
});

describe('Ngân sách (budget)', () => {
  const scope = { provinceCode: '24', unitsAsOf: '2024-12-31', years: [2024] };
  const SPLIT = `query ($g: [AnalyticsDimension!]!, $f: AnalyticsFilter, $d: AnalyticsFilter) {
    a: analytics(metric: "allocated_vnd", groupBy: $g, filter: $f) { total { exact } rows { keys { key label } exact } }
    d: analytics(metric: "disbursed_from_allocation_vnd", groupBy: $g, filter: $d) { total { exact } rows { keys { key label } exact } metric { labelVi labelEn } } }`;

  it('agrees with the API and with itself: splits add up, no line pays more than it got, rate = disbursed ÷ allocated', async () => {
    const vars = { f: scope, d: { ...scope, dateTo: '2024-12-31' } };
    const [bySource, byDistrict, rate] = await Promise.all([
      hub.api(SPLIT, { ...vars, g: ['FUNDING_SOURCE'] }),
      hub.api(SPLIT, { ...vars, g: ['DISTRICT'] }),
      hub.api(`{ districtComparison(provinceCode: "24", metric: "disbursement_rate", from: "2024-01-01", to: "2024-12-31", asOf: "2024-12-31") {
        provinceValue rows { district { name } actual } } }`),
    ]);
    const c = rate.districtComparison;
    const page = await open('/ngan-sach?province=24&year=2024&asOf=2024-12-31');
    await inBothLanguages(page, async (lang) => {
      const allocated = parseFigure(await read(page.locator('[data-field="allocated-total"]')), lang)!;
      const disbursed = parseFigure(await read(page.locator('[data-field="disbursed-total"]')), lang)!;
      const shownRate = parseFigure(await read(page.locator('[data-field="rate"]')), lang)!;
      expectFigure(await read(page.locator('[data-field="allocated-total"]')), bySource.a.total.exact, `${lang} allocated`, lang);
      expectFigure(await read(page.locator('[data-field="disbursed-total"]')), bySource.d.total.exact, `${lang} disbursed`, lang);
      expectFigure(await read(page.locator('[data-field="rate"]')), c.provinceValue, `${lang} rate`, lang);
      // The disbursed figure names its attribution, the one the rate uses.
      expect(await read(page.locator('[data-field="disbursed-measure"]'))).toBe(lang === 'vi' ? bySource.d.metric.labelVi : bySource.d.metric.labelEn);
      // Rate shown = disbursed shown ÷ allocated shown.
      expect(Math.abs(shownRate.value - (100 * disbursed.value) / allocated.value)).toBeLessThanOrEqual(shownRate.tolerance);

      for (const [panel, api] of [
        ['#budget-source', bySource],
        ['#budget-district', byDistrict],
      ] as const) {
        const rows = await chartTable(page.locator(panel));
        const cells = rows.map(([name, a, d]) => ({ name, a: billions(a, lang), d: billions(d, lang) }));
        // Every line of the split: figures in tỷ đồng, to two decimals.
        const sumA = cells.reduce((s, r) => s + (r.a?.value ?? 0), 0);
        const sumD = cells.reduce((s, r) => s + (r.d?.value ?? 0), 0);
        const slack = (cells.length + 1) * 0.005e9;
        expect(Math.abs(sumA - allocated.value), `${lang} ${panel}: allocated lines add up to the total`).toBeLessThanOrEqual(slack);
        expect(Math.abs(sumD - disbursed.value), `${lang} ${panel}: disbursed lines add up to the total`).toBeLessThanOrEqual(slack);
        for (const r of cells) {
          // Payments against an allocation never exceed it (the writer refuses an allocation below what was paid from it).
          expect(r.d?.value ?? 0, `${lang} ${panel} ${r.name}: disbursed ≤ allocated`).toBeLessThanOrEqual((r.a?.value ?? 0) + 0.01e9);
        }
        // Each line against the API's.
        expect(cells).toHaveLength(new Set([...api.a.rows, ...api.d.rows].map((r: { keys: { key: string | null }[] }) => r.keys[0].key)).size);
        if (panel === '#budget-district') {
          for (const r of api.a.rows.filter((x: { keys: { key: string | null }[] }) => x.keys[0].key)) {
            const line = cells.find((x) => x.name === r.keys[0].label);
            expect(line, `${lang} ${r.keys[0].label}`).toBeDefined();
            expectFigure(rows[cells.indexOf(line!)][1], Number(r.exact) / 1e9, `${lang} ${r.keys[0].label} allocated (tỷ)`, lang);
          }
          for (const r of api.d.rows.filter((x: { keys: { key: string | null }[] }) => x.keys[0].key)) {
            const line = cells.find((x) => x.name === r.keys[0].label)!;
            expectFigure(rows[cells.indexOf(line)][2], Number(r.exact) / 1e9, `${lang} ${r.keys[0].label} disbursed (tỷ)`, lang);
          }
          // The rate table: the API's rate, and the bars' disbursed ÷ allocated of the same district.
          const rateRows = await page
            .locator('#budget-rate-district tbody tr')
            .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td[data-col="rate"]')?.textContent ?? '']));
          expect(rateRows).toHaveLength(c.rows.length);
          for (const r of c.rows) {
            const row = rateRows.find(([name]) => text(name) === r.district.name);
            expect(row, `${lang} rate row ${r.district.name}`).toBeDefined();
            expectFigure(row![1], r.actual, `${lang} rate ${r.district.name}`, lang);
            const bar = cells.find((x) => x.name === r.district.name);
            const a = bar?.a?.value ?? 0;
            const d = bar?.d?.value ?? 0;
            if (r.actual === null) {
              expect(a, `${lang} ${r.district.name}: "—" only where nothing was allocated`).toBe(0);
              continue;
            }
            // Rounded bars bound the ratio they were rounded from.
            const lo = (100 * Math.max(0, d - 0.005e9)) / (a + 0.005e9);
            const hi = a > 0.005e9 ? (100 * (d + 0.005e9)) / (a - 0.005e9) : Number.POSITIVE_INFINITY;
            expect(r.actual, `${lang} ${r.district.name}: rate against its bars`).toBeGreaterThanOrEqual(lo - 0.05);
            expect(r.actual, `${lang} ${r.district.name}: rate against its bars`).toBeLessThanOrEqual(hi + 0.05);
          }
        }
      }

      // The cumulative line ends at the disbursed total; the calendar line at the allocated one.
      const months = await chartTable(page.locator('#budget-cumulative'));
      expect(months).toHaveLength(12);
      expectFigure(months[11][1], disbursed.value / 1e9, `${lang} cumulative at December`, lang);
      expectFigure(months[11][2], allocated.value / 1e9, `${lang} calendar pace at December`, lang);
    });
    await page.close();
  });
});

describe('Sản phẩm (products)', () => {
  it('counts the products and the certified ones by stars as the API does', async () => {
    const page = await open('/san-pham?province=24');
    const stars = await chartTable(page.locator('#stars-over-time'));
    const lastDate = stars[stars.length - 1][0].split('/').reverse().join('-');
    const api = await hub.api(
      `query ($asOf: LocalDate!) {
        products(first: 0, filter: { provinceCode: "24", unitsAsOf: $asOf }) { totalCount }
        stock: analytics(measure: CERTIFIED_PRODUCTS, groupBy: [STARS], filter: { provinceCode: "24", unitsAsOf: $asOf, asOf: $asOf }) { total { value } rows { keys { key } value } } }`,
      { asOf: lastDate },
    );
    const header = await page.locator('#stars-over-time details.chart-table thead th').allTextContents();
    await inBothLanguages(page, async (lang) => {
      const count = await read(page.locator('#product-search [data-field="total-count"]'));
      expectFigure(count.split(' ')[0], api.products.totalCount, `${lang} products`, lang);
      const last = (await chartTable(page.locator('#stars-over-time'))).at(-1)!;
      expectFigure(last.at(-1)!, api.stock.total.value, `${lang} certified total on ${lastDate}`, lang);
      for (const r of api.stock.rows) {
        const col = header.findIndex((h) => h.startsWith(`${r.keys[0].key}`) || h.includes(` ${r.keys[0].key}`));
        expect(col, `${lang} column for ${r.keys[0].key} stars`).toBeGreaterThan(0);
        expectFigure(last[col], r.value, `${lang} ${r.keys[0].key}★ on ${lastDate}`, lang);
      }
    });
    await page.close();
  });
});

describe('Đào tạo & Xúc tiến (training and promotion)', () => {
  it("shows the training targets and the event counts as the API's", async () => {
    const api = await hub.api(`{ kpis(unitCode: "60", year: 2024, asOf: "2024-12-31") { metric { id } ${PROGRESS_FIELDS} }
      events: promotionEvents(first: 0, filter: { provinceCode: "60", unitsAsOf: "2024-12-31", year: 2024 }) { totalCount } }`);
    const training = api.kpis.filter((k: { metric: { id: string } }) =>
      ['training_classes', 'learners_trained', 'training_coverage', 'promotion_events', 'sales_points'].includes(k.metric.id),
    );
    const page = await open('/dao-tao-xuc-tien?province=60&year=2024&asOf=2024-12-31');
    await inBothLanguages(page, async (lang) => {
      await checkCards(page.locator('#training-targets'), training, lang);
      const events = await chartTable(page.locator('#events-by-scope'));
      const sum = events.reduce((s, r) => s + (parseFigure(r[1], lang)?.value ?? 0), 0);
      expect(sum, `${lang} events by scope add up to the events of the year`).toBe(api.events.totalCount);
      // "Hiển thị 8/8" / "Showing 8 of 8": the events of the year.
      expect(Number((await read(page.locator('#event-list .panel-summary'))).match(/(\d+)\D*$/)?.[1])).toBe(api.events.totalCount);
    });
    await page.close();
  });
});

describe('Kế hoạch (plans)', () => {
  it("shows the plan's targets and budget lines as the API stores them", async () => {
    const plans = (await hub.api(`{ plans(first: 100) { edges { node { id key targets { targetMin targetMax } budgetAllocations { amount } } } } }`)).plans;
    const plan = plans.edges.map((e: { node: any }) => e.node).find((p: { key: string }) => p.key === 'bac-giang-2024');
    const page = await open(`/ke-hoach?province=24&plan=${plan.id}`);
    await page.locator('#plan-targets tbody tr').first().waitFor();
    await settled(page);
    await inBothLanguages(page, async (lang) => {
      const targets = (await page.locator('#plan-targets td[data-col="target"]').allTextContents()).map((t) => parseRange(t, lang));
      const shown = targets.map(([a, b]) => `${a.value}–${b.value}`).sort();
      const want = plan.targets.map((t: { targetMin: number; targetMax: number | null }) => `${t.targetMin}–${t.targetMax ?? t.targetMin}`).sort();
      expect(shown, `${lang} targets`).toEqual(want);
      const amounts = (await page.locator('#plan-budget td[data-col="amount"]').allTextContents()).map((a) =>
        a.includes('₫') ? parseFigure(a, lang)!.value : null,
      );
      const stated = plan.budgetAllocations.map((b: { amount: string | null }) => (b.amount === null ? null : Number(b.amount)));
      expect(amounts.filter((a) => a !== null).sort(), `${lang} budget lines`).toEqual(stated.filter((a: number | null) => a !== null).sort());
    });
    await page.close();
  });
});

describe('Phê duyệt (approvals)', () => {
  it("counts the reporting periods at each stage as the API's summary", async () => {
    const unitCode = newProvinceOf('24').code;
    const api = (
      await hub.api(
        `query ($u: String!) { reportingPeriods(unitCode: $u, kind: month, from: "2026-01-01", to: "2026-12-31") {
          summary { inProgress awaitingSubmission awaitingApproval returned approved overdue } } }`,
        { u: unitCode },
      )
    ).reportingPeriods.summary;
    const page = await open('/phe-duyet?province=24&year=2026');
    const tiles = {
      awaiting_submission: api.awaitingSubmission,
      awaiting_approval: api.awaitingApproval,
      returned: api.returned,
      approved: api.approved,
      overdue: api.overdue,
      in_progress: api.inProgress,
    };
    await inBothLanguages(page, async (lang) => {
      for (const [stage, count] of Object.entries(tiles)) {
        expectFigure(await read(page.locator(`#approval-summary [data-stage="${stage}"] strong`)), count, `${lang} ${stage}`, lang);
      }
    });
    await page.close();
  });
});

describe('the whole app', () => {
  it('threw no error while the figures were read', () => {
    expect(web.pageErrors).toEqual([]);
  });
});
