// Every entity users maintain can be created, changed and deleted through
// GraphQL: versions go up by one per change (and not for an update that
// changes nothing), derived values come from the database, soft deletes keep
// the row for history while reads skip it, and deletes that would orphan rows
// are refused. Each test builds the records it needs (codes and keys numbered
// per build), so any test passes alone and in any order.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { auditCount, badFields, gqlAs, makeViewers, rowById, unitId, type Viewers } from './mutations-support.ts';

let db: DataSource;
let v: Viewers;
let chu: number; // commune Chũ, district Lục Ngạn (219), Bắc Giang
let lucNgan: number;

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  v = await makeViewers(db);
  chu = await unitId(db, '07525');
  lucNgan = await unitId(db, '219');
});

/** Records made by one `build`: ids by entity name, and the number its codes and keys carry. */
interface Built {
  n: number;
  ids: Record<string, number>;
}

interface Entity {
  name: string;
  table: string;
  /** Entities the input refers to, built first. */
  needs: string[];
  input: (b: Built) => Record<string, unknown>;
  change: Record<string, unknown>;
  /** Fields to read back from the mutation result. */
  fields: string;
}

// In dependency order: an entity comes after everything it needs.
const ENTITIES: Entity[] = [
  {
    name: 'Subject',
    table: 'subject',
    needs: [],
    fields: 'id version name code',
    input: (b) => ({ code: `CT-CRUD-${b.n}`, name: 'HTX Vải thiều Chũ', type: 'cooperative', unitId: chu, registeredOn: '2023-05-01', phone: '0912 345 678' }),
    change: { name: 'HTX Vải thiều Chũ (đổi tên)' },
  },
  {
    name: 'Product',
    table: 'product',
    needs: ['Subject'],
    fields: 'id version name subject { code } unit { name }',
    input: (b) => ({ code: `SP-CRUD-${b.n}`, name: 'Vải thiều sấy', group: 'food', subjectId: b.ids.Subject, unitId: chu, registeredOn: '2023-06-01' }),
    change: { subGroup: 'Rau, củ, quả' },
  },
  {
    name: 'EvaluationRound',
    table: 'evaluation_round',
    needs: [],
    fields: 'id version level year sequence unit { code }',
    input: (b) => ({ level: 'district', year: 2024, sequence: 20 + b.n, unitId: lucNgan, heldOn: '2024-05-10' }),
    change: { deadline: '2024-05-31' },
  },
  {
    name: 'Evaluation',
    table: 'evaluation',
    needs: ['EvaluationRound', 'Product'],
    fields: 'id version totalScore stars',
    // 3★ before and after the change: under Decision 148/QĐ-TTg (2024) a district council recognises 3★.
    input: (b) => ({ roundId: b.ids.EvaluationRound, productId: b.ids.Product, scoreA: 20, scoreB: 20.5, scoreC: 15, evaluatedOn: '2024-05-10' }),
    change: { scoreC: 20 },
  },
  {
    name: 'Certificate',
    table: 'certificate',
    needs: ['Evaluation'],
    fields: 'id version stars level expiresOn decisionNumber product { code }',
    input: (b) => ({ evaluationId: b.ids.Evaluation, decisionNumber: '123/QĐ-UBND', decidedOn: '2024-06-01' }),
    change: { decisionNumber: '124/QĐ-UBND' },
  },
  {
    name: 'Plan',
    table: 'plan',
    needs: [],
    fields: 'id version key issuer { code }',
    input: (b) => ({
      key: `luc-ngan-2024-crud-${b.n}`,
      issuerUnitId: lucNgan,
      issuerName: 'UBND huyện Lục Ngạn',
      year: 2024,
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      title: 'Kế hoạch OCOP thử',
    }),
    change: { documentNumber: '15/KH-UBND' },
  },
  {
    name: 'Target',
    table: 'target',
    needs: ['Plan', 'Product'],
    fields: 'id version key params products { code }',
    input: (b) => ({
      key: `ln2024-crud-3star-${b.n}`,
      planId: b.ids.Plan,
      metric: 'certified_products',
      params: { minStars: 3 },
      scopeUnitId: lucNgan,
      targetMin: 5,
      unit: 'count',
      dueDate: '2024-12-31',
      wording: '5 sản phẩm đạt 3 sao',
      productIds: [b.ids.Product],
    }),
    change: { targetMax: 7 },
  },
  {
    name: 'Milestone',
    table: 'milestone',
    needs: ['Plan'],
    fields: 'id version key doneOn',
    input: (b) => ({
      key: `ln2024-crud-round-${b.n}`,
      planId: b.ids.Plan,
      kind: 'district_round',
      title: 'Đánh giá cấp huyện',
      deadline: '2024-06-30',
      scopeUnitId: lucNgan,
    }),
    change: { title: 'Đánh giá, phân hạng cấp huyện' },
  },
  {
    name: 'BudgetAllocation',
    table: 'budget_allocation',
    needs: ['Plan'],
    fields: 'id version amount disbursedAmount',
    input: (b) => ({ planId: b.ids.Plan, year: 2024, source: 'district', amount: '1000000000', recipientUnitId: lucNgan, activity: 'Hỗ trợ OCOP' }),
    change: { note: 'Theo kế hoạch 15/KH-UBND' },
  },
  {
    name: 'Disbursement',
    table: 'disbursement',
    needs: ['BudgetAllocation', 'Subject'],
    fields: 'id version amount allocation { id }',
    input: (b) => ({
      allocationId: b.ids.BudgetAllocation,
      disbursedOn: '2024-03-01',
      unitId: chu,
      amount: '300000000',
      activity: 'Hỗ trợ bao bì',
      subjectId: b.ids.Subject,
    }),
    change: { amount: '350000000' },
  },
  {
    name: 'TrainingClass',
    table: 'training_class',
    needs: [],
    fields: 'id version plannedLearners actualLearners',
    input: () => ({
      organiser: 'Phòng NN&PTNT',
      topic: 'Tập huấn OCOP',
      audience: 'subjects',
      unitId: lucNgan,
      startsOn: '2024-04-01',
      endsOn: '2024-04-02',
      plannedLearners: 40,
    }),
    change: { actualLearners: 38 },
  },
  {
    name: 'PromotionEvent',
    table: 'promotion_event',
    needs: ['Product', 'Subject'],
    fields: 'id version name products { code } subjects { code }',
    input: (b) => ({
      name: 'Hội chợ vải thiều',
      kind: 'fair',
      scope: 'in_province',
      unitId: lucNgan,
      startsOn: '2024-06-15',
      endsOn: '2024-06-17',
      productIds: [b.ids.Product],
      subjectIds: [b.ids.Subject],
    }),
    change: { revenue: '1500000000' },
  },
  {
    name: 'SalesPoint',
    table: 'sales_point',
    needs: [],
    fields: 'id version name status',
    input: () => ({ name: 'Điểm OCOP Chũ', unitId: chu, status: 'new', openedOn: '2024-02-01' }),
    change: { address: 'Thị trấn Chũ' },
  },
];

const entity = (name: string) => ENTITIES.find((e) => e.name === name)!;
const create = (e: Entity) => `mutation ($input: ${e.name}Input!) { create${e.name}(input: $input) { ${e.fields} } }`;
const update = (e: Entity) =>
  `mutation ($id: Int!, $version: Int!, $input: ${e.name}Input!) { update${e.name}(id: $id, version: $version, input: $input) { ${e.fields} } }`;
const remove = (name: string) => `mutation ($id: Int!, $version: Int!) { delete${name}(id: $id, version: $version) { id soft } }`;

let builds = 0;

/**
 * Creates the named entities and everything they refer to, in dependency order,
 * as an admin. With `changed`, each is updated with its `change` right after
 * it is created (version 2), as a user would before adding what rests on it.
 */
async function build(names: string[], { changed = false } = {}): Promise<Built> {
  const wanted = new Set<string>();
  const want = (name: string) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    entity(name).needs.forEach(want);
  };
  names.forEach(want);
  builds += 1;
  const b: Built = { n: builds, ids: {} };
  for (const e of ENTITIES.filter((x) => wanted.has(x.name))) {
    const created = await gql(db, create(e), { input: e.input(b) }, v.admin);
    b.ids[e.name] = created.data[`create${e.name}`].id;
    if (changed) await gql(db, update(e), { id: b.ids[e.name], version: 1, input: { ...e.input(b), ...e.change } }, v.admin);
  }
  return b;
}

/** Soft-deletes a record at its current version. */
async function softDelete(b: Built, name: string): Promise<void> {
  const { version } = (await rowById(db, entity(name).table, b.ids[name]))!;
  const res = await gql(db, remove(name), { id: b.ids[name], version }, v.admin);
  expect(res.data[`delete${name}`].soft).toBe(true);
}

describe('create and update', () => {
  for (const e of ENTITIES) {
    it(`${e.name}: created at version 1; a change makes version 2; the same input again changes nothing`, async () => {
      const b = await build(e.needs);
      const created = (await gqlAs(db, v.admin, create(e), { input: e.input(b) })).data?.[`create${e.name}`];
      expect(created, e.name).toBeTruthy();
      expect(created.version).toBe(1);
      const changed = { ...e.input(b), ...e.change };
      const updated = await gql(db, update(e), { id: created.id, version: 1, input: changed }, v.admin);
      expect(updated.data[`update${e.name}`].version).toBe(2);
      const entries = await auditCount(db, e.table, created.id);
      expect(entries).toBe(2);
      const again = await gql(db, update(e), { id: created.id, version: 2, input: changed }, v.admin);
      expect(again.data[`update${e.name}`].version).toBe(2);
      expect(await auditCount(db, e.table, created.id)).toBe(2);
      expect((await rowById(db, e.table, created.id))?.version).toBe(2);
    });
  }

  it('reads back what the database derives: stars, totals, expiry, links', async () => {
    const b = await build(['Certificate'], { changed: true });
    const { data } = await gql(
      db,
      `{ evaluations(filter: { productId: ${b.ids.Product} }) { edges { node { totalScore stars version certificate { stars level expiresOn version } } } }
         product(id: ${b.ids.Product}) { version subject { name } } }`,
      {},
      v.admin,
    );
    expect(data.evaluations.edges[0].node).toEqual({
      totalScore: 60.5,
      stars: 3,
      version: 2,
      certificate: { stars: 3, level: 'district', expiresOn: '2027-06-01', version: 2 },
    });
    expect(data.product.subject.name).toBe('HTX Vải thiều Chũ (đổi tên)');
  });

  it('keeps an event’s and a target’s linked products when the update omits them', async () => {
    const b = await build(['PromotionEvent'], { changed: true });
    const event = entity('PromotionEvent');
    const { productIds: _p, subjectIds: _s, ...withoutLinks } = event.input(b);
    const res = await gql(db, update(event), { id: b.ids.PromotionEvent, version: 2, input: { ...withoutLinks, ...event.change, location: 'Chũ' } }, v.admin);
    expect(res.data.updatePromotionEvent).toMatchObject({ version: 3, products: [{ code: `SP-CRUD-${b.n}` }], subjects: [{ code: `CT-CRUD-${b.n}` }] });
    const cleared = await gql(
      db,
      update(event),
      { id: b.ids.PromotionEvent, version: 3, input: { ...withoutLinks, ...event.change, location: 'Chũ', subjectIds: [] } },
      v.admin,
    );
    expect(cleared.data.updatePromotionEvent).toMatchObject({ version: 4, products: [{ code: `SP-CRUD-${b.n}` }], subjects: [] });
  });

  it('marks a milestone done, and refuses a date in the future', async () => {
    const { ids } = await build(['Milestone'], { changed: true });
    const done = await gql(db, 'mutation { markMilestoneDone(id: ' + ids.Milestone + ', version: 2, doneOn: "2024-06-20") { doneOn version } }', {}, v.admin);
    expect(done.data.markMilestoneDone).toEqual({ doneOn: '2024-06-20', version: 3 });
    const future = await gqlAs(db, v.admin, `mutation { markMilestoneDone(id: ${ids.Milestone}, version: 3, doneOn: "2999-01-01") { version } }`);
    expect(badFields(future)).toEqual({ doneOn: expect.stringContaining('must not be in the future') });
  });

  it('normalises text to NFC and trims it', async () => {
    const nfd = 'Tỏi đen Lý Sơn'.normalize('NFD');
    const subject = entity('Subject');
    const res = await gql(db, create(subject), { input: { ...subject.input(await build([])), code: '  CT-NFD  ', name: `  ${nfd} ` } }, v.admin);
    expect(res.data.createSubject).toMatchObject({ code: 'CT-NFD', name: 'Tỏi đen Lý Sơn'.normalize('NFC') });
    const found = await gql(db, '{ subjects(filter: { search: "toi den ly son" }) { edges { node { code } } } }', {}, v.admin);
    expect(found.data.subjects.edges.map((e: { node: { code: string } }) => e.node.code)).toContain('CT-NFD');
  });
});

describe('delete', () => {
  it('soft-deletes certificates and disbursements: the row stays, reads skip it, totals drop', async () => {
    const { ids } = await build(['Certificate', 'Disbursement'], { changed: true });
    const cert = await gql(db, remove('Certificate'), { id: ids.Certificate, version: 2 }, v.admin);
    expect(cert.data.deleteCertificate).toEqual({ id: ids.Certificate, soft: true });
    expect((await rowById(db, 'certificate', ids.Certificate))?.deleted_at).toBeInstanceOf(Date);
    const product = await gql(db, `{ product(id: ${ids.Product}) { certificates { id } currentCertificate(asOf: "2024-12-31") { id } } }`, {}, v.admin);
    expect(product.data.product).toEqual({ certificates: [], currentCertificate: null });

    const pay = await gql(db, remove('Disbursement'), { id: ids.Disbursement, version: 2 }, v.admin);
    expect(pay.data.deleteDisbursement.soft).toBe(true);
    expect((await rowById(db, 'disbursement', ids.Disbursement))?.deleted_at).toBeInstanceOf(Date);
    const allocation = await gql(
      db,
      `{ budgetAllocations(filter: { planId: ${ids.Plan} }) { edges { node { disbursedAmount disbursements { id } } } } }`,
      {},
      v.admin,
    );
    expect(allocation.data.budgetAllocations.edges[0].node).toEqual({ disbursedAmount: '0', disbursements: [] });
    const list = await gql(db, `{ disbursements(filter: { allocationId: ${ids.BudgetAllocation} }) { totalCount } }`, {}, v.admin);
    expect(list.data.disbursements.totalCount).toBe(0);

    // Deleted means gone for writes too.
    const again = await gqlAs(db, v.admin, remove('Disbursement'), { id: ids.Disbursement, version: 3 });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('issues a new certificate from the same evaluation once the old one is deleted', async () => {
    const b = await build(['Certificate'], { changed: true });
    await softDelete(b, 'Certificate');
    const res = await gql(
      db,
      create(entity('Certificate')),
      { input: { evaluationId: b.ids.Evaluation, decisionNumber: '200/QĐ-UBND', decidedOn: '2024-07-01' } },
      v.admin,
    );
    expect(res.data.createCertificate).toMatchObject({ version: 1, stars: 3 });
  });

  it('refuses deletes that would orphan other rows, naming them', async () => {
    const b = await build(
      ENTITIES.map((e) => e.name),
      { changed: true },
    );
    const { ids } = b;
    // Deleted rows still count: a certificate deleted and issued again, a deleted payment.
    await softDelete(b, 'Certificate');
    await gql(db, create(entity('Certificate')), { input: { evaluationId: ids.Evaluation, decisionNumber: '200/QĐ-UBND', decidedOn: '2024-07-01' } }, v.admin);
    await softDelete(b, 'Disbursement');
    const cases: [string, string, number, RegExp][] = [
      ['Subject', 'subject', ids.Subject, /products \(1\), disbursements \(1\)/],
      ['Product', 'product', ids.Product, /evaluations \(1\).*certificates .*\(2\).*plan targets \(1\).*promotion events \(1\)/],
      ['Evaluation', 'evaluation', ids.Evaluation, /certificates .*\(2\)/],
      ['EvaluationRound', 'evaluation_round', ids.EvaluationRound, /evaluations \(1\)/],
      ['Plan', 'plan', ids.Plan, /targets \(1\), milestones \(1\), budget allocations \(1\)/],
      ['BudgetAllocation', 'budget_allocation', ids.BudgetAllocation, /disbursements \(deleted ones included, kept for history\) \(1\)/],
    ];
    for (const [name, table, id, reasons] of cases) {
      const { version } = (await rowById(db, table, id))!;
      const res = await gqlAs(db, v.admin, remove(name), { id, version });
      expect(res.errors?.[0].extensions?.code, name).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message, name).toMatch(/cannot be deleted: it is still referred to by/);
      expect(res.errors?.[0].message, name).toMatch(reasons);
      expect(await rowById(db, table, id), name).toBeTruthy();
    }
  });

  it('deletes rows nothing depends on, for good', async () => {
    const { ids } = await build(['PromotionEvent', 'TrainingClass', 'SalesPoint', 'Milestone', 'Target']);
    for (const [name, table] of [
      ['PromotionEvent', 'promotion_event'],
      ['TrainingClass', 'training_class'],
      ['SalesPoint', 'sales_point'],
      ['Milestone', 'milestone'],
      ['Target', 'target'],
    ]) {
      const { version } = (await rowById(db, table, ids[name]))!;
      const res = await gql(db, remove(name), { id: ids[name], version }, v.admin);
      expect(res.data[`delete${name}`]).toEqual({ id: ids[name], soft: false });
      expect(await rowById(db, table, ids[name]), name).toBeUndefined();
    }
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM promotion_event_product WHERE event_id = $1', [ids.PromotionEvent]);
    expect(n).toBe(0);
  });
});
