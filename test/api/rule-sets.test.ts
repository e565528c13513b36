// The OCOP rule sets as data (seeds/rules/rule-sets.json): which set a date
// falls under, the part maxima and council levels of each at its boundaries,
// who may recognise which stars, on every write path, citing the decision.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';
import { badFields, unitId } from './mutations-support.ts';

let db: DataSource;
let hub: RunningHub;
let subject: number;
let chu: number;
const rounds: Record<string, number> = {};

const EVALUATE = 'mutation ($input: EvaluationInput!) { createEvaluation(input: $input) { id stars totalScore submittedOn ruleSet { id } } }';
const CERTIFY = 'mutation ($input: CertificateInput!) { createCertificate(input: $input) { id stars level } }';

let products = 0;
/** A new product in Chũ (07525, Lục Ngạn, Bắc Giang), registered in 2019: every round of Bắc Giang and its successor covers it. */
async function product(): Promise<number> {
  products += 1;
  const [{ id }] = await db.query(
    `INSERT INTO product (code, name, product_group, subject_id, unit_id, status, registered_on)
     VALUES ($1, 'Sản phẩm thử quy tắc', 'food', $2, $3, 'registered', '2019-01-01') RETURNING id`,
    [`RS-${products}`, subject, chu],
  );
  return id;
}

async function round(key: string, level: string, year: number, unitKey: string | null): Promise<void> {
  const unit = unitKey ? await unitId(db, unitKey) : null;
  rounds[key] = (
    await gql(db, 'mutation ($input: EvaluationRoundInput!) { createEvaluationRound(input: $input) { id } }', {
      input: { level, year, sequence: 9, unitId: unit },
    })
  ).data.createEvaluationRound.id;
}

type Scores = [number, number, number];
const evaluate = async (roundKey: string, [scoreA, scoreB, scoreC]: Scores, evaluatedOn: string, submittedOn?: string) =>
  runGql(db, EVALUATE, { input: { roundId: rounds[roundKey], productId: await product(), scoreA, scoreB, scoreC, evaluatedOn, submittedOn } });

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
  chu = await unitId(db, '07525');
  [{ id: subject }] = await db.query(
    `INSERT INTO subject (code, name, type, unit_id, registered_on) VALUES ('RS-CT', 'HTX thử quy tắc', 'cooperative', $1, '2019-01-01') RETURNING id`,
    [chu],
  );
  await round('p2022', 'province', 2022, '24');
  await round('p2023', 'province', 2023, '24');
  await round('p2024', 'province', 2024, '24');
  await round('p2025old', 'province', 2025, '24');
  await round('d2024', 'district', 2024, '219');
  await round('d2022', 'district', 2022, '219');
  await round('d2025', 'district', 2025, '219');
  await round('p2025', 'province', 2025, '2025:24');
  await round('p2026', 'province', 2026, '2025:24');
  await round('c2024', 'central', 2024, null);
});

describe('rule sets', () => {
  it('lists the four decisions with their dates, part maxima, bands, levels and sources', async () => {
    const { data } = await gql(
      db,
      `{ ruleSets { id decisionNumber effectiveFrom effectiveTo citationVi citationEn parts { part maxPoints } bands { stars minPoints belowPoints }
         levels { level recognises } certificateMinStars certificateMonths sources { facet source url } } }`,
    );
    const sets = data.ruleSets;
    expect(sets.map((r: { id: string; effectiveFrom: string; effectiveTo: string | null }) => [r.id, r.effectiveFrom, r.effectiveTo])).toEqual([
      ['qd1048-2019', '2019-08-21', '2023-02-23'],
      ['qd148-2023', '2023-02-24', '2025-07-05'],
      ['qd1489-2025', '2025-07-06', '2026-07-21'],
      ['qd26-2026', '2026-05-22', null],
    ]);
    const maxima = (r: { parts: { maxPoints: number }[] }) => r.parts.map((p) => p.maxPoints);
    expect(sets.map(maxima)).toEqual([
      [35, 25, 40],
      [40, 25, 35],
      [40, 25, 35],
      [40, 25, 35],
    ]);
    for (const r of sets) {
      expect(r.bands.map((b: { minPoints: number }) => b.minPoints)).toEqual([0, 30, 50, 70, 90]);
      expect(r.certificateMinStars).toBe(3);
      expect(r.certificateMonths).toBe(36);
      expect(r.sources.some((s: { facet: string }) => s.facet === 'scoring')).toBe(true);
    }
    const levels = (id: string) => sets.find((r: { id: string }) => r.id === id).levels;
    expect(levels('qd1048-2019')).toEqual([
      { level: 'district', recognises: [] },
      { level: 'province', recognises: [3, 4] },
      { level: 'central', recognises: [5] },
    ]);
    expect(levels('qd148-2023')).toEqual([
      { level: 'district', recognises: [3] },
      { level: 'province', recognises: [4] },
      { level: 'central', recognises: [5] },
    ]);
    expect(levels('qd1489-2025')).toEqual([
      { level: 'province', recognises: [3, 4] },
      { level: 'central', recognises: [5] },
    ]);
    expect(sets[2].citationVi).toBe('Quyết định 148/QĐ-TTg, sửa đổi bởi Quyết định 1489/QĐ-TTg');
  });

  it('selects a set by date: none before 21/8/2019, the newer where two overlap', async () => {
    const on = async (date: string) => (await gql(db, 'query ($date: LocalDate!) { ruleSetOn(date: $date) { id } }', { date })).data.ruleSetOn?.id ?? null;
    const days: [string, string | null][] = [
      ['2019-08-20', null],
      ['2019-08-21', 'qd1048-2019'],
      ['2023-02-23', 'qd1048-2019'],
      ['2023-02-24', 'qd148-2023'],
      ['2025-07-05', 'qd148-2023'],
      ['2025-07-06', 'qd1489-2025'],
      ['2026-05-21', 'qd1489-2025'],
      ['2026-05-22', 'qd26-2026'],
    ];
    for (const [date, id] of days) expect(await on(date), date).toBe(id);
  });
});

describe('evaluations follow the rule set of their date', () => {
  it('accepts each part at its maximum and refuses a hundredth more, citing the decision', async () => {
    const cases: [string, string, Scores, Scores, string][] = [
      ['p2022', '2022-06-01', [35, 25, 40], [35.01, 25, 40], 'Decision 1048/QĐ-TTg: part A is at most 35 points'],
      ['p2022', '2022-06-01', [35, 25, 40], [35, 25, 40.01], 'Decision 1048/QĐ-TTg: part C is at most 40 points'],
      ['p2024', '2024-06-01', [40, 25, 35], [40.01, 25, 35], 'Decision 148/QĐ-TTg: part A is at most 40 points'],
      ['p2024', '2024-06-01', [40, 25, 35], [40, 25.01, 35], 'Decision 148/QĐ-TTg: part B is at most 25 points'],
      ['p2025', '2025-08-01', [40, 25, 35], [40, 25, 35.01], 'Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg: part C is at most 35 points'],
      ['p2026', '2026-06-01', [40, 25, 35], [40.01, 25, 35], 'Decision 26/2026/QĐ-TTg: part A is at most 40 points'],
    ];
    for (const [key, day, fits, over, message] of cases) {
      const ok = await evaluate(key, fits, day);
      expect(ok.errors, message).toBeUndefined();
      expect(ok.data.createEvaluation).toMatchObject({ totalScore: 100, stars: 5 });
      const part = `input.score${message.match(/part (.)/)![1]}`;
      expect(badFields(await evaluate(key, over, day))).toEqual({ [part]: message });
    }
  });

  it('changes maxima on the day the next decision applies', async () => {
    const scores: Scores = [37, 20, 30];
    expect(badFields(await evaluate('p2023', scores, '2023-02-23'))).toEqual({ 'input.scoreA': 'Decision 1048/QĐ-TTg: part A is at most 35 points' });
    const next = await evaluate('p2023', scores, '2023-02-24');
    expect(next.data.createEvaluation).toMatchObject({ stars: 4, ruleSet: { id: 'qd148-2023' } });
  });

  it('selects the set by the submission date: a dossier submitted before 22/5/2026 stays under 1489 until 21/7/2026', async () => {
    const before = await evaluate('p2026', [30, 20, 30], '2026-06-10', '2026-05-15');
    expect(before.data.createEvaluation).toMatchObject({ submittedOn: '2026-05-15', ruleSet: { id: 'qd1489-2025' } });
    const after = await evaluate('p2026', [30, 20, 30], '2026-06-10', '2026-05-22');
    expect(after.data.createEvaluation.ruleSet.id).toBe('qd26-2026');
    expect(badFields(await evaluate('p2026', [30, 20, 30], '2026-07-22', '2026-05-15'))).toEqual({
      'input.evaluatedOn':
        'Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg: applies until 21/07/2026; a dossier submitted on 15/05/2026 must be evaluated by then',
    });
    expect(badFields(await evaluate('p2026', [30, 20, 30], '2026-06-10', '2026-06-11'))).toEqual({
      'input.submittedOn': 'must be on or before the evaluation date (10/06/2026)',
    });
  });

  it('refuses evaluations before the first decision and by a district council after 1489', async () => {
    const [{ id: early }] = await db.query(`INSERT INTO evaluation_round (level, year, sequence, unit_id) VALUES ('province', 2019, 9, $1) RETURNING id`, [
      await unitId(db, '24'),
    ]);
    rounds.p2019 = early;
    expect(badFields(await evaluate('p2019', [30, 20, 30], '2019-08-20'))).toEqual({
      'input.evaluatedOn': 'Decision 1048/QĐ-TTg: the first OCOP rule set, applies from 21/08/2019; no rule set applies on 20/08/2019',
    });
    expect(badFields(await evaluate('d2025', [30, 20, 30], '2025-07-10'))).toEqual({
      'input.roundId': 'Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg: there is no district council evaluating OCOP products (only province, central)',
    });
  });

  it('is guarded by the database too: a row written past the writers still meets the maxima', async () => {
    await expect(
      db.query(`INSERT INTO evaluation (round_id, product_id, score_a, score_b, score_c, evaluated_on) VALUES ($1, $2, 20, 20, 36, '2024-06-01')`, [
        rounds.p2024,
        await product(),
      ]),
    ).rejects.toThrow(/exceeds its maximum under Decision 148\/QĐ-TTg/);
  });

  it('answers in Vietnamese by default: "Quyết định 148/QĐ-TTg: phần A tối đa 40 điểm"', async () => {
    const res = await hub.post(
      {
        query: EVALUATE,
        variables: { input: { roundId: rounds.p2024, productId: await product(), scoreA: 41, scoreB: 20, scoreC: 30, evaluatedOn: '2024-06-01' } },
      },
      { ...(await authHeader(db, Role.admin)), 'accept-language': 'vi' },
    );
    expect(res.json.errors[0].extensions.fields).toEqual([{ field: 'input.scoreA', message: 'Quyết định 148/QĐ-TTg: phần A tối đa 40 điểm' }]);
  });
});

describe('certificates follow who recognises what', () => {
  const certify = async (evaluationId: number, decidedOn: string) =>
    runGql(db, CERTIFY, { input: { evaluationId, decisionNumber: `${evaluationId}/QĐ-UBND`, decidedOn } });
  const evaluationId = async (key: string, scores: Scores, day: string) => (await evaluate(key, scores, day)).data.createEvaluation.id as number;

  it('refuses a 5★ certificate from a district round: only the central level recognises 5★', async () => {
    const e = await evaluationId('d2024', [38, 25, 32], '2024-06-01');
    expect(badFields(await certify(e, '2024-06-20'))).toEqual({
      'input.evaluationId': `Decision 148/QĐ-TTg: 5★ products are recognised at central level, not by a district council (evaluation ${e} is from a district round)`,
    });
    const central = await evaluationId('c2024', [38, 25, 32], '2024-11-01');
    expect((await certify(central, '2024-12-01')).data.createCertificate).toMatchObject({ stars: 5, level: 'central' });
  });

  it('gives each level the stars of its decision: 3★ by the district under 148, by the province under 1048', async () => {
    const d148 = await evaluationId('d2024', [25, 15, 20], '2024-06-01');
    expect((await certify(d148, '2024-06-20')).data.createCertificate).toMatchObject({ stars: 3, level: 'district' });
    const d148four = await evaluationId('d2024', [30, 20, 25], '2024-06-01');
    expect(badFields(await certify(d148four, '2024-06-20'))['input.evaluationId']).toBe(
      `Decision 148/QĐ-TTg: 4★ products are recognised at province level, not by a district council (evaluation ${d148four} is from a district round)`,
    );
    const d1048 = await evaluationId('d2022', [25, 15, 20], '2022-06-01');
    expect(badFields(await certify(d1048, '2022-06-20'))['input.evaluationId']).toMatch(/^Decision 1048\/QĐ-TTg: 3★ products are recognised at province level/);
    const p1048 = await evaluationId('p2022', [25, 15, 20], '2022-06-01');
    expect((await certify(p1048, '2022-06-20')).data.createCertificate).toMatchObject({ stars: 3, level: 'province' });
  });

  it('refuses a decision by a council whose unit no longer existed (no district, no old province after 30/6/2025)', async () => {
    const district = await evaluationId('d2025', [25, 15, 20], '2025-05-10');
    expect(badFields(await certify(district, '2025-07-01'))).toEqual({
      'input.decidedOn': 'Huyện Lục Ngạn existed until 30/06/2025: its district council cannot decide on 01/07/2025',
    });
    const oldProvince = await evaluationId('p2025old', [30, 20, 25], '2025-06-20');
    expect(badFields(await certify(oldProvince, '2025-07-02'))['input.decidedOn']).toMatch(/^Tỉnh Bắc Giang existed until 30\/06\/2025/);
    expect((await certify(oldProvince, '2025-06-30')).data.createCertificate).toMatchObject({ stars: 4, level: 'province' });
  });

  it('holds the same rules on file imports', async () => {
    const csv = [
      'product_code;round_level;round_year;round_sequence;round_unit_code;score_a;score_b;score_c;evaluated_on',
      `RS-IMPORT;province;2024;9;24;20;20;36;01/06/2024`,
    ].join('\n');
    await db.query(
      `INSERT INTO product (code, name, product_group, subject_id, unit_id, status, registered_on)
       VALUES ('RS-IMPORT', 'Sản phẩm nhập tệp', 'food', $1, $2, 'registered', '2019-01-01')`,
      [subject, chu],
    );
    const { data } = await gql(
      db,
      `mutation ($file: String!) { importData(kind: evaluations, format: CSV, fileBase64: $file, dryRun: false) { written problems { row column message } } }`,
      { file: Buffer.from(csv).toString('base64') },
      undefined,
      'en',
    );
    expect(data.importData).toEqual({
      written: false,
      problems: [{ row: 2, column: 'score_c', message: 'Decision 148/QĐ-TTg: part C is at most 35 points' }],
    });
  });
});
