// A hub on a free port, against a clone of the seeded template database, with
// the built dashboard; a signed-in analyst (and any user a test adds);
// Chromium driven by playwright-core;
// axe-core; screenshots in test-results/.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { createHub } from '../../../server/app.ts';
import { ROOT_DIR } from '../../../server/config.ts';
import { Role } from '../../../server/auth/user.entity.ts';
import { createUser } from '../../../server/auth/user.repository.ts';
import { cloneDatabase } from '../../support/db.ts';
import { TEST_TOKEN_SECRET } from '../../support/graphql.ts';
import { ensureDashboardBuilt } from './build.ts';

export const RESULTS_DIR = path.join(ROOT_DIR, 'test-results', 'dashboard');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const USER = { username: 'dashboard-analyst', password: 'dashboard-test-password' };

export interface DashboardHub {
  url: string;
  token: string;
  credentials: typeof USER;
  /** Asks the API directly (as the same user), failing on any GraphQL error. */
  api<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Creates another user in the cloned database and signs them in. */
  addUser(user: { username: string; password: string; role: Role; unitCode?: string; displayName?: string }): Promise<SignedInUser>;
}

export interface SignedInUser {
  token: string;
  /** Asks the API as this user, failing on any GraphQL error. */
  api<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Asks the API as this user and returns the raw answer, errors included. */
  raw(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

export async function startDashboardHub(): Promise<DashboardHub> {
  const build = await ensureDashboardBuilt();
  if (build.built) console.log(`dashboard built in ${(build.ms / 1000).toFixed(1)} s`);
  const { db } = await cloneDatabase('tpl_seed');
  await createUser(db, { ...USER, role: Role.analyst, displayName: 'Kiểm thử bảng điều khiển' });
  const hub = await createHub({ db, exposeErrors: true, tokenSecret: TEST_TOKEN_SECRET });
  await new Promise<void>((resolve) => hub.server.listen(0, '127.0.0.1', resolve));
  afterAll(() => hub.stop());
  const url = `http://127.0.0.1:${(hub.server.address() as AddressInfo).port}`;
  const raw = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const body = await raw(query, variables, token);
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data;
  };
  const signIn = async (username: string, password: string): Promise<string> =>
    (await post('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password })).login.token;
  const token = await signIn(USER.username, USER.password);
  return {
    url,
    token,
    credentials: USER,
    api: (q, v) => post(q, v, token),
    async addUser(u) {
      await createUser(db, { ...u, unitCode: u.unitCode ?? null, displayName: u.displayName ?? null });
      const t = await signIn(u.username, u.password);
      return { token: t, api: (q, v) => post(q, v, t), raw: (q, v) => raw(q, v, t) };
    },
  };
}

export interface Browsing {
  browser: Browser;
  /** A context already signed in (the token in sessionStorage, as the login form leaves it). */
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Another context, signed in with this token, watched the same way. */
  contextAs(token: string): Promise<BrowserContext>;
  /** Requests that left the machine (the site has no internet: must stay empty). */
  external: string[];
  /** Errors thrown in pages. */
  pageErrors: string[];
}

export async function launch(hub: DashboardHub): Promise<Browsing> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  afterAll(() => browser.close());
  const signedIn = async (token: string) => {
    const c = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
    await c.addInitScript((t) => {
      // Runs in every frame, about:blank included, where storage is off limits.
      if (window.location.protocol.startsWith('http')) window.sessionStorage.setItem('ocop.token', t);
    }, token);
    c.on('page', watch);
    return c;
  };
  const external: string[] = [];
  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(hub.url) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  };
  const context = await signedIn(hub.token);
  return { browser, context, newPage: () => context.newPage(), contextAs: signedIn, external, pageErrors };
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page (WCAG 2.x A/AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const r = await w.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Waits until no panel of the page is loading any more. */
export async function settled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .page-loading'), undefined, { timeout });
}

/** Notes when the page first draws a chart (call before goto); read it with firstChartMs. */
export async function watchFirstChart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstChart?: number };
    new MutationObserver((_m, obs) => {
      if (document.querySelector('.recharts-surface')) {
        w.__firstChart = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Milliseconds from navigation start to the first chart drawn. */
export async function firstChartMs(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart !== undefined, undefined, { timeout: 15_000 });
  return page.evaluate(() => Math.round((window as unknown as { __firstChart: number }).__firstChart));
}

/** Normalises text read from the page (no-break spaces, runs of spaces). */
export function text(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function recordMetric(name: string, value: unknown): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, 'metrics.json');
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  all[name] = value;
  fs.writeFileSync(file, JSON.stringify(all, null, 2));
}
