// The OCOP cycle end to end (issue 15): a commune officer registers a product
// and uploads its dossier, the commune returns it with what is missing and
// then checks it, a council of five scores it (sealed until the secretary
// closes scoring; a member tied to the subject may not score), the chair reads
// the average, class and flags and finalises, the province approves, the
// certificate appears with its public page; a check after recognition revokes
// it and the same page says so. Plus the limits around it: file type and
// size, another commune's dossier, the council level by date, sheet maxima.
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { today } from '../../server/common/dates.ts';
import { MAX_FILE_BYTES } from '../../server/dossiers/dossier-files.ts';
import { cloneDatabase } from '../support/db.ts';
import { okAs, userAt } from './cycle-support.ts';
import { TEST_TOKEN_SECRET } from '../support/graphql.ts';
import { startHub, type RunningHub } from '../support/hub.ts';
import { issueToken } from '../../server/auth/tokens.ts';
import { badFields, errorOf, gqlAs, unitId } from './mutations-support.ts';

let db: DataSource;
let hub: RunningHub;
let commune: number;
let province: number;
let subjectId: number;
let officer: Viewer;
let otherOfficer: Viewer;
let provinceAdmin: Viewer;
let products = 0;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const b64 = (b: Buffer) => b.toString('base64');

const user = (name: string, role: Role, unitKey: string | null) => userAt(db, name, role, unitKey);

const ok = <T = Record<string, any>>(v: Viewer, query: string, variables: Record<string, unknown> = {}) => okAs<T>(db, v, query, variables);

const DOSSIER = `id version state missingDocuments { vi en } returnReason
  checklist { ruleSetId missing missingForForwarding items { documentId stage requirement quantity status } }`;
const REGISTER = `mutation ($input: RegisterProductInput!) { registerProduct(input: $input) { ${DOSSIER} product { id } } }`;
const UPLOAD = `mutation ($id: Int!, $input: DossierFileInput!) { uploadDossierFile(dossierId: $id, input: $input) { id contentType sizeBytes sha256 } }`;
const ANSWER = `mutation ($id: Int!, $input: DossierItemInput!) { answerDossierItem(dossierId: $id, input: $input) { id } }`;
const READ = `query ($id: Int!) { dossier(id: $id) { ${DOSSIER} } }`;
const SUBMIT = `mutation ($id: Int!, $version: Int!) { submitDossier(id: $id, version: $version) { id version state } }`;
const CHECKS = ['origin', 'local_labour', 'idea_origin', 'local_identity'].map((code) => ({ code, met: true }));
const CHECK = `mutation ($id: Int!, $version: Int!, $input: CheckDossierInput!) { checkDossier(id: $id, version: $version, input: $input) { id version state } }`;

/** A new product of the commune registered for a first evaluation on product set ps02 (scored by part under QĐ 26/2026). */
async function register(v: Viewer = officer) {
  products += 1;
  const data = await ok(v, REGISTER, {
    input: {
      kind: 'first',
      productSetCode: 'ps02',
      product: {
        code: `OCOP-TEST-${process.pid}-${products}`,
        name: `Mật ong rừng thử nghiệm ${products}`,
        group: 'food',
        subjectId,
        unitId: commune,
        status: 'registered',
      },
    },
  });
  return data.registerProduct;
}

/** Fills every required item of `stage`: the samples received on paper, a PDF for the rest. */
async function fill(dossierId: number, stage: string, v: Viewer = officer) {
  const { dossier } = await ok(v, READ, { id: dossierId });
  for (const item of dossier.checklist.items.filter((i: any) => i.stage === stage && i.status === 'missing')) {
    if (item.quantity) await ok(v, ANSWER, { id: dossierId, input: { documentId: item.documentId, status: 'on_paper', note: `${item.quantity} mẫu` } });
    else
      await ok(v, UPLOAD, {
        id: dossierId,
        input: { documentId: item.documentId, fileName: `${item.documentId}.pdf`, contentType: 'application/pdf', fileBase64: b64(PDF) },
      });
  }
}

/** A dossier registered, completed, submitted and checked by the commune. */
async function checkedDossier(): Promise<{ id: number; productId: number }> {
  const d = await register();
  await fill(d.id, 'subject');
  const submitted = (await ok(officer, SUBMIT, { id: d.id, version: d.version })).submitDossier;
  await fill(d.id, 'forwarding');
  await ok(officer, CHECK, { id: d.id, version: submitted.version, input: { checks: CHECKS } });
  return { id: d.id, productId: d.product.id };
}

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  commune = await unitId(db, '2025:07525');
  province = await unitId(db, '2025:24');
  officer = await user('xa.chu', Role.commune_officer, '2025:07525');
  // The producer is the commune's own: an officer may refer only to subjects within their commune.
  const subject = await ok(officer, 'mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }', {
    input: { code: 'HTX-CHU-01', name: 'Hợp tác xã Nông sản Chũ', type: 'cooperative', unitId: commune, registeredOn: '2025-09-01' },
  });
  subjectId = subject.createSubject.id;
  otherOfficer = await user('xa.bienson', Role.commune_officer, '2025:07537');
  provinceAdmin = await user('tinh.bacninh', Role.province_admin, '2025:24');
  hub = await startHub(db);
});

describe('a dossier at its commune', () => {
  it('lists what the rule set in force asks, refuses submission naming what is missing, and says what is missing when returned', async () => {
    const d = await register();
    expect(d.state).toBe('registered');
    expect(d.checklist.ruleSetId).toBe('qd26-2026');
    expect(d.checklist.missing.length).toBeGreaterThan(0);
    const refused = await gqlAs(db, officer, SUBMIT, { id: d.id, version: d.version });
    const fields = badFields(refused);
    expect(Object.keys(fields).sort()).toEqual(d.checklist.missing.map((id: string) => `documents.${id}`).sort());

    await fill(d.id, 'subject');
    const submitted = (await ok(officer, SUBMIT, { id: d.id, version: d.version })).submitDossier;
    expect(submitted.state).toBe('complete');
    const label = d.checklist.items.find((i: any) => i.stage === 'subject' && i.requirement === 'mandatory' && !i.quantity).documentId;
    const returned = await ok(
      officer,
      `mutation ($id: Int!, $version: Int!, $input: ReturnDossierInput!) { returnDossier(id: $id, version: $version, input: $input) { ${DOSSIER} } }`,
      { id: d.id, version: submitted.version, input: { reason: 'Ảnh chụp không đọc được', missingDocumentIds: [label] } },
    );
    expect(returned.returnDossier.state).toBe('returned');
    expect(returned.returnDossier.returnReason).toBe('Ảnh chụp không đọc được');
    expect(returned.returnDossier.missingDocuments).toHaveLength(1);

    const history = await db.query('SELECT from_state, to_state, username, reason FROM dossier_event WHERE dossier_id = $1 ORDER BY id', [d.id]);
    expect(history.map((h: any) => h.to_state)).toEqual(['registered', 'complete', 'returned']);
    expect(history[2]).toMatchObject({ from_state: 'complete', username: officer.user.username, reason: 'Ảnh chụp không đọc được' });
    const audited = await db.query(`SELECT action FROM audit_log WHERE entity = 'dossier' AND entity_id = $1 ORDER BY id`, [d.id]);
    expect(audited.map((a: any) => a.action)).toEqual(['create', 'submit', 'return']);
  });

  it('checks uploads by their content, not their name, and by size', async () => {
    const d = await register();
    const documentId = d.checklist.items.find((i: any) => i.stage === 'subject' && !i.quantity).documentId;
    const upload = (fileName: string, data: Buffer, contentType: string | null = null) =>
      gqlAs(db, officer, UPLOAD, { id: d.id, input: { documentId, fileName, contentType, fileBase64: b64(data) } });
    const png = await QRCode.toBuffer('x', { type: 'png' });

    const renamed = badFields(await upload('giay-phep.pdf', png, 'application/pdf'));
    expect(renamed['input.fileBase64']).toContain('image/png');
    const script = badFields(await upload('nhan.pdf', Buffer.from('#!/bin/sh\necho hi\n')));
    expect(script['input.fileBase64']).toContain('only PDF, JPEG, PNG, WebP, DOCX, XLSX are accepted');
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_FILE_BYTES)]);
    expect(badFields(await upload('lon.pdf', big))['input.fileBase64']).toContain('above the 5 MB limit');

    const accepted = (await ok(officer, UPLOAD, { id: d.id, input: { documentId, fileName: '../../etc/anh.png', fileBase64: b64(png) } })).uploadDossierFile;
    expect(accepted).toMatchObject({ contentType: 'image/png', sizeBytes: png.length });
    const [row] = await db.query('SELECT file_name FROM dossier_file WHERE id = $1', [accepted.id]);
    expect(row.file_name).toBe('anh.png');
  });

  it('is read and downloaded only by its commune, its province and its council, never another commune', async () => {
    const d = await register();
    const documentId = d.checklist.items.find((i: any) => i.stage === 'subject' && !i.quantity).documentId;
    const file = (await ok(officer, UPLOAD, { id: d.id, input: { documentId, fileName: 'dang-ky.pdf', fileBase64: b64(PDF) } })).uploadDossierFile;

    const refused = await gqlAs(db, otherOfficer, READ, { id: d.id });
    expect(errorOf(refused, 'FORBIDDEN').message).toContain(`may not read dossier ${d.id}`);
    expect((await ok(provinceAdmin, READ, { id: d.id })).dossier.id).toBe(d.id);
    const listed = await ok(otherOfficer, '{ dossiers(first: 100) { edges { node { id } } } }');
    expect(listed.dossiers.edges.map((e: any) => e.node.id)).not.toContain(d.id);

    const bearer = async (v: Viewer) => ({ authorization: `Bearer ${await issueToken(TEST_TOKEN_SECRET, v.user.id!)}`, 'accept-language': 'en' });
    const download = async (headers: Record<string, string>) => fetch(`${hub.url}/files/dossier/${file.id}`, { headers });
    const mine = await download(await bearer(officer));
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await mine.arrayBuffer()).equals(PDF)).toBe(true);
    const theirs = await download(await bearer(otherOfficer));
    expect(theirs.status).toBe(403);
    expect((await theirs.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await download({})).status).toBe(401);
  });
});

describe('a council round', () => {
  const ROUND = `mutation ($input: EvaluationRoundInput!) { createCouncilRound(input: $input) { id version state } }`;
  const MEMBER = `mutation ($roundId: Int!, $input: CouncilMemberInput!) { addCouncilMember(roundId: $roundId, input: $input) { id } }`;
  const VERSION = `query ($id: Int!) { councilRound(id: $id) { version state } }`;
  const SHEET = `mutation ($roundId: Int!, $dossierId: Int!, $input: ScoreSheetInput!) { saveScoreSheet(roundId: $roundId, dossierId: $dossierId, input: $input) { id total } }`;
  const step = (name: string) => `mutation ($id: Int!, $version: Int!) { ${name}(id: $id, version: $version) { id version state } }`;
  let sequence = 80;

  async function round(level = 'province') {
    sequence += 1;
    return (await ok(provinceAdmin, ROUND, { input: { level, year: 2026, sequence, unitId: province, heldOn: today() } })).createCouncilRound;
  }
  const version = async (id: number, v: Viewer = provinceAdmin) => (await ok(v, VERSION, { id })).councilRound.version;
  const parts = (a: number, b: number, c: number) => ({
    scores: [
      { key: 'A', points: a },
      { key: 'B', points: b },
      { key: 'C', points: c },
    ],
    submit: true,
  });

  it('scores sealed, averages the members, classes by the bands in force, flags the outlier, excludes the tied member, and certifies on approval', async () => {
    const dossier = await checkedDossier();
    const r = await round();
    const names = ['chair', 'secretary', 'member', 'member', 'member'] as const;
    const seats: { viewer: Viewer; id: number }[] = [];
    for (const [i, role] of names.entries()) {
      const viewer = await user(`hoidong.${sequence}.${i}`, Role.council_member, '2025:24');
      const input = {
        userId: viewer.user.id,
        name: `Thành viên ${i + 1}`,
        organisation: 'Sở Nông nghiệp và Môi trường',
        role,
        subjectId: i === 4 ? subjectId : null,
      };
      seats.push({ viewer, id: (await ok(provinceAdmin, MEMBER, { roundId: r.id, input })).addCouncilMember.id });
    }
    const [chair, secretary, m1, m2, tied] = seats.map((s) => s.viewer);
    await ok(provinceAdmin, `mutation ($id: Int!, $v: Int!, $d: [Int!]!) { assignDossiers(roundId: $id, version: $v, dossierIds: $d) { id } }`, {
      id: r.id,
      v: r.version,
      d: [dossier.id],
    });
    expect((await ok(officer, READ, { id: dossier.id })).dossier.state).toBe('in_round');
    await ok(secretary, step('openScoring'), { id: r.id, version: await version(r.id) });

    // The sheet of QĐ 26/2026's parts: A at most 40.
    const over = badFields(await gqlAs(db, chair, SHEET, { roundId: r.id, dossierId: dossier.id, input: parts(41, 20, 28) }));
    expect(Object.keys(over)).toEqual(['input.scores[A]']);
    expect(over['input.scores[A]']).toContain('0 to 40 points');

    const totals = [
      [chair, parts(32, 20, 28)],
      [secretary, parts(31, 20, 27)],
      [m1, parts(33, 21, 28)],
      [m2, parts(24, 15, 21)],
    ] as const;
    for (const [v, input] of totals) await ok(v, SHEET, { roundId: r.id, dossierId: dossier.id, input });
    const refused = await gqlAs(db, tied, SHEET, { roundId: r.id, dossierId: dossier.id, input: parts(40, 25, 35) });
    expect(errorOf(refused, 'FORBIDDEN').message).toContain('tied to the subject');

    // Sealed: each member reads their own sheet, nobody reads the others' or the results.
    const SEALED_READ = `query ($id: Int!) { councilRound(id: $id) { dossiers { mySheet { total } sheets { total } } } }`;
    const own = await gqlAs(db, m2, `query ($id: Int!) { councilRound(id: $id) { dossiers { mySheet { total } progress { expected submitted excluded } } } }`, {
      id: r.id,
    });
    expect(own.errors).toBeUndefined();
    expect(own.data.councilRound.dossiers[0]).toEqual({ mySheet: { total: 60 }, progress: { expected: 4, submitted: 4, excluded: 1 } });
    for (const v of [chair, provinceAdmin]) {
      expect(errorOf(await gqlAs(db, v, SEALED_READ, { id: r.id }), 'SEALED').message).toContain('sealed');
      expect(errorOf(await gqlAs(db, v, `query ($id: Int!) { councilRound(id: $id) { results { total } } }`, { id: r.id }), 'SEALED')).toBeDefined();
    }
    expect(errorOf(await gqlAs(db, chair, step('closeScoring'), { id: r.id, version: await version(r.id) }), 'FORBIDDEN')).toBeDefined();
    await ok(secretary, step('closeScoring'), { id: r.id, version: await version(r.id) });

    const RESULTS = `query ($id: Int!) { councilRound(id: $id) { results { sheets scoreA scoreB scoreC total stars rank flags { kind memberId } } dossiers { sheets { total } } } }`;
    const { councilRound } = await ok(chair, RESULTS, { id: r.id });
    const [result] = councilRound.results;
    // (80 + 78 + 82 + 60) / 4 = 75: 4★ under QĐ 26/2026 (70 ≤ total < 90).
    expect(result).toMatchObject({ sheets: 4, total: 75, stars: 4, rank: 1 });
    expect(result.scoreA + result.scoreB + result.scoreC).toBeCloseTo(75, 6);
    expect(result.flags).toEqual(
      expect.arrayContaining([
        { kind: 'outlier', memberId: seats[3].id },
        { kind: 'conflict_excluded', memberId: seats[4].id },
      ]),
    );
    expect(result.flags.filter((f: any) => f.kind === 'outlier')).toHaveLength(1);
    expect(councilRound.dossiers[0].sheets.map((s: any) => s.total).sort()).toEqual([60, 78, 80, 82]);

    await ok(chair, step('finaliseResults'), { id: r.id, version: await version(r.id) });
    const approve = `mutation ($id: Int!, $version: Int!, $input: ApproveRoundInput!) { approveRoundResults(id: $id, version: $version, input: $input) { state } }`;
    const input = { decisionNumber: `${sequence}/QĐ-UBND`, decidedOn: today() };
    expect(errorOf(await gqlAs(db, officer, approve, { id: r.id, version: await version(r.id), input }), 'FORBIDDEN')).toBeDefined();
    expect((await ok(provinceAdmin, approve, { id: r.id, version: await version(r.id), input })).approveRoundResults.state).toBe('approved');

    const after = await ok(
      provinceAdmin,
      `query ($id: Int!) { dossier(id: $id) { state outcome product { status publicCode } rounds { certificate { stars decisionNumber decidedOn expiresOn } } } }`,
      { id: dossier.id },
    );
    expect(after.dossier).toMatchObject({ state: 'decided', outcome: 'recognised', product: { status: 'certified' } });
    const cert = after.dossier.rounds[0].certificate;
    expect(cert).toMatchObject({ stars: 4, decisionNumber: input.decisionNumber, decidedOn: input.decidedOn });
    const [expiry] = await db.query(`SELECT ($1::date + interval '36 months' - interval '1 day')::date::text AS d`, [input.decidedOn]);
    expect([expiry.d, (await db.query(`SELECT ($1::date + interval '36 months')::date::text AS d`, [input.decidedOn]))[0].d]).toContain(cert.expiresOn);

    // The public page from the stamp's code: valid today, without signing in.
    const code = after.dossier.product.publicCode;
    expect(code).toMatch(/^[0-9a-z]{10}$/);
    const page = await fetch(`${hub.url}/sp/${code}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Còn hiệu lực');

    // A check after recognition revokes the certificate: the page, the product and the figures follow at once.
    const plan = await ok(provinceAdmin, `mutation ($input: PlanInspectionInput!) { planInspection(input: $input) { id version state } }`, {
      input: { productId: dossier.productId, method: 'complaint', plannedOn: today() },
    });
    const recorded = await ok(
      provinceAdmin,
      `mutation ($id: Int!, $version: Int!, $input: InspectionFindingInput!) { recordInspection(id: $id, version: $version, input: $input) { state consequence certificate { revokedOn } } }`,
      {
        id: plan.planInspection.id,
        version: plan.planInspection.version,
        input: { inspectedOn: today(), findings: 'Nhãn ghi sai thành phần', consequence: 'revocation', decisionNumber: `${sequence}/QĐ-THU-HOI` },
      },
    );
    expect(recorded.recordInspection).toMatchObject({ state: 'closed', consequence: 'revocation', certificate: { revokedOn: today() } });
    const revoked = await fetch(`${hub.url}/sp/${code}?lang=en`);
    expect(await revoked.text()).toContain('Revoked');
    const json = await (await fetch(`${hub.url}/sp/${code}.json`)).json();
    expect(json).toMatchObject({ status: 'revoked', stars: 4, certificateNumber: input.decisionNumber });
    const product = await ok(provinceAdmin, `query ($id: Int!) { product(id: $id) { status } }`, { id: dossier.productId });
    expect(product.product.status).toBe('revoked');
    const audited = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'inspection' AND entity_id = $1`, [plan.planInspection.id]);
    expect(audited[0].n).toBe(2);
  });

  it('takes a dossier only where the rule set of its submission has a council of the round’s level', async () => {
    // A 2024 district round: Decision 148/QĐ-TTg had district councils, Decision 26/2026 has none.
    const admin = await user('quantri', Role.admin, null);
    const district = await unitId(db, '219');
    const [p]: { id: number }[] = await db.query(
      `SELECT id FROM product WHERE unit_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = $1) ORDER BY id LIMIT 1`,
      [district],
    );
    const [d]: { id: number }[] = await db.query(
      `INSERT INTO dossier (product_id, kind, state, registered_on, submitted_on, checked_on, rule_set_id)
       VALUES ($1, 'first', 'checked', '2026-06-01', '2026-06-01', '2026-06-02', 'qd26-2026') RETURNING id`,
      [p.id],
    );
    sequence += 1;
    const r = (await ok(admin, ROUND, { input: { level: 'district', year: 2024, sequence, unitId: district, heldOn: '2024-06-20' } })).createCouncilRound;
    const assign = `mutation ($id: Int!, $v: Int!, $d: [Int!]!) { assignDossiers(roundId: $id, version: $v, dossierIds: $d) { id } }`;
    const refused = badFields(await gqlAs(db, admin, assign, { id: r.id, v: r.version, d: [d.id] }));
    expect(refused['dossierIds[0]']).toBe('Decision 26/2026/QĐ-TTg: there is no district council for dossier ' + d.id);
    await db.query(
      `UPDATE dossier SET rule_set_id = 'qd148-2023', submitted_on = '2024-05-02', registered_on = '2024-05-01', checked_on = '2024-05-03' WHERE id = $1`,
      [d.id],
    );
    await ok(admin, assign, { id: r.id, v: r.version, d: [d.id] });
    const [held] = await db.query('SELECT rule_set_id, sheet_id FROM round_dossier WHERE round_id = $1 AND dossier_id = $2', [r.id, d.id]);
    expect(held).toEqual({ rule_set_id: 'qd148-2023', sheet_id: 'qd148-2023/parts' });
  });
});

describe('the public product check', () => {
  it('shows the label’s facts and nothing private, without signing in', async () => {
    const [p]: { id: number; code: string; representative: string | null; phone: string | null }[] = await db.query(
      `SELECT p.id, s.code, sj.representative, sj.phone FROM product p JOIN product_stamp s ON s.product_id = p.id JOIN subject sj ON sj.id = p.subject_id
       WHERE sj.representative IS NOT NULL AND sj.phone IS NOT NULL ORDER BY p.id LIMIT 1`,
    );
    const res = await hub.post({
      query: `query ($code: String!) { productCheck(code: $code) { code product producer place province status stars certificateNumber } }`,
      variables: { code: p.code },
    });
    expect(res.json.errors).toBeUndefined();
    const check = res.json.data.productCheck;
    expect(check.code).toBe(p.code);
    const json = await (await fetch(`${hub.url}/sp/${p.code}.json`)).json();
    const html = await (await fetch(`${hub.url}/sp/${p.code}`)).text();
    for (const text of [JSON.stringify(check), JSON.stringify(json), html]) {
      expect(text).not.toContain(p.representative!);
      expect(text).not.toContain(p.phone!);
      expect(text).not.toMatch(new RegExp(`"id"\\s*:\\s*${p.id}\\b`));
    }
    expect(Object.keys(json).sort()).toEqual(
      [
        'asOf',
        'certificateNumber',
        'code',
        'decidedOn',
        'expiresOn',
        'group',
        'place',
        'producer',
        'product',
        'province',
        'revokedOn',
        'stars',
        'status',
      ].sort(),
    );
    const svg = await fetch(`${hub.url}/sp/${p.code}/qr.svg`);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
  });

  it('answers an unknown code with 404, and limits the rate per address', async () => {
    const missing = await fetch(`${hub.url}/sp/zzzzzzzzzz`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Không tìm thấy sản phẩm');
    for (const cut of ['/sp/', '/sp/zzzzzzzzzz/x?lang=en']) {
      const answer = await fetch(`${hub.url}${cut}`);
      expect(answer.status, cut).toBe(404);
      expect(await answer.text(), cut).toMatch(/Không tìm thấy sản phẩm|No product has this code/);
    }
    const limited = await startHub(db, { publicRateLimitPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await fetch(`${limited.url}/sp/0000000000`)).status);
    expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
    expect(statuses).toContain(429);
  });
});

describe('checks after recognition', () => {
  const RECORD = `mutation ($id: Int!, $version: Int!, $input: InspectionFindingInput!) { recordInspection(id: $id, version: $version, input: $input) { id version state consequence fixBy } }`;
  const PLAN = `mutation ($input: PlanInspectionInput!) { planInspection(input: $input) { id version state certificate { id revokedOn } } }`;

  /** A certified product of Bắc Giang's old districts (seeded), valid today. */
  async function certifiedProducts(n: number): Promise<number[]> {
    const rows: { product_id: number }[] = await db.query(
      `SELECT DISTINCT c.product_id FROM certificate c JOIN product p ON p.id = c.product_id
       WHERE c.deleted_at IS NULL AND c.revoked_on IS NULL AND c.decided_on <= $2::date AND c.expires_on >= $2::date
         AND p.unit_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = $1)
         AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.product_id = c.product_id)
       ORDER BY c.product_id LIMIT $3`,
      [province, today(), n],
    );
    return rows.map((r) => r.product_id);
  }

  it('waits for a fix by its deadline, and revokes the certificate when it was not fixed', async () => {
    const [productId] = await certifiedProducts(1);
    const plan = (await ok(provinceAdmin, PLAN, { input: { productId, method: 'risk', plannedOn: today(), riskScore: 70 } })).planInspection;
    const noDeadline = badFields(
      await gqlAs(db, provinceAdmin, RECORD, {
        id: plan.id,
        version: plan.version,
        input: { inspectedOn: today(), findings: 'Thiếu hồ sơ truy xuất', consequence: 'fix_deadline' },
      }),
    );
    expect(Object.keys(noDeadline)).toEqual(['input.fixBy']);
    const [due] = await db.query(`SELECT ($1::date + 30)::text AS d`, [today()]);
    const recorded = (
      await ok(provinceAdmin, RECORD, {
        id: plan.id,
        version: plan.version,
        input: { inspectedOn: today(), findings: 'Thiếu hồ sơ truy xuất', consequence: 'fix_deadline', fixBy: due.d },
      })
    ).recordInspection;
    expect(recorded).toMatchObject({ state: 'awaiting_fix', consequence: 'fix_deadline', fixBy: due.d });
    const waiting = await ok(provinceAdmin, `query { inspections(states: [awaiting_fix]) { id } }`);
    expect(waiting.inspections.map((i: any) => i.id)).toContain(plan.id);

    const SETTLE = `mutation ($id: Int!, $version: Int!, $input: SettleInspectionInput!) { settleInspection(id: $id, version: $version, input: $input) { state consequence certificate { revokedOn } } }`;
    const noDecision = badFields(
      await gqlAs(db, provinceAdmin, SETTLE, { id: plan.id, version: recorded.version, input: { fixed: false, on: today(), resolution: 'Chưa khắc phục' } }),
    );
    expect(Object.keys(noDecision)).toEqual(['input.decisionNumber']);
    const settled = await ok(provinceAdmin, SETTLE, {
      id: plan.id,
      version: recorded.version,
      input: { fixed: false, on: today(), resolution: 'Chưa khắc phục', decisionNumber: '9/QĐ-THU-HOI' },
    });
    expect(settled.settleInspection).toMatchObject({ state: 'closed', consequence: 'revocation', certificate: { revokedOn: today() } });
    const product = await ok(provinceAdmin, `query ($id: Int!) { product(id: $id) { status } }`, { id: productId });
    expect(product.product.status).toBe('revoked');
  });

  it('draws the same random sample from the same seed, and refuses what a commune officer may not plan', async () => {
    const draw = `mutation ($input: InspectionSampleInput!) { drawInspectionSample(input: $input) { productId: product { id } } }`;
    const input = (year: number) => ({ unitCode: '24', year, count: 3, seed: 'kế hoạch 2027', plannedOn: today() });
    const first = (await ok(provinceAdmin, draw, { input: input(2027) })).drawInspectionSample.map((i: any) => i.productId.id);
    expect(first).toHaveLength(3);
    const again = (await ok(provinceAdmin, draw, { input: input(2028) })).drawInspectionSample.map((i: any) => i.productId.id);
    expect(again).toEqual(first);
    const [seeds] = await db.query(`SELECT count(DISTINCT sample_seed)::int AS n, count(*)::int AS total FROM inspection WHERE year IN (2027, 2028)`);
    expect(seeds).toEqual({ n: 1, total: 6 });
    // Nothing left undrawn twice in a year: the same plan year draws other products.
    const more = (await ok(provinceAdmin, draw, { input: input(2027) })).drawInspectionSample.map((i: any) => i.productId.id);
    expect(more.filter((id: number) => first.includes(id))).toEqual([]);
    expect(errorOf(await gqlAs(db, otherOfficer, draw, { input: input(2029) }), 'FORBIDDEN')).toBeDefined();
  });

  it('downgrades only onto a lower re-evaluation of the same product', async () => {
    const [productId] = await certifiedProducts(1);
    const plan = (await ok(provinceAdmin, PLAN, { input: { productId, method: 'complaint', plannedOn: today() } })).planInspection;
    const [other] = await db.query('SELECT id FROM evaluation WHERE product_id <> $1 ORDER BY id LIMIT 1', [productId]);
    const refused = badFields(
      await gqlAs(db, provinceAdmin, RECORD, {
        id: plan.id,
        version: plan.version,
        input: { inspectedOn: today(), findings: 'Chất lượng giảm', consequence: 'downgrade', decisionNumber: '10/QĐ', reevaluationId: other.id },
      }),
    );
    expect(refused['input.reevaluationId']).toBe('needs a re-evaluation of this very product');
    const [cert] = await db.query('SELECT revoked_on FROM certificate WHERE id = $1', [plan.certificate.id]);
    expect(cert.revoked_on).toBeNull();
  });
});
