// What leadership holds and sees, on paper and on a phone: each screen prints
// on at most two A4 pages with the as-of date and filters in every page's
// footer and nothing running off the paper; at 390 px no screen is wider than
// the phone in either language; no internal identifier (plan key, metric
// code, file name, ISO date) is in any visible text; the overview's first
// target is on the first phone screen; axis ticks never overlap; district
// bars are coloured by status with the officer's own district outlined.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TONE_COLORS } from '../../dashboard/src/charts/palette.ts';
import { lookOf, PROGRESS_LOOK } from '../../dashboard/src/lib/status.ts';
import { Role } from '../../server/auth/user.entity.ts';
import { readPdf } from '../support/report-files.ts';
import { launch, recordMetric, settled, startDashboardHub, type Browsing, type DashboardHub } from './support/dashboard.ts';

let hub: DashboardHub;
let web: Browsing;

beforeAll(async () => {
  hub = await startDashboardHub();
  web = await launch(hub);
});

const SCREENS = [
  { name: 'overview', path: '/?province=24', footer: true },
  { name: 'districts', path: '/so-sanh-huyen?province=24&year=2024', footer: true },
  { name: 'budget', path: '/ngan-sach?province=24&year=2024', footer: true },
  { name: 'products', path: '/san-pham?province=24', footer: true },
  { name: 'training', path: '/dao-tao-xuc-tien?province=24&year=2024', footer: true },
  { name: 'plans', path: '/ke-hoach?province=24', footer: true },
  { name: 'entry', path: '/nhap-lieu', footer: false },
];

/** Internal identifiers a reader must never meet: snake_case codes, plan keys, seed file names, ISO dates. */
const IDENTIFIER = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b[a-z]+(?:-[a-z]+)*-\d{4}\b|\b[0-9a-f]{16}\b|\.txt\b|\b\d{4}-\d{2}-\d{2}\b/g;

/** A4 portrait's printable width in CSS px at the stylesheet's 10 mm side margins. */
const A4_CONTENT_PX = Math.floor(((210 - 20) / 25.4) * 96);

async function open(path: string, width: number, lang: 'vi' | 'en' = 'vi'): Promise<Page> {
  const page = await web.newPage();
  await page.setViewportSize({ width, height: 844 });
  await page.goto(`${hub.url}${path}${lang === 'en' ? '&lang=en' : ''}`.replace('/nhap-lieu&', '/nhap-lieu?'));
  await page.locator('main .panel').first().waitFor();
  await settled(page);
  return page;
}

const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Boxes of one axis' tick labels that overlap another label of the same axis. */
function collidingTicks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.recharts-cartesian-axis-ticks')].flatMap((axis) => {
      const boxes = [...axis.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
      const hits: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const overlap =
            Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 && Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1;
          if (overlap) hits.push(`${a.text} × ${b.text}`);
        }),
      );
      return hits;
    }),
  );
}

describe.each(SCREENS)('$name', ({ name, path, footer }) => {
  it('prints on at most two A4 pages, nothing past the paper, the footer on every page', async () => {
    const page = await open(path, 1400);
    await page.emulateMedia({ media: 'print' });
    // Printed from a wide screen: the charts were drawn for 1400 px first.
    const pdf = await readPdf(await page.pdf({ format: 'A4', printBackground: true }));
    recordMetric(`print-pages-${name}`, pdf.pages);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    if (footer) {
      const footerLine = await page.locator('style[data-print-footer]').getAttribute('data-print-footer');
      expect(footerLine).toContain('In ngày');
      const squashed = (s: string) => s.replace(/\s/g, '');
      for (const [i, t] of pdf.pageTexts.entries()) {
        expect(squashed(t)).toContain(squashed(footerLine!));
        expect(squashed(t)).toContain(`${i + 1}/${pdf.pages}`);
      }
    }
    // At the paper's width nothing runs off it: no element wider than the page, no table scrolled.
    await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
    await page.waitForTimeout(300);
    const over = await page.evaluate((w) => {
      const out = [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > w + 1)
        .map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`);
      return { scroll: document.documentElement.scrollWidth, out: out.slice(0, 5) };
    }, A4_CONTENT_PX);
    expect(over.out).toEqual([]);
    expect(over.scroll).toBeLessThanOrEqual(A4_CONTENT_PX);
    await page.close();
  });

  it.each(['vi', 'en'] as const)('fits a 390 px phone in %s and shows no internal identifier', async (lang) => {
    const page = await open(path, 390, lang);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    recordMetric(`phone-width-${name}-${lang}`, width);
    expect(width).toBeLessThanOrEqual(390);
    expect((await visibleText(page)).match(IDENTIFIER) ?? []).toEqual([]);
    expect(await collidingTicks(page)).toEqual([]);
    await page.close();
  });
});

describe('the overview on a phone and for a district officer', () => {
  it('shows the first target card on the first phone screen, in both languages, at 360 and 430 px too', async () => {
    for (const width of [360, 390, 430]) {
      for (const lang of ['vi', 'en'] as const) {
        const page = await open('/?province=24', width, lang);
        const card = await page.locator('.target-card').first().boundingBox();
        expect(card!.y, `${width} px ${lang}`).toBeLessThan(844 - 120);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px ${lang}`).toBeLessThanOrEqual(width);
        await page.close();
      }
    }
  });

  it('names the plan, the city and what an every-district target counts', async () => {
    const page = await open('/?province=24', 1400);
    const options = await page.getByLabel('Kế hoạch', { exact: true }).locator('option').allTextContents();
    expect(options.join(' ')).not.toMatch(IDENTIFIER);
    expect(options[0]).toContain('Tỉnh Bắc Giang');
    const text = await visibleText(page);
    expect(text).toContain('huyện đạt chỉ tiêu');
    expect(text).toContain('TP. Bắc Giang');
    expect(text).not.toMatch(/\d+ \/ \d+ số lượng\s*\n?.*Theo từng huyện/);
    await page.close();
  });

  it("colours each district's bar by its status and outlines the officer's own district", async () => {
    const officer = await hub.addUser({ username: 'canbo.lucngan.layout', password: 'mật khẩu đủ dài', role: Role.district_officer, unitCode: '219' });
    const context = await web.contextAs(officer.token);
    const page = await context.newPage();
    await page.goto(`${hub.url}/?province=24`);
    const panel = page.locator('.panel-district-target').first();
    await panel.locator('tbody tr').first().waitFor();
    await settled(page);
    const rows = await panel.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        unit: tr.getAttribute('data-unit'),
        own: tr.classList.contains('selected'),
        status: tr.querySelector('[data-status]')?.getAttribute('data-status') ?? '',
      })),
    );
    expect(rows.filter((r) => r.own).map((r) => r.unit)).toEqual(['219']);
    expect(await panel.locator('tr.selected th').textContent()).toContain('Đơn vị của bạn');
    const bars = await panel
      .locator('.recharts-bar-rectangle path')
      .evaluateAll((ps) => ps.map((p) => ({ fill: p.getAttribute('fill'), stroke: p.getAttribute('stroke') })));
    expect(bars).toHaveLength(rows.length);
    expect(bars.map((b) => b.fill)).toEqual(rows.map((r) => TONE_COLORS[lookOf(PROGRESS_LOOK, r.status).tone]));
    expect(bars.filter((b) => b.stroke === '#111111')).toHaveLength(1);
    expect(bars[rows.findIndex((r) => r.own)].stroke).toBe('#111111');

    // The league table's bars too: each district in its status' colour, the officer's own outlined.
    const comparison = (
      await officer.api(`{ districtComparison(provinceCode: "24", metric: "new_certified_products", params: { minStars: 3 }, from: "2024-01-01", to: "2024-12-31", asOf: "2024-12-31") {
        rows { district { code } status abolished } } }`)
    ).districtComparison.rows as { district: { code: string }; status: string | null; abolished: boolean }[];
    await page.goto(`${hub.url}/so-sanh-huyen?province=24&year=2024`);
    await page.locator('#comparison-chart .recharts-bar-rectangle').first().waitFor();
    await settled(page);
    const league = await page
      .locator('#comparison-chart .recharts-bar-rectangle path')
      .evaluateAll((ps) => ps.map((p) => ({ fill: p.getAttribute('fill'), stroke: p.getAttribute('stroke') })));
    // Abolished districts are greyed only beside districts that still exist (read in 2026, all of them were abolished).
    const greyed = comparison.some((r) => !r.abolished);
    expect(league.map((b) => b.fill)).toEqual(
      comparison.map((r) => (greyed && r.abolished ? '#adb5bd' : r.status ? TONE_COLORS[lookOf(PROGRESS_LOOK, r.status).tone] : '#1f5fbf')),
    );
    expect(league.map((b) => b.stroke === '#111111')).toEqual(comparison.map((r) => r.district.code === '219'));
    await context.close();
  });

  it('keeps the unit of money above the plot, clear of every tick', async () => {
    const page = await open('/ngan-sach?province=24&year=2024', 390);
    const clash = await page.evaluate(() =>
      [...document.querySelectorAll('.chart-unit')].flatMap((u) => {
        const r = u.getBoundingClientRect();
        const figure = u.closest('.chart-figure')!;
        return [...figure.querySelectorAll('.recharts-cartesian-axis-tick text')]
          .map((t) => t.getBoundingClientRect())
          .filter((t) => Math.min(r.right, t.right) > Math.max(r.left, t.left) && Math.min(r.bottom, t.bottom) > Math.max(r.top, t.top))
          .map(() => u.textContent);
      }),
    );
    expect(await page.locator('.chart-unit').first().textContent()).toBe('Đơn vị: tỷ đồng');
    expect(clash).toEqual([]);
    await page.close();
  });
});

describe('the whole app', () => {
  it('loaded nothing from outside and threw no error', () => {
    expect(web.external).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  });
});
