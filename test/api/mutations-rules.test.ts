// Input validation (every bad field at once) and the business rules of writes,
// each refused with BAD_USER_INPUT naming the field and the reason.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';
import { badFields, errorOf, gqlAs, makeViewers, rowById, unitId, type Viewers } from './mutations-support.ts';

let db: DataSource;
let v: Viewers;
let chu: number;
let chu2025: number;
let lucNgan: number;
let subject: number;
let product: number;
let round: number;
let weak: number;

const M = {
  subject: 'mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }',
  product: 'mutation ($input: ProductInput!) { createProduct(input: $input) { id version } }',
  evaluation: 'mutation ($input: EvaluationInput!) { createEvaluation(input: $input) { id version stars totalScore } }',
  updateEvaluation:
    'mutation ($id: Int!, $version: Int!, $input: EvaluationInput!) { updateEvaluation(id: $id, version: $version, input: $input) { id version } }',
  certificate: 'mutation ($input: CertificateInput!) { createCertificate(input: $input) { id version stars level } }',
  revoke:
    'mutation ($id: Int!, $version: Int!, $input: RevocationInput!) { revokeCertificate(id: $id, version: $version, input: $input) { revokedOn revocationReason version } }',
  allocation: 'mutation ($input: BudgetAllocationInput!) { createBudgetAllocation(input: $input) { id version } }',
  updateAllocation:
    'mutation ($id: Int!, $version: Int!, $input: BudgetAllocationInput!) { updateBudgetAllocation(id: $id, version: $version, input: $input) { id version } }',
  disbursement: 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id version amount } }',
  updateDisbursement:
    'mutation ($id: Int!, $version: Int!, $input: DisbursementInput!) { updateDisbursement(id: $id, version: $version, input: $input) { id version amount } }',
  trainingClass: 'mutation ($input: TrainingClassInput!) { createTrainingClass(input: $input) { id } }',
  plan: 'mutation ($input: PlanInput!) { createPlan(input: $input) { id } }',
  round: 'mutation ($input: EvaluationRoundInput!) { createEvaluationRound(input: $input) { id } }',
};

const productInput = (extra: Record<string, unknown> = {}) => ({
  code: `SP-R-${Math.random().toString(36).slice(2, 8)}`,
  name: 'Mật ong rừng',
  group: 'food',
  subjectId: subject,
  unitId: chu,
  registeredOn: '2024-01-10',
  ...extra,
});
const allocationInput = (amount = '1000000000') => ({ year: 2024, source: 'provincial', amount, recipientUnitId: lucNgan, activity: 'Hỗ trợ chủ thể OCOP' });
const pay = (allocationId: number, amount: string, extra: Record<string, unknown> = {}) => ({
  allocationId,
  disbursedOn: '2024-05-02',
  unitId: chu,
  amount,
  activity: 'Hỗ trợ tem nhãn',
  ...extra,
});

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  v = await makeViewers(db);
  chu = await unitId(db, '07525');
  chu2025 = await unitId(db, '2025:07525');
  lucNgan = await unitId(db, '219');
  subject = (
    await gql(db, M.subject, { input: { code: 'CT-RULES', name: 'HTX Mật ong', type: 'cooperative', unitId: chu, registeredOn: '2020-01-01' } }, v.admin)
  ).data.createSubject.id;
  product = (await gql(db, M.product, { input: productInput({ code: 'SP-RULES-1' }) }, v.admin)).data.createProduct.id;
  round = (await gql(db, M.round, { input: { level: 'district', year: 2024, sequence: 8, unitId: lucNgan } }, v.admin)).data.createEvaluationRound.id;
  // A weak score (49.5, 2★) for the product in the round: too low for a certificate, and it freezes the round.
  weak = (
    await gql(db, M.evaluation, { input: { roundId: round, productId: product, scoreA: 15, scoreB: 15.5, scoreC: 19, evaluatedOn: '2024-05-01' } }, v.admin)
  ).data.createEvaluation.id;
});

describe('input validation', () => {
  it('names every bad field of one input at once, in extensions.fields and in the message', async () => {
    const res = await gqlAs(db, v.admin, M.trainingClass, {
      input: { organiser: '  ', topic: 'OCOP', audience: 'mixed', unitId: 0, startsOn: '2024-05-10', endsOn: '2024-05-01', plannedLearners: -3, cost: '-5' },
    });
    const error = errorOf(res, 'BAD_USER_INPUT');
    expect(badFields(res)).toEqual({
      'input.organiser': 'must not be blank',
      'input.unitId': 'must be a unit id',
      'input.endsOn': 'must be on or after startsOn (10/05/2024)',
      'input.plannedLearners': 'must be 0 or more',
      'input.cost': 'must be a whole number of đồng, 0 or more (at most 18 digits)',
    });
    for (const field of ['input.organiser', 'input.unitId', 'input.endsOn', 'input.plannedLearners', 'input.cost']) expect(error.message).toContain(field);
    expect(error.message).toMatch(/^Invalid input \(5 fields\)/);
  });

  it('checks the shape of scores (0–100, two decimals) before the rule set checks each part (rule-sets.test.ts)', async () => {
    const res = await gqlAs(db, v.admin, M.evaluation, {
      input: { roundId: round, productId: product, scoreA: 101, scoreB: 10.125, scoreC: -1, evaluatedOn: '2024-05-01' },
    });
    expect(badFields(res)).toEqual({
      'input.scoreA': 'must be between 0 and 100',
      'input.scoreB': 'must be a number with at most 2 decimals',
      'input.scoreC': 'must be between 0 and 100',
    });
  });

  it('has no way to type stars in: they follow from the score', async () => {
    const res = await runGql(
      db,
      `mutation { createEvaluation(input: { roundId: ${round}, productId: ${product}, scoreA: 20, scoreB: 20, scoreC: 20, evaluatedOn: "2024-05-01", stars: 5 }) { id } }`,
      {},
      v.admin,
    );
    expect(res.errors?.[0].message).toMatch(/"stars" is not defined by type "EvaluationInput"/);
  });

  it('refuses a disbursement of nothing and malformed money before any rule runs', async () => {
    const res = await gqlAs(db, v.admin, M.disbursement, { input: { allocationId: 0, disbursedOn: '2024-05-02', unitId: chu, amount: '0', activity: '' } });
    expect(Object.keys(badFields(res)).sort()).toEqual(['input.activity', 'input.allocationId', 'input.amount']);
    const money = await runGql(db, M.disbursement, { input: pay(1, '20.967.000.000') }, v.admin);
    expect(money.errors?.[0].message).toMatch(/Vnd must be a whole number of đồng as digits/);
  });
});

describe('business rules', () => {
  it('computes stars in the database from the score', async () => {
    const p = (await gql(db, M.product, { input: productInput() }, v.admin)).data.createProduct.id;
    const e = await gql(
      db,
      M.evaluation,
      { input: { roundId: round, productId: p, scoreA: 15, scoreB: 15.5, scoreC: 19, evaluatedOn: '2024-05-01' } },
      v.admin,
    );
    expect(e.data.createEvaluation).toMatchObject({ totalScore: 49.5, stars: 2 });
  });

  it('issues a certificate only from 3★ (a score of 50 or more), citing the rule set', async () => {
    const res = await gqlAs(db, v.admin, M.certificate, { input: { evaluationId: weak, decisionNumber: '1/QĐ', decidedOn: '2024-06-01' } });
    expect(badFields(res)).toEqual({
      'input.evaluationId': `Decision 148/QĐ-TTg: certificates are issued from 3★ only; evaluation ${weak} scored 49.5 (2★)`,
    });
  });

  it('copies stars from the evaluation, checks the level against the round and the dates against each other', async () => {
    const p = (await gql(db, M.product, { input: productInput() }, v.admin)).data.createProduct.id;
    // 3★: under Decision 148/QĐ-TTg (2024) a district council recognises 3★ products.
    const e = (await gql(db, M.evaluation, { input: { roundId: round, productId: p, scoreA: 20, scoreB: 20, scoreC: 25, evaluatedOn: '2024-05-20' } }, v.admin))
      .data.createEvaluation;
    expect(e.stars).toBe(3);
    const wrong = await gqlAs(db, v.admin, M.certificate, {
      input: { evaluationId: e.id, decisionNumber: '2/QĐ', decidedOn: '2024-05-01', level: 'province' },
    });
    expect(badFields(wrong)).toEqual({
      'input.decidedOn': 'must be on or after the evaluation date (20/05/2024)',
      'input.level': "must be district, the level of the evaluation's round",
    });
    const cert = (await gql(db, M.certificate, { input: { evaluationId: e.id, decisionNumber: '2/QĐ', decidedOn: '2024-06-01', level: 'district' } }, v.admin))
      .data.createCertificate;
    expect(cert).toMatchObject({ stars: 3, level: 'district', version: 1 });
    // The product's status follows its certificates (checked again after the revocation below). Today is past the
    // 36 months only from mid-2027, so the certificate is valid now.
    expect((await rowById(db, 'product', p))?.status).toBe(new Date().toISOString() < '2027-06-01' ? 'certified' : 'expired');

    const twice = await gqlAs(db, v.admin, M.certificate, { input: { evaluationId: e.id, decisionNumber: '3/QĐ', decidedOn: '2024-06-02' } });
    expect(badFields(twice)).toEqual({ 'input.evaluationId': `certificate ${cert.id} already rests on evaluation ${e.id}` });

    const early = await gqlAs(db, v.admin, M.revoke, { id: cert.id, version: 1, input: { revokedOn: '2024-05-31', reason: 'Vi phạm chất lượng' } });
    expect(badFields(early)).toEqual({ 'input.revokedOn': 'must be on or after the decision date (01/06/2024)' });
    const revoked = await gql(db, M.revoke, { id: cert.id, version: 1, input: { revokedOn: '2024-09-01', reason: 'Vi phạm chất lượng' } }, v.admin);
    expect(revoked.data.revokeCertificate).toEqual({ revokedOn: '2024-09-01', revocationReason: 'Vi phạm chất lượng', version: 2 });
    expect((await rowById(db, 'product', p))?.status).toBe('revoked');

    // The scores a certificate rests on are frozen.
    const rescore = await gqlAs(db, v.admin, M.updateEvaluation, {
      id: e.id,
      version: 1,
      input: { roundId: round, productId: p, scoreA: 25, scoreB: 20, scoreC: 25, evaluatedOn: '2024-05-20' },
    });
    expect(badFields(rescore)).toEqual({
      'input.scoreA': `cannot change while certificate ${cert.id} rests on this evaluation; revoke or delete the certificate first`,
    });
  });

  it('keeps one evaluation per product and round, in the round’s year, of a product in the round’s unit', async () => {
    const again = await gqlAs(db, v.admin, M.evaluation, {
      input: { roundId: round, productId: product, scoreA: 1, scoreB: 1, scoreC: 1, evaluatedOn: '2025-01-01' },
    });
    expect(badFields(again)).toEqual({
      'input.evaluatedOn': `must fall in 2024, the year of round ${round}`,
      'input.productId': expect.stringMatching(new RegExp(`^product ${product} already has evaluation \\d+ in round ${round}$`)),
    });
    const [{ id: elsewhere }] = await db.query(
      `SELECT p.id FROM product p JOIN admin_unit u ON u.id = p.unit_id WHERE u.province_id = (SELECT id FROM admin_unit WHERE key = '51') LIMIT 1`,
    );
    const outside = await gqlAs(db, v.admin, M.evaluation, {
      input: { roundId: round, productId: elsewhere, scoreA: 1, scoreB: 1, scoreC: 1, evaluatedOn: '2024-03-01' },
    });
    expect(badFields(outside)).toEqual({ 'input.productId': `product ${elsewhere} does not lie in the unit of district round ${round}` });
  });

  it('freezes the level, unit and year of a round that holds evaluations', async () => {
    const res = await gqlAs(
      db,
      v.admin,
      'mutation ($input: EvaluationRoundInput!) { updateEvaluationRound(id: ' + round + ', version: 1, input: $input) { id } }',
      {
        input: { level: 'district', year: 2025, sequence: 8, unitId: lucNgan },
      },
    );
    expect(badFields(res)).toEqual({ 'input.year': expect.stringMatching(/^cannot change: the round holds \d+ evaluation\(s\), which follow its year$/) });
  });

  it('refuses a disbursement beyond what remains of its allocation, counting every live payment but itself', async () => {
    const a = (await gql(db, M.allocation, { input: allocationInput() }, v.admin)).data.createBudgetAllocation.id;
    const first = (await gql(db, M.disbursement, { input: pay(a, '700000000') }, v.admin)).data.createDisbursement;
    const over = await gqlAs(db, v.admin, M.disbursement, { input: pay(a, '300000001') });
    expect(badFields(over)).toEqual({
      'input.amount': `exceeds what remains of allocation ${a}: 300.000.000 đ of 1.000.000.000 đ (700.000.000 đ already disbursed)`,
    });
    await gql(db, M.disbursement, { input: pay(a, '300000000') }, v.admin);
    // Raising the first payment is weighed against the others only.
    const raised = await gqlAs(db, v.admin, M.updateDisbursement, { id: first.id, version: 1, input: pay(a, '700000001') });
    expect(badFields(raised)['input.amount']).toMatch(/^exceeds what remains of allocation \d+: 700\.000\.000 đ of 1\.000\.000\.000 đ/);
    // An allocation may not be cut below what was paid from it.
    const [{ version }] = await db.query('SELECT version FROM budget_allocation WHERE id = $1', [a]);
    const cut = await gqlAs(db, v.admin, M.updateAllocation, { id: a, version, input: allocationInput('900000000') });
    expect(badFields(cut)).toEqual({ 'input.amount': 'must be at least what is already disbursed from this allocation (1.000.000.000 đ)' });
  });

  it('pays from an allocation in its year or later, to a unit that existed on the payment date', async () => {
    const a = (await gql(db, M.allocation, { input: allocationInput() }, v.admin)).data.createBudgetAllocation.id;
    const res = await gqlAs(db, v.admin, M.disbursement, { input: pay(a, '1000', { disbursedOn: '2023-12-31' }) });
    expect(badFields(res)).toEqual({ 'input.disbursedOn': `must be in 2024, the year of allocation ${a}, or later` });
    const late = await gqlAs(db, v.admin, M.disbursement, { input: pay(a, '1000', { disbursedOn: '2025-07-15' }) });
    expect(badFields(late)).toEqual({
      'input.unitId': 'Thị trấn Chũ (commune, GSO 07525) was not a valid unit on 15/07/2025 (disbursedOn): it existed until 30/06/2025',
    });
    const successor = await gql(db, M.disbursement, { input: pay(a, '1000', { disbursedOn: '2025-07-15', unitId: chu2025 }) }, v.admin);
    expect(successor.data.createDisbursement.amount).toBe('1000');
  });

  it('holds units to their validity on the record’s date', async () => {
    const early = await gqlAs(db, v.admin, M.product, { input: productInput({ unitId: chu2025, registeredOn: '2024-03-01' }) });
    expect(badFields(early)['input.unitId']).toMatch(/was not a valid unit on 01\/03\/2024 \(registeredOn\): it exists from 01\/07\/2025$/);
    const late = await gqlAs(db, v.admin, M.product, { input: productInput({ unitId: chu, registeredOn: '2025-08-01' }) });
    expect(badFields(late)['input.unitId']).toMatch(/it existed until 30\/06\/2025$/);
    // Without a registration date the unit must exist today: a pre-2025 commune no longer does.
    const today = await gqlAs(db, v.admin, M.product, { input: productInput({ unitId: chu, registeredOn: null }) });
    expect(badFields(today)['input.unitId']).toMatch(/\(today, no registration date given\)/);
    const ok = await gql(db, M.product, { input: productInput({ unitId: chu2025, registeredOn: '2025-08-01' }) }, v.admin);
    expect(ok.data.createProduct.version).toBe(1);
  });

  it('keeps codes and keys unique with a readable message', async () => {
    const dupe = await gqlAs(db, v.admin, M.product, { input: productInput({ code: 'SP-RULES-1' }) });
    expect(badFields(dupe)).toEqual({ 'input.code': `"SP-RULES-1" is already used by product ${product}: every product needs its own code` });
    const plan = {
      key: 'bac-giang-2024',
      issuerUnitId: lucNgan,
      issuerName: 'UBND',
      year: 2024,
      periodStart: '2024-12-31',
      periodEnd: '2024-01-01',
      title: 'KH',
    };
    const res = await gqlAs(db, v.admin, M.plan, { input: plan });
    expect(Object.keys(badFields(res)).sort()).toEqual(['input.periodEnd']);
    const fixed = await gqlAs(db, v.admin, M.plan, { input: { ...plan, periodStart: '2024-01-01', periodEnd: '2024-12-31' } });
    expect(badFields(fixed)).toEqual({ 'input.key': expect.stringMatching(/^"bac-giang-2024" is already used by plan \d+: every plan needs its own key$/) });
  });

  it('gives only enterprises a size class', async () => {
    const res = await gqlAs(db, v.admin, M.subject, {
      input: { code: 'CT-SIZE', name: 'Hộ Lê Văn B', type: 'household', enterpriseSize: 'small', unitId: chu, registeredOn: '2021-01-01' },
    });
    expect(badFields(res)).toEqual({ 'input.enterpriseSize': 'only enterprises have a size class, not a household' });
  });

  it('writes nothing when a rule fails', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM product');
    await gqlAs(db, v.admin, M.product, { input: productInput({ code: 'SP-RULES-1' }) });
    expect(await db.query('SELECT count(*)::int AS n FROM product')).toEqual(before);
    expect(await rowById(db, 'product', product)).toMatchObject({ version: 1 });
  });
});
