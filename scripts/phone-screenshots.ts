// Refreshes docs/phone-overview.png: the overview on a 390 px phone in
// Vietnamese, as the hub at HUB_URL (default http://localhost:4000) serves it.
// Signs in with HUB_USER / HUB_PASSWORD (default: the local administrator of
// .data/admin-credentials.txt). Run `npm start` first, then:
//   npx tsx scripts/phone-screenshots.ts
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT_DIR } from '../server/config.ts';

const url = process.env.HUB_URL ?? 'http://localhost:4000';
const user = process.env.HUB_USER ?? 'admin';
const password =
  process.env.HUB_PASSWORD ??
  /password "([^"]+)"|password:\s*(\S+)/i
    .exec(fs.readFileSync(path.join(ROOT_DIR, '.data', 'admin-credentials.txt'), 'utf8'))
    ?.slice(1)
    .find(Boolean);
if (!password) throw new Error('No password: set HUB_PASSWORD or start the hub once to create .data/admin-credentials.txt');

const answer = await fetch(`${url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: user, p: password } }),
});
const token = ((await answer.json()) as { data?: { login: { token: string } } }).data?.login.token;
if (!token) throw new Error(`Sign-in as ${user} failed at ${url}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'vi-VN' });
  await context.addInitScript((t) => window.sessionStorage.setItem('ocop.token', t), token);
  const page = await context.newPage();
  await page.goto(`${url}/?province=24`);
  await page.locator('.target-card').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .page-loading'));
  const file = path.join(ROOT_DIR, 'docs', 'phone-overview.png');
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(ROOT_DIR, file)}`);
} finally {
  await browser.close();
}
