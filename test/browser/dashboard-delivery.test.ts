// How the dashboard arrives: hashed assets precompressed (brotli, gzip) and
// cached for a year, pages revalidated; each screen sends one request per
// panel and none twice; the cold overview's transfer stays within 250 KB.
// Sizes and the first chart's time go to test-results/dashboard/metrics.json
// (figures in docs/dashboard.md), never into an assertion on time.
import http from 'node:http';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launch, recordMetric, settled, startDashboardHub, watchFirstChart, firstChartMs, type Browsing, type DashboardHub } from './support/dashboard.ts';

let hub: DashboardHub;
let web: Browsing;

beforeAll(async () => {
  hub = await startDashboardHub();
  web = await launch(hub);
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET with exactly this Accept-Encoding, the body as sent (not decoded). */
function get(path: string, acceptEncoding: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(`${hub.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('assets', () => {
  it('sends hashed assets brotli- or gzip-compressed as asked, cached for a year; pages revalidated', async () => {
    const page = await get('/', 'gzip, deflate, br');
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.vary).toContain('Accept-Encoding');
    const html = zlib.brotliDecompressSync(page.body).toString('utf8');
    const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();

    const plain = await get(script!, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const br = await get(script!, 'br;q=1, gzip;q=0.5');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length);
    const gz = await get(script!, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);

    // A client-side route is the page, revalidated; a missing asset is a 404, not the page.
    const route = await get('/ngan-sach?province=24', 'gzip');
    expect(route.status).toBe(200);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect((await get('/assets/gone-0000.js', 'gzip')).status).toBe(404);
  });
});

interface Sent {
  operation: string;
  variables: string;
}

/** Opens a screen in a fresh context (empty cache) and lists the /graphql requests until the network is quiet. */
async function requestsOf(path: string): Promise<{ sent: Sent[]; page: Page }> {
  const context = await web.contextAs(hub.token);
  const page = await context.newPage();
  const sent: Sent[] = [];
  page.on('request', (r) => {
    if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
    const body = JSON.parse(r.postData() ?? '{}') as { operationName?: string; variables?: unknown };
    sent.push({ operation: body.operationName ?? '?', variables: JSON.stringify(body.variables) });
  });
  await page.goto(`${hub.url}${path}`);
  await page.locator('main .panel').first().waitFor();
  await settled(page);
  await page.waitForLoadState('networkidle');
  return { sent, page };
}

describe('requests per screen', () => {
  // The plans are asked for where the screen's plan, year or date comes from them; the signed-in user where the
  // screen marks or acts for their unit; every other request feeds a panel.
  const SCREENS: [string, string, string[]][] = [
    // The overview outlines the officer's own district; the plans screen names metrics from the catalogue.
    ['overview', '/?province=24', ['DashboardPlans', 'DashboardTargetProgress', 'DashboardAlerts', 'DashboardMe']],
    ['districts', '/so-sanh-huyen?province=24', ['DashboardPlans', 'DashboardMe', 'DashboardMetrics', 'DashboardDistrictComparison']],
    [
      'budget',
      '/ngan-sach?province=24',
      // Split by source, by district and by month (the cumulative line): allocated and disbursed in one request each.
      ['DashboardPlans', 'DashboardBudgetSplit', 'DashboardBudgetSplit', 'DashboardBudgetSplit', 'DashboardDistrictComparison'],
    ],
    [
      'products',
      '/san-pham?province=24',
      [
        'DashboardPlans',
        'DashboardAnalyticsSnapshots',
        'DashboardAnalytics',
        'DashboardAnalytics',
        'DashboardAnalytics',
        'DashboardProducts',
        'DashboardProducts',
      ],
    ],
    [
      'training',
      '/dao-tao-xuc-tien?province=24',
      [
        'DashboardPlans',
        'DashboardKpis',
        'DashboardAnalytics',
        'DashboardAnalytics',
        'DashboardPromotionScopes',
        'DashboardTrainingClasses',
        'DashboardPromotionEvents',
        'DashboardSalesPoints',
      ],
    ],
    ['plans', '/ke-hoach?province=24', ['DashboardPlans', 'DashboardPlan', 'DashboardMetrics']],
    ['entry', '/nhap-lieu?province=24', ['DashboardMe', 'DashboardBudgetAllocations', 'DashboardImportKinds']],
    ['approvals', '/phe-duyet?province=24', ['DashboardMe', 'DashboardReportingPeriods']],
  ];

  for (const [screen, path, expected] of SCREENS) {
    it(`${screen}: one request per panel, none repeated`, async () => {
      const { sent, page } = await requestsOf(path);
      recordMetric(`requests.${screen}`, sent.length);
      expect(sent.map((s) => s.operation).sort()).toEqual([...expected].sort());
      expect(new Set(sent.map((s) => `${s.operation} ${s.variables}`)).size).toBe(sent.length);
      await page.context().close();
    });
  }

  it('asks for a year given in the link at once, without the plans', async () => {
    const { sent, page } = await requestsOf('/ngan-sach?province=24&year=2024');
    expect(sent.map((s) => s.operation)).not.toContain('DashboardPlans');
    expect(sent.every((s) => !s.variables.includes('2025'))).toBe(true);
    expect(sent).toHaveLength(4);
    await page.context().close();
  });
});

describe('the cold overview', () => {
  it('transfers at most 250 KB, and its first chart time is recorded', async () => {
    const samples: { kb: number; assetsKb: number; apiKb: number; firstChartMs: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await web.contextAs(hub.token);
      const page = await context.newPage();
      const sizes: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => ({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize }))));
      await watchFirstChart(page);
      await page.goto(`${hub.url}/?province=24`);
      const chart = await firstChartMs(page);
      await settled(page);
      await page.waitForLoadState('networkidle');
      const all = await Promise.all(sizes);
      const sum = (xs: { bytes: number }[]) => Math.round(xs.reduce((s, x) => s + x.bytes, 0) / 102.4) / 10;
      samples.push({
        kb: sum(all),
        assetsKb: sum(all.filter((x) => !x.url.endsWith('/graphql'))),
        apiKb: sum(all.filter((x) => x.url.endsWith('/graphql'))),
        firstChartMs: chart,
      });
      await context.close();
    }
    recordMetric('coldOverview', { samples, measuredAt: new Date().toISOString() });
    console.log(`cold overview: ${samples.map((s) => `${s.kb} KB (assets ${s.assetsKb}, API ${s.apiKb}), first chart ${s.firstChartMs} ms`).join('; ')}`);
    for (const s of samples) expect(s.kb).toBeLessThanOrEqual(250);
  });
});
