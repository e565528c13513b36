// Re-evaluation work items before expiry (issue 15 item 3): the window of the
// rule set in force (QĐ 26/2026: filed 180 to 120 days before expiry) on its
// first and last day, overdue after it, in progress once the commune starts
// the re-evaluation from the item, done once a newer certificate is issued.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { addDays, today } from '../../server/common/dates.ts';
import { cloneDatabase } from '../support/db.ts';
import { badFields, errorOf, gqlAs, unitId } from './mutations-support.ts';

let db: DataSource;
let officer: Viewer;
let elsewhere: Viewer;
let communeId: number;
let provinceId: number;
let subjectId: number;
let made = 0;
const T = today();

async function user(name: string, role: Role, unitKey: string): Promise<Viewer> {
  const u = await createUser(db, { username: `${name}.${process.pid}`, password: 'mật khẩu đủ dài', role, unitCode: unitKey, displayName: name });
  return (await viewerById(db, u.id))!;
}

async function ok<T = Record<string, any>>(v: Viewer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gqlAs<T>(db, v, query, variables);
  expect(res.errors, res.errors?.map((e) => `${e.message} ${JSON.stringify(e.extensions?.fields ?? '')}`).join('; ')).toBeUndefined();
  return res.data;
}

/** A certificate (3★, province level) of the product decided on `decidedOn`: its id and expiry. */
async function certificate(productId: number, decidedOn: string): Promise<{ id: number; expires_on: string }> {
  made += 1;
  const [round] = await db.query(`INSERT INTO evaluation_round (level, year, sequence, unit_id) VALUES ('province', 2023, $1, $2) RETURNING id`, [
    70 + made,
    provinceId,
  ]);
  const [e] = await db.query(
    `INSERT INTO evaluation (round_id, product_id, score_a, score_b, score_c, evaluated_on) VALUES ($1, $2, 20, 15, 20, $3::date - 10) RETURNING id`,
    [round.id, productId, decidedOn],
  );
  const [c] = await db.query(
    `INSERT INTO certificate (evaluation_id, product_id, level, stars, decision_number, decided_on) VALUES ($1, $2, 'province', 3, $3, $4) RETURNING id, expires_on::text`,
    [e.id, productId, `QĐ-LAI-${made}`, decidedOn],
  );
  return c;
}

/** A certified product of the commune with a certificate expiring `days` from today. */
async function certified(days: number): Promise<{ productId: number; certificateId: number }> {
  made += 1;
  const [p] = await db.query(
    `INSERT INTO product (code, name, product_group, subject_id, unit_id, status, registered_on) VALUES ($1, $2, 'food', $3, $4, 'certified', '2022-01-01') RETURNING id`,
    [`LAI-${process.pid}-${made}`, `Sản phẩm đánh giá lại ${made}`, subjectId, communeId],
  );
  const [decided] = await db.query(`SELECT ($1::date - interval '36 months')::date::text AS d`, [addDays(T, days)]);
  const c = await certificate(p.id, decided.d);
  expect(c.expires_on).toBe(addDays(T, days));
  return { productId: p.id, certificateId: c.id };
}

const WORK = `query ($code: String!, $statuses: [ReevaluationStatus!]) { reevaluationWork(unitCode: $code, statuses: $statuses) {
  asOf window { ruleSetId opensDaysBeforeExpiry closesDaysBeforeExpiry citation { vi en } }
  items { certificateId productId stars expiresOn validToday windowOpensOn lastDayToFile status dossierId renewedOn } } }`;
const START = `mutation ($id: Int!, $set: String) { startReevaluation(certificateId: $id, productSetCode: $set) { id kind state product { id } } }`;

async function items(v: Viewer = officer, code = '07525') {
  return (await ok(v, WORK, { code })).reevaluationWork;
}
const itemOf = (work: any, certificateId: number) => work.items.find((i: any) => i.certificateId === certificateId);

let notYet: { productId: number; certificateId: number };
let firstDay: { productId: number; certificateId: number };
let lastDay: { productId: number; certificateId: number };
let overdue: { productId: number; certificateId: number };
let midway: { productId: number; certificateId: number };

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  communeId = await unitId(db, '2025:07525');
  provinceId = await unitId(db, '2025:24');
  officer = await user('xa.lai', Role.commune_officer, '2025:07525');
  elsewhere = await user('tinh.lai.qn', Role.province_admin, '2025:51');
  [{ id: subjectId }] = await db.query(
    `INSERT INTO subject (code, name, type, unit_id, registered_on) VALUES ($1, 'HTX Đánh giá lại', 'cooperative', $2, '2021-01-01') RETURNING id`,
    [`HTX-LAI-${process.pid}`, communeId],
  );
  notYet = await certified(181);
  firstDay = await certified(180);
  midway = await certified(150);
  lastDay = await certified(120);
  overdue = await certified(119);
});

describe('re-evaluation work items', () => {
  it('applies the window of the rule set in force, with its citation', async () => {
    const work = await items();
    expect(work.asOf).toBe(T);
    expect(work.window).toMatchObject({ ruleSetId: 'qd26-2026', opensDaysBeforeExpiry: 180, closesDaysBeforeExpiry: 120 });
    expect(work.window.citation.vi).toContain('Điều 7 khoản 6');
  });

  it('lists a certificate from the first day of its window to past its last, due then overdue', async () => {
    const work = await items();
    expect(itemOf(work, notYet.certificateId)).toBeUndefined();
    expect(itemOf(work, firstDay.certificateId)).toMatchObject({
      status: 'due',
      windowOpensOn: T,
      lastDayToFile: addDays(T, 60),
      expiresOn: addDays(T, 180),
      validToday: true,
      stars: 3,
      dossierId: null,
    });
    expect(itemOf(work, lastDay.certificateId)).toMatchObject({ status: 'due', windowOpensOn: addDays(T, -60), lastDayToFile: T });
    expect(itemOf(work, overdue.certificateId)).toMatchObject({ status: 'overdue', lastDayToFile: addDays(T, -1) });
    const [direct] = await db.query(`SELECT expires_on::text AS e FROM certificate_validity WHERE certificate_id = $1`, [firstDay.certificateId]);
    expect(direct.e).toBe(addDays(T, 180));
    const onlyOverdue = (await ok(officer, WORK, { code: '07525', statuses: ['overdue'] })).reevaluationWork;
    expect(onlyOverdue.items.every((i: any) => i.status === 'overdue')).toBe(true);
    expect(itemOf(onlyOverdue, overdue.certificateId)).toBeDefined();
    // The province sees its communes' items; another province's officer sees none of them.
    expect(itemOf(await items(officer, '24'), firstDay.certificateId)).toBeDefined();
    expect(itemOf(await items(elsewhere, '24'), firstDay.certificateId)).toBeUndefined();
  });

  it('starts the re-evaluation from the item (in progress), and is done once a newer certificate is issued', async () => {
    const refused = await gqlAs(db, officer, START, { id: notYet.certificateId, set: 'ps02' });
    expect(errorOf(refused, 'BAD_USER_INPUT').extensions.argument).toBe('certificateId');

    const started = (await ok(officer, START, { id: midway.certificateId, set: 'ps02' })).startReevaluation;
    expect(started).toMatchObject({ kind: 'reevaluation', state: 'registered', product: { id: midway.productId } });
    expect(itemOf(await items(), midway.certificateId)).toMatchObject({ status: 'in_progress', dossierId: started.id });
    // One dossier at a time: starting again is refused by registerProduct's own rule.
    const again = await gqlAs(db, officer, START, { id: midway.certificateId, set: 'ps02' });
    expect(Object.keys(badFields(again))).toEqual(['input.productId']);

    // An overdue item can still be started (the late filing QĐ 26/2026 Điều 12 allows).
    const late = (await ok(officer, START, { id: overdue.certificateId, set: 'ps02' })).startReevaluation;
    expect(itemOf(await items(), overdue.certificateId)).toMatchObject({ status: 'in_progress', dossierId: late.id });

    // The newer certificate: the item is done, and the old one is no longer valid today.
    await certificate(midway.productId, T);
    const done = itemOf(await items(), midway.certificateId);
    expect(done).toMatchObject({ status: 'done', renewedOn: T, validToday: false });
    const refusedDone = await gqlAs(db, officer, START, { id: midway.certificateId, set: 'ps02' });
    expect(errorOf(refusedDone, 'BAD_USER_INPUT').extensions.argument).toBe('certificateId');
  });
});
