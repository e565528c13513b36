// The OCOP cycle on screen (issue 15's done-when), in a real browser against
// the seeded hub: the officer of Phường Chũ registers a product and uploads
// its dossier, submits it and checks it; the province sets up a round with a
// council of five and opens scoring; the five members score it on the
// member's sheet (two on a phone); the secretary closes scoring; the chair
// reads the average and the outlier flag and finalises; the province approves
// and the certificate appears with its public page, opened from the link the
// screen shows (the QR code's address) without signing in: valid; after a
// revocation through the inspector's screen the same page says revoked.
import { readFile } from 'node:fs/promises';
import QRCode from 'qrcode';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../dashboard/src/lib/format.ts';
import { ENUM_LABELS } from '../../dashboard/src/lib/i18n.ts';
import { Role } from '../../server/auth/user.entity.ts';
import { today } from '../../server/common/dates.ts';
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

const PASSWORD = 'mật khẩu đủ dài';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PRODUCT = { name: 'Mật ong rừng Chũ (kiểm thử chu trình)', code: 'OCOP-BROWSER-CYCLE-1' };
const SEQUENCE = 71;
const DECISION = '71/QĐ-UBND';
/** Parts A, B, C of each member's sheet (QĐ 26/2026, ps02 scored by part): the fourth is 19,5 points off the others' median. */
const SHEETS: [number, number, number][] = [
  [32, 20, 28],
  [31, 20, 27],
  [33, 21, 28],
  [24, 15, 21],
  [32, 20, 27],
];
const SEATS = ['chair', 'secretary', 'member', 'member', 'member'] as const;
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
/** Visible text must name things, never show ids, codes of enums (snake_case) or ISO dates. */
const INTERNAL = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b\d{4}-\d{2}-\d{2}\b/;

let hub: DashboardHub;
let web: Browsing;
let officer: SignedInUser;
let province: SignedInUser;
const members: SignedInUser[] = [];

beforeAll(async () => {
  hub = await startDashboardHub();
  web = await launch(hub);
  officer = await hub.addUser({
    username: 'xa.chu.cycle',
    password: PASSWORD,
    role: Role.commune_officer,
    unitCode: '2025:07525',
    displayName: 'Cán bộ phường Chũ',
  });
  province = await hub.addUser({
    username: 'tinh.bn.cycle',
    password: PASSWORD,
    role: Role.province_admin,
    unitCode: '2025:24',
    displayName: 'Sở NN&MT Bắc Ninh',
  });
  for (const [i, name] of NAMES.entries())
    members.push(await hub.addUser({ username: `hoidong.${i + 1}`, password: PASSWORD, role: Role.council_member, unitCode: '2025:24', displayName: name }));
  const chu = (await officer.api(`{ adminUnit(code: "07525") { id } }`)).adminUnit.id;
  await officer.api('mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }', {
    input: { code: 'HTX-CHU-CYCLE', name: 'Hợp tác xã Ong mật Chũ', type: 'cooperative', unitId: chu, registeredOn: '2025-09-01' },
  });
});

/** A context signed in as `user`, on a desktop or a phone. */
async function contextOf(browser: Browser, user: SignedInUser, phone = false): Promise<BrowserContext> {
  const c = await browser.newContext(
    phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'vi-VN' }
      : { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' },
  );
  await c.addInitScript((t) => {
    if (window.location.protocol.startsWith('http')) window.sessionStorage.setItem('ocop.token', t);
  }, user.token);
  c.on('page', (p) => p.on('pageerror', (e) => web.pageErrors.push(e.message)));
  return c;
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${hub.url}${path}`);
  await page.locator('main .panel').first().waitFor();
  await settled(page);
  return page;
}

/** Waits for the step's outcome in `scope`: the "done" line (returned), or fails with the hub's refusal. */
async function done(page: Page, scope = 'main'): Promise<string> {
  const outcome = page.locator(`${scope} [data-field="done"], ${scope} [data-field="error"]`).first();
  await outcome.waitFor();
  const said = text(await outcome.textContent());
  expect(await outcome.getAttribute('data-field'), said).toBe('done');
  await settled(page);
  return said;
}

const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Fills every missing item of a stage of the checklist on screen: the samples "on paper", a PDF for the rest. */
async function fillStage(page: Page, stage: 'subject' | 'forwarding') {
  const missing = page.locator(`#dossier-checklist li[data-stage="${stage}"][data-status="missing"]`);
  for (let n = await missing.count(); n > 0; n = await missing.count()) {
    const item = missing.first();
    const id = await item.getAttribute('data-document');
    const onPaper = item.locator('button[data-answer="on_paper"]');
    if (await onPaper.count()) await onPaper.click();
    else await item.locator('input[type="file"]').setInputFiles({ name: `${id}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await page.locator(`#dossier-checklist li[data-document="${id}"]:not([data-status="missing"])`).waitFor();
  }
}

const DOSSIER = `query ($id: Int!) { dossier(id: $id) { state product { id status publicCode } rounds { certificate { decisionNumber stars } } } }`;

describe('the OCOP cycle, on screen', () => {
  it('registers, checks, scores (two on a phone), finalises, approves, certifies, and revokes', async () => {
    // The commune: register a new product, upload its dossier, submit, check.
    const commune = await contextOf(web.browser, officer);
    const queue = await open(commune, '/chu-trinh-ocop');
    const form = queue.locator('#register-product form');
    await form.locator('select[name="subjectId"]').selectOption({ label: 'Hợp tác xã Ong mật Chũ' });
    await form.locator('input[name="name"]').fill(PRODUCT.name);
    await form.locator('input[name="code"]').fill(PRODUCT.code);
    await form.locator('select[name="productSetCode"]').selectOption('ps02');
    await form.locator('button[data-action="register"]').click();
    await queue.locator('#dossier-checklist').waitFor();
    await settled(queue);
    const dossierId = Number(new URL(queue.url()).searchParams.get('dossier'));
    expect(text(await queue.locator('#dossier [data-field="state"]').textContent())).toBe('Đã đăng ký');
    await fillStage(queue, 'subject');
    // An uploaded file comes back as it went, through the signed-in download.
    const [download] = await Promise.all([queue.waitForEvent('download'), queue.locator('#dossier-checklist button[data-action="download"]').first().click()]);
    expect(await readFile((await download.path())!)).toEqual(PDF);
    await queue.locator('button[data-action="submit-dossier"]').click();
    await queue.locator('#dossier-checklist [data-field="done"]', { hasText: 'Đã nộp hồ sơ' }).waitFor();
    await expect.poll(() => queue.locator('#dossier [data-field="state"]').getAttribute('data-state')).toBe('complete');
    await settled(queue);
    await fillStage(queue, 'forwarding');
    for (const box of await queue.locator('#commune-check input[type="checkbox"][name]').all()) await box.check();
    await queue.locator('button[data-action="check"]').click();
    await done(queue, '#dossier-steps');
    expect((await province.api(DOSSIER, { id: dossierId })).dossier.state).toBe('checked');
    expect(await visibleText(queue)).not.toMatch(INTERNAL);
    await commune.close();

    // The province: a round, its council of five, the dossier, scoring opened.
    const office = await contextOf(web.browser, province);
    const rounds = await open(office, '/chu-trinh-ocop?view=rounds');
    await rounds.locator('#create-round input[name="sequence"]').fill(String(SEQUENCE));
    await rounds.locator('button[data-action="create-round"]').click();
    await rounds.locator('#round-members').waitFor();
    await settled(rounds);
    const roundId = Number(new URL(rounds.url()).searchParams.get('round'));
    for (const [i, name] of NAMES.entries()) {
      const add = rounds.locator('#round-members form');
      await add.locator('select[name="userId"]').selectOption({ label: `${name} (hoidong.${i + 1})` });
      await add.locator('input[name="organisation"]').fill('Sở Nông nghiệp và Môi trường Bắc Ninh');
      await add.locator('select[name="role"]').selectOption(SEATS[i]);
      await add.locator('button[data-action="add-member"]').click();
      expect(await done(rounds, '#round-members form')).toContain(name);
    }
    expect(await rounds.locator('#round-members tbody tr').count()).toBe(5);
    await rounds.getByLabel(`${PRODUCT.name} (${PRODUCT.code})`).check();
    await rounds.locator('button[data-action="assign"]').click();
    await done(rounds, '#round-dossiers');
    await rounds.locator('button[data-action="open-scoring"]').click();
    await done(rounds, '#round');
    expect(await rounds.locator('[data-field="round-state"]').getAttribute('data-state')).toBe('scoring');

    // The members score on their own sheets, the second and fourth on a phone; the sheets are sealed meanwhile.
    for (const [i, member] of members.entries()) {
      const phone = i === 1 || i === 3;
      const context = await contextOf(web.browser, member, phone);
      const page = await open(context, '/chu-trinh-ocop');
      await page.locator('#my-rounds button[data-action="open"]').first().click();
      await page.locator(`#my-sheets li[data-product="${PRODUCT.code}"] button[data-action="score"]`).click();
      const sheet = page.locator('#score-sheet');
      for (const [k, key] of ['A', 'B', 'C'].entries()) await sheet.locator(`#pt-${key}`).fill(String(SHEETS[i][k]));
      const total = SHEETS[i].reduce((a, b) => a + b, 0);
      expect(text(await sheet.locator('[data-field="sheet-total"]').textContent())).toBe(`Tổng: ${total} điểm`);
      if (phone) {
        // No sideways scrolling at 390 px, and every control of the sheet is a large touch target.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        for (const control of await sheet.locator('input, button').all()) expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        expect(await seriousViolations(page)).toEqual([]);
        if (i === 1) await screenshot(page, 'cycle-sheet-phone');
      }
      if (i === 0) {
        // Above the part's maximum: the hub refuses, and the screen names the part in the user's language.
        await sheet.locator('#pt-A').fill('41');
        await sheet.locator('button[data-action="submit-sheet"]').click();
        const refusal = text(await sheet.locator('[data-field="error"]').textContent());
        expect(refusal).toContain('Điểm phần A:');
        expect(refusal).toContain('40');
        await sheet.locator('#pt-A').fill(String(SHEETS[i][0]));
      }
      await sheet.locator('button[data-action="submit-sheet"]').click();
      expect(await done(page, '#score-sheet')).toBe(`✓ Đã nộp phiếu (${total} điểm).`);
      // Sealed: the chair and the province cannot read the others' sheets before the secretary closes scoring.
      if (i === 0) {
        const sealed = await member.raw(`query ($id: Int!) { councilRound(id: $id) { dossiers { sheets { total } } } }`, { id: roundId });
        expect(sealed.errors?.[0]?.extensions?.code).toBe('SEALED');
      }
      await context.close();
    }

    // The secretary closes scoring.
    const secretary = await contextOf(web.browser, members[1]);
    const closing = await open(secretary, `/chu-trinh-ocop?view=rounds&round=${roundId}`);
    expect(text(await closing.locator('#round-dossiers [data-field="progress"]').textContent())).toContain('5/5 phiếu');
    await closing.locator('button[data-action="close-scoring"]').click();
    await done(closing, '#round');
    await secretary.close();

    // The chair: the average, the class and the outlier flag, as the API computes them; then finalises.
    const results = (
      await members[0].api(`query ($id: Int!) { councilRound(id: $id) { results { total stars flags { kind memberId } } members { id name } } }`, {
        id: roundId,
      })
    ).councilRound;
    const [result] = results.results;
    expect(result.total).toBeCloseTo(75.8, 6);
    const outlier = result.flags.find((f: { kind: string }) => f.kind === 'outlier');
    expect(results.members.find((m: { id: number }) => m.id === outlier.memberId).name).toBe(NAMES[3]);
    const chairContext = await contextOf(web.browser, members[0]);
    const chair = await open(chairContext, `/chu-trinh-ocop?view=rounds&round=${roundId}`);
    const card = chair.locator(`#round-results li[data-product="${PRODUCT.code}"]`);
    expect(text(await card.locator('[data-field="total"]').textContent())).toBe(formatNumber(result.total, 'vi', 2));
    expect(await card.locator('[data-field="stars"]').getAttribute('data-stars')).toBe(String(result.stars));
    const flag = text(await card.locator('[data-flag="outlier"]').textContent());
    expect(flag).toContain(NAMES[3]);
    expect(flag).toContain('60');
    expect(await seriousViolations(chair)).toEqual([]);
    expect(await visibleText(chair)).not.toMatch(INTERNAL);
    await screenshot(chair, 'cycle-chair-summary');
    await chair.locator('button[data-action="finalise"]').click();
    await done(chair, '#round');
    await chairContext.close();

    // The province approves: the certificate appears, with the product's public page.
    await rounds.reload();
    await settled(rounds);
    await rounds.locator('input[name="decisionNumber"]').fill(DECISION);
    await rounds.locator('button[data-action="approve"]').click();
    const row = rounds.locator(`#round-dossiers tr[data-product="${PRODUCT.code}"]`);
    await row.locator('[data-field="public-link"]').waitFor();
    const after = (await province.api(DOSSIER, { id: dossierId })).dossier;
    expect(after).toMatchObject({ state: 'decided', product: { status: 'certified' } });
    expect(after.rounds[0].certificate).toEqual({ decisionNumber: DECISION, stars: result.stars });
    const certificate = text(await row.locator('[data-field="certificate"]').textContent());
    expect(certificate).toContain(`số ${DECISION}`);
    expect(certificate).toContain(ENUM_LABELS.ProductStatus.certified.vi);
    // The address shown is the one the QR code on the stamp encodes.
    const href = (await row.locator('[data-field="public-link"]').getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`/sp/${after.product.publicCode}$`));
    const qr = await row.locator('img').getAttribute('src');
    const svg = await (await fetch(new URL(qr!, hub.url))).text();
    expect(svg).toBe(await QRCode.toString(href, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));

    // The province's pipeline: the decided dossier and the forecast of new 3★+ products, as the API counts them.
    const PIPELINE = `query ($year: Int!, $mapOn: LocalDate!) { dossierPipeline(unitCode: "24", year: $year, mapOn: $mapOn) {
      states { state dossiers } forecast { forecast } } }`;
    const mapOn = today();
    const pipeline = (await province.api(PIPELINE, { year: Number(mapOn.slice(0, 4)), mapOn })).dossierPipeline;
    const pipelinePage = await open(office, '/chu-trinh-ocop?view=pipeline');
    const decided = pipeline.states.find((s: { state: string }) => s.state === 'decided').dossiers;
    expect(decided).toBeGreaterThanOrEqual(1);
    expect(text(await pipelinePage.locator('#pipeline-states [data-state="decided"] strong').textContent())).toBe(formatNumber(decided, 'vi', 0));
    expect(text(await pipelinePage.locator('#pipeline-forecast [data-field="forecast"]').textContent())).toBe(
      formatNumber(pipeline.forecast.forecast, 'vi', 0),
    );
    expect(await seriousViolations(pipelinePage)).toEqual([]);
    expect(await visibleText(pipelinePage)).not.toMatch(INTERNAL);
    await pipelinePage.close();

    // The public page, in a fresh browser without signing in.
    const anonymous = await web.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'vi-VN' });
    const publicPage = await anonymous.newPage();
    await publicPage.goto(href);
    expect((await visibleText(publicPage)).toLowerCase()).toContain('còn hiệu lực');

    // The inspector's screen: a check after a complaint, recorded with a revocation.
    const checks = await open(office, '/chu-trinh-ocop?view=checks');
    const plan = checks.locator('#plan-inspection form');
    await plan.locator('input[name="search"]').fill(PRODUCT.name);
    await plan.locator('select[name="productId"]').selectOption({ label: `${PRODUCT.name} (${PRODUCT.code})` });
    await plan.locator('select[name="method"]').selectOption('complaint');
    await plan.locator('button[data-action="plan"]').click();
    await done(checks, '#plan-inspection');
    const inspection = checks.locator(`#inspections li[data-product="${PRODUCT.code}"]`);
    await inspection.locator('select[name="consequence"]').selectOption('revocation');
    await inspection.locator('textarea[name="findings"]').fill('Nhãn ghi sai thành phần');
    await inspection.locator('input[name="decisionNumber"]').fill('72/QĐ-THU-HOI');
    await inspection.locator('button[data-action="record"]').click();
    await checks.locator(`#inspections li[data-product="${PRODUCT.code}"][data-state="closed"]`).waitFor();
    expect(text(await checks.locator(`#inspections li[data-product="${PRODUCT.code}"] [data-field="consequence"]`).textContent())).toContain(
      ENUM_LABELS.InspectionConsequence.revocation.vi,
    );
    expect((await province.api(DOSSIER, { id: dossierId })).dossier.product.status).toBe('revoked');
    expect(await visibleText(checks)).not.toMatch(INTERNAL);

    await publicPage.reload();
    expect((await visibleText(publicPage)).toLowerCase()).toContain('đã bị thu hồi');
    await anonymous.close();
    await office.close();
    expect(web.pageErrors).toEqual([]);
    expect(web.external).toEqual([]);
  });
});
