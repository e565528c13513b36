// The pipeline figures (issue 15): dossiers per state, the days each stage
// takes read from dossier_event, the forecast of new 3★+ products checked
// against direct SQL, the same forecast on a target's progress, and the read
// scope (counts to those who read the unit's figures, never a dossier's content).
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { today } from '../../server/common/dates.ts';
import { cloneDatabase } from '../support/db.ts';
import { gqlAs, unitId } from './mutations-support.ts';

let db: DataSource;
let communeA: number;
let communeB: number;
let subjectA: number;
let subjectB: number;
let officerA: Viewer;
let officerElsewhere: Viewer;
let provinceAdmin: Viewer;
let made = 0;
const YEAR = Number(today().slice(0, 4));
const y = (md: string) => `${YEAR}-${md}`;

async function user(name: string, role: Role, unitKey: string | null): Promise<Viewer> {
  const u = await createUser(db, { username: `${name}.${process.pid}`, password: 'mật khẩu đủ dài', role, unitCode: unitKey, displayName: name });
  return (await viewerById(db, u.id))!;
}

async function ok<T = Record<string, any>>(v: Viewer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gqlAs<T>(db, v, query, variables);
  expect(res.errors, res.errors?.map((e) => e.message).join('; ')).toBeUndefined();
  return res.data;
}

/** A product of the subject's commune with a dossier whose history is `events` ([day, state], oldest first); its state is the last. */
async function dossier(subjectId: number, unit: number, events: [string, string][]): Promise<{ id: number; productId: number }> {
  made += 1;
  const [p] = await db.query(
    `INSERT INTO product (code, name, product_group, subject_id, unit_id, status, registered_on) VALUES ($1, $2, 'food', $3, $4, 'registered', $5) RETURNING id`,
    [`PIPE-${process.pid}-${made}`, `Sản phẩm luồng ${made}`, subjectId, unit, events[0][0]],
  );
  const state = events.at(-1)![1];
  const [d] = await db.query(
    `INSERT INTO dossier (product_id, kind, product_set_code, state, registered_on, rule_set_id, outcome, return_reason)
     VALUES ($1, 'first', 'ps02', $2, $3, 'qd26-2026', $4, $5) RETURNING id`,
    [p.id, state, events[0][0], state === 'decided' ? 'not_recognised' : null, state === 'returned' ? 'thiếu giấy tờ' : null],
  );
  let from: string | null = null;
  for (const [day, to] of events) {
    await db.query(`INSERT INTO dossier_event (dossier_id, on_date, username, from_state, to_state) VALUES ($1, $2, 'test', $3, $4)`, [d.id, day, from, to]);
    from = to;
  }
  return { id: d.id, productId: p.id };
}

let roundSeq = 0;
/** A province round in `state` holding the dossier, with one submitted sheet per total given (parts by a fixed split). */
async function inRound(dossierId: number, productId: number, state: string, totals: number[], finalisedTotal?: number): Promise<void> {
  roundSeq += 1;
  const province = await unitId(db, '2025:24');
  const [r] = await db.query(`INSERT INTO evaluation_round (level, year, sequence, unit_id) VALUES ('province', $1, $2, $3) RETURNING id`, [
    YEAR,
    50 + roundSeq,
    province,
  ]);
  await db.query(`INSERT INTO council_round (id, state) VALUES ($1, $2)`, [r.id, state]);
  let evaluationId: number | null = null;
  if (finalisedTotal !== undefined) {
    const [e] = await db.query(
      `INSERT INTO evaluation (round_id, product_id, score_a, score_b, score_c, evaluated_on) VALUES ($1, $2, 40, 25, $3, $4) RETURNING id`,
      [r.id, productId, finalisedTotal - 65, y('11-01')],
    );
    evaluationId = e.id;
  }
  await db.query(`INSERT INTO round_dossier (round_id, dossier_id, rule_set_id, evaluation_id) VALUES ($1, $2, 'qd26-2026', $3)`, [
    r.id,
    dossierId,
    evaluationId,
  ]);
  for (const [i, total] of totals.entries()) {
    const [m] = await db.query(`INSERT INTO council_member (round_id, name, organisation, role) VALUES ($1, $2, 'Sở', 'member') RETURNING id`, [
      r.id,
      `Thành viên ${i}`,
    ]);
    const a = Math.min(40, total);
    const b = Math.min(25, total - a);
    await db.query(
      `INSERT INTO score_sheet (round_id, dossier_id, member_id, scores, score_a, score_b, score_c, submitted_at, source) VALUES ($1, $2, $3, '{}', $4, $5, $6, now(), 'hub')`,
      [r.id, dossierId, m.id, a, b, total - a - b],
    );
  }
}

const PIPELINE = `query ($code: String!, $year: Int!, $mapOn: LocalDate) { dossierPipeline(unitCode: $code, year: $year, mapOn: $mapOn) {
  year asOf states { state dossiers } stages { state dossiers medianDays longestDays }
  forecast { recognised awaitingApproval forecast earlierInPipeline explanation { vi en } metric { id version } } } }`;

const countsOf = (p: any) => Object.fromEntries(p.states.map((s: any) => [s.state, s.dossiers]));
const stageOf = (p: any, state: string) => p.stages.find((s: any) => s.state === state);

let awaiting: { id: number; productId: number }[];
const ofCommuneB: number[] = [];

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  communeA = await unitId(db, '2025:07525');
  communeB = await unitId(db, '2025:07537');
  const subject = async (code: string, unit: number) =>
    (
      await db.query(`INSERT INTO subject (code, name, type, unit_id, registered_on) VALUES ($1, $2, 'cooperative', $3, '2025-09-01') RETURNING id`, [
        code,
        `HTX ${code}`,
        unit,
      ])
    )[0].id as number;
  subjectA = await subject(`HTX-PIPE-A-${process.pid}`, communeA);
  subjectB = await subject(`HTX-PIPE-B-${process.pid}`, communeB);
  officerA = await user('xa.pipe.a', Role.commune_officer, '2025:07525');
  officerElsewhere = await user('tinh.pipe.qn', Role.province_admin, '2025:51');
  provinceAdmin = await user('tinh.pipe', Role.province_admin, '2025:24');

  // Commune A: stays of 10 and 4 days registered; complete 5 (one pass) and 2+3 (returned in between); returned 10.
  await dossier(subjectA, communeA, [
    [y('01-05'), 'registered'],
    [y('01-15'), 'complete'],
    [y('01-20'), 'checked'],
  ]);
  await dossier(subjectA, communeA, [
    [y('02-01'), 'registered'],
    [y('02-05'), 'complete'],
    [y('02-07'), 'returned'],
    [y('02-17'), 'complete'],
    [y('02-20'), 'checked'],
    [y('03-01'), 'in_round'],
  ]);
  // Left its registration the year before: not among this year's durations.
  await dossier(subjectA, communeA, [
    [`${YEAR - 1}-12-01`, 'registered'],
    [`${YEAR - 1}-12-31`, 'complete'],
  ]);
  await dossier(subjectA, communeA, [[y('03-01'), 'registered']]);
  await dossier(subjectA, communeA, [
    [y('03-01'), 'registered'],
    [y('03-02'), 'withdrawn'],
  ]);
  // Decided the year before: not counted among this year's end states.
  await dossier(subjectA, communeA, [
    [`${YEAR - 1}-03-01`, 'registered'],
    [`${YEAR - 1}-05-01`, 'decided'],
  ]);
  // Commune B: one registered 60 days.
  ofCommuneB.push(
    (
      await dossier(subjectB, communeB, [
        [y('04-01'), 'registered'],
        [y('05-31'), 'complete'],
      ])
    ).id,
  );

  // The forecast: results in the 3★ band awaiting approval (closed: average of the sheets 50.33; finalised: 72),
  // one below it (closed, 49.99 rounds down), one still scoring (sealed: earlier in the pipeline).
  const inRoundEvents: [string, string][] = [
    [y('06-01'), 'registered'],
    [y('06-10'), 'complete'],
    [y('06-15'), 'checked'],
    [y('07-01'), 'in_round'],
  ];
  awaiting = [await dossier(subjectA, communeA, inRoundEvents), await dossier(subjectB, communeB, inRoundEvents)];
  ofCommuneB.push(awaiting[1].id);
  await inRound(awaiting[0].id, awaiting[0].productId, 'closed', [50, 50, 51]);
  await inRound(awaiting[1].id, awaiting[1].productId, 'finalised', [72], 72);
  const below = await dossier(subjectA, communeA, inRoundEvents);
  await inRound(below.id, below.productId, 'closed', [49.99, 49.99, 50]);
  const scoring = await dossier(subjectA, communeA, inRoundEvents);
  await inRound(scoring.id, scoring.productId, 'scoring', [90]);
});

describe('dossierPipeline', () => {
  it('counts the dossiers at each state now, the end states of the year only, within the unit', async () => {
    const commune = (await ok(provinceAdmin, PIPELINE, { code: '07525', year: YEAR })).dossierPipeline;
    expect(countsOf(commune)).toEqual({
      registered: 1,
      returned: 0,
      complete: 1,
      checked: 1,
      in_round: 4,
      forwarded: 0,
      decided: 0,
      withdrawn: 1,
    });
    const province = (await ok(provinceAdmin, PIPELINE, { code: '24', year: YEAR })).dossierPipeline;
    expect(countsOf(province)).toMatchObject({ registered: 1, complete: 2, in_round: 5, withdrawn: 1 });
    const [direct] = await db.query(
      `SELECT count(*)::int AS n FROM dossier d JOIN product p ON p.id = d.product_id
       WHERE p.unit_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = (SELECT id FROM admin_unit WHERE key = '2025:24'))
         AND d.state NOT IN ('decided', 'withdrawn')`,
    );
    const open = province.states.filter((s: any) => s.state !== 'decided' && s.state !== 'withdrawn').reduce((n: number, s: any) => n + s.dossiers, 0);
    expect(open).toBe(direct.n);
    // The year before: the decided dossier is counted, this year's withdrawal is not.
    const before = (await ok(provinceAdmin, PIPELINE, { code: '07525', year: YEAR - 1 })).dossierPipeline;
    expect(countsOf(before)).toMatchObject({ decided: 1, withdrawn: 0 });
    expect(before.forecast).toBeNull();
  });

  it('reads how long each stage took from the history: median and longest days, a state passed twice counted once with its days added', async () => {
    const p = (await ok(provinceAdmin, PIPELINE, { code: '07525', year: YEAR })).dossierPipeline;
    // Registered: 10, 4, 1 (withdrawn next day), 9 ×3 (the commune's in-round ones) → median 9, longest 10.
    expect(stageOf(p, 'registered')).toEqual({ state: 'registered', dossiers: 6, medianDays: 9, longestDays: 10 });
    // Complete: 5, 2 + 3 = 5, 5 ×3.
    expect(stageOf(p, 'complete')).toEqual({ state: 'complete', dossiers: 5, medianDays: 5, longestDays: 5 });
    expect(stageOf(p, 'returned')).toEqual({ state: 'returned', dossiers: 1, medianDays: 10, longestDays: 10 });
    // Checked: 9, 16 ×3.
    expect(stageOf(p, 'checked')).toEqual({ state: 'checked', dossiers: 4, medianDays: 16, longestDays: 16 });
    expect(stageOf(p, 'forwarded')).toEqual({ state: 'forwarded', dossiers: 0, medianDays: null, longestDays: null });
    expect(p.stages.map((s: any) => s.state)).toEqual(['registered', 'returned', 'complete', 'checked', 'in_round', 'forwarded']);
    // The dossier that left registration the year before counts in that year.
    const before = (await ok(provinceAdmin, PIPELINE, { code: '07525', year: YEAR - 1 })).dossierPipeline;
    expect(stageOf(before, 'registered')).toMatchObject({ dossiers: 2, longestDays: 61 });
    // Commune B's stay of 60 days shows in the province only.
    const province = (await ok(provinceAdmin, PIPELINE, { code: '24', year: YEAR })).dossierPipeline;
    expect(stageOf(province, 'registered').longestDays).toBe(60);
  });

  it('forecasts new 3★+ products: the metric’s recognised so far plus results in the 3★ band awaiting approval, as direct SQL counts them', async () => {
    const p = (await ok(provinceAdmin, PIPELINE, { code: '24', year: YEAR })).dossierPipeline;
    const [direct] = await db.query(
      `WITH scope AS (SELECT descendant_id AS id FROM admin_unit_closure WHERE ancestor_id = (SELECT id FROM admin_unit WHERE key = '2025:24')),
            firsts AS (SELECT product_id, min(decided_on) AS first_on FROM certificate WHERE deleted_at IS NULL AND stars >= 3 GROUP BY product_id)
       SELECT (SELECT count(*)::int FROM firsts f JOIN product p ON p.id = f.product_id
               WHERE p.unit_id IN (SELECT id FROM scope) AND f.first_on BETWEEN $1::date AND $2::date) AS recognised`,
      [`${YEAR}-01-01`, today()],
    );
    expect(p.forecast.metric.id).toBe('new_certified_products');
    expect(p.forecast.recognised).toBe(direct.recognised);
    expect(p.forecast.awaitingApproval).toBe(2);
    expect(p.forecast.forecast).toBe(direct.recognised + 2);
    // Earlier: registered 1, complete 2, checked 1, in_round 2 (in no round; still scoring); not the one below the band.
    expect(p.forecast.earlierInPipeline).toBe(6);
    expect(p.forecast.explanation.vi).toContain(`${direct.recognised + 2}`);
    const commune = (await ok(provinceAdmin, PIPELINE, { code: '07525', year: YEAR })).dossierPipeline;
    expect(commune.forecast.awaitingApproval).toBe(1);

    // Once a product holds a 3★ certificate its dossier is no longer a new product in waiting.
    const [round] = await db.query(`SELECT round_id, evaluation_id FROM round_dossier WHERE dossier_id = $1`, [awaiting[1].id]);
    await db.query(
      `INSERT INTO certificate (evaluation_id, product_id, level, stars, decision_number, decided_on) VALUES ($1, $2, 'province', 4, 'QĐ-PIPE', $3)`,
      [round.evaluation_id, awaiting[1].productId, today()],
    );
    const after = (await ok(provinceAdmin, PIPELINE, { code: '24', year: YEAR })).dossierPipeline;
    expect(after.forecast.recognised).toBe(direct.recognised + 1);
    expect(after.forecast.awaitingApproval).toBe(1);
    expect(after.forecast.forecast).toBe(direct.recognised + 2);
    await db.query(`UPDATE certificate SET deleted_at = now() WHERE decision_number = 'QĐ-PIPE'`);
  });

  it('gives a target on new 3★+ products this year the pipeline forecast beside its run-rate forecast', async () => {
    const province = await unitId(db, '2025:24');
    const [plan] = await db.query(
      `INSERT INTO plan (key, issuer_unit_id, issuer_name, year, period_start, period_end, title) VALUES ($1, $2, 'UBND tỉnh', $3, $4, $5, 'Kế hoạch thử') RETURNING id`,
      [`pipe-${process.pid}`, province, YEAR, `${YEAR}-01-01`, `${YEAR}-12-31`],
    );
    await db.query(
      `INSERT INTO target (key, plan_id, metric, params, scope_unit_id, target_min, unit, due_date, wording) VALUES
         ($1, $2, 'new_certified_products', '{"minStars": 3}', $3, 40, 'count', $4, 'Ít nhất 40 sản phẩm mới đạt 3 sao'),
         ($5, $2, 'certified_products', '{}', $3, 400, 'count', $4, 'Duy trì 400 sản phẩm')`,
      [`pipe-${process.pid}-new`, plan.id, province, `${YEAR}-12-31`, `pipe-${process.pid}-kept`],
    );
    const data = await ok(
      provinceAdmin,
      `query ($id: Int!) { targetProgress(planId: $id) { targets { metric { id } actual forecast
         pipelineForecast { recognised awaitingApproval forecast earlierInPipeline explanation { vi en } metric { id version } } } } }`,
      { id: plan.id },
    );
    const [mine, other] = data.targetProgress.targets;
    const pipeline = (await ok(provinceAdmin, PIPELINE, { code: '24', year: YEAR })).dossierPipeline;
    expect(mine.metric.id).toBe('new_certified_products');
    expect(mine.pipelineForecast).toEqual(pipeline.forecast);
    expect(mine.pipelineForecast.recognised).toBe(mine.actual);
    expect(mine.forecast).not.toBeNull();
    expect(other.pipelineForecast).toBeNull();
  });

  it('shows counts to those who read the unit’s figures, never a dossier, and nothing outside the read scope', async () => {
    // A commune officer reads the province's figures, so commune B's counts…
    const b = (await ok(officerA, PIPELINE, { code: '07537', year: YEAR })).dossierPipeline;
    expect(countsOf(b).in_round).toBe(1);
    // …but not commune B's dossiers.
    const listed = await ok(officerA, `query { dossiers(first: 100) { edges { node { id } } } }`);
    expect(listed.dossiers.edges.length).toBeGreaterThan(0);
    expect(listed.dossiers.edges.filter((e: any) => ofCommuneB.includes(e.node.id))).toEqual([]);
    const refused = await gqlAs(db, officerA, `query ($id: Int!) { dossier(id: $id) { id } }`, { id: ofCommuneB[0] });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // An officer of another province reads nothing of this one.
    const far = (await ok(officerElsewhere, PIPELINE, { code: '24', year: YEAR })).dossierPipeline;
    expect(Object.values(countsOf(far)).every((n) => n === 0)).toBe(true);
    expect(far.stages.every((s: any) => s.dossiers === 0)).toBe(true);
    expect(far.forecast).toMatchObject({ recognised: 0, awaitingApproval: 0, earlierInPipeline: 0 });
  });

  it('refuses a year out of range, naming it', async () => {
    const res = await gqlAs(db, provinceAdmin, PIPELINE, { code: '24', year: 1990 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
