// A write is authorised against every row it refers to, not only against the
// record's own unit: every mutation × every reference its writer declares ×
// every role, pointing the reference at a row of another district of the same
// province (readable, not writable by a district officer) and of another
// province (not even readable). A refused write changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { allocationWriter, disbursementWriter } from '../../server/budgets/budget.writer.ts';
import { certificateWriter, evaluationWriter, roundWriter } from '../../server/evaluations/evaluation.writer.ts';
import { milestoneWriter, planWriter, targetWriter } from '../../server/plans/plan.writer.ts';
import { productWriter } from '../../server/products/product.writer.ts';
import { promotionEventWriter, salesPointWriter } from '../../server/promotion/promotion.writer.ts';
import { subjectWriter } from '../../server/subjects/subject.writer.ts';
import { trainingClassWriter } from '../../server/training/training-class.writer.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import type { RecordWriter } from '../../server/writes/record-writer.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { gqlAs, makeViewers, unitId, type Viewers } from './mutations-support.ts';

let db: DataSource;
let v: Viewers;

/** The rows of one district that references can point at. */
interface Side {
  district: number;
  commune: number;
  subject: number;
  product: number;
  round: number;
  evaluation: number;
  plan: number;
  target: number;
  allocation: number;
}
type SideName = 'own' | 'neighbour' | 'otherProvince';
const sides = {} as Record<SideName, Side>;

let made = 0;
async function side(districtKey: string): Promise<Side> {
  made += 1;
  const district = await unitId(db, districtKey);
  const [child]: { id: number }[] = await db.query(
    "SELECT id FROM admin_unit WHERE parent_id = $1 AND level = 'commune' AND valid_from IS NULL ORDER BY code LIMIT 1",
    [district],
  );
  const commune = child?.id ?? district;
  const make = async (name: string, input: Record<string, unknown>) =>
    (await gql(db, `mutation ($input: ${name}Input!) { create${name}(input: $input) { id } }`, { input }, v.admin)).data[`create${name}`].id as number;
  const subject = await make('Subject', { code: `CT-REF-${made}`, name: 'HTX thử', type: 'cooperative', unitId: commune, registeredOn: '2020-01-01' });
  const product = await make('Product', {
    code: `SP-REF-${made}`,
    name: 'Sản phẩm thử',
    group: 'food',
    subjectId: subject,
    unitId: commune,
    registeredOn: '2023-01-01',
  });
  const round = await make('EvaluationRound', { level: 'district', year: 2024, sequence: 40 + made, unitId: district, heldOn: '2024-05-10' });
  const evaluation = await make('Evaluation', { roundId: round, productId: product, scoreA: 20, scoreB: 20, scoreC: 30, evaluatedOn: '2024-05-10' });
  const plan = await make('Plan', {
    key: `ref-plan-${made}`,
    issuerUnitId: district,
    issuerName: 'UBND huyện',
    year: 2024,
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    title: 'Kế hoạch thử',
  });
  const target = await make('Target', {
    key: `ref-target-${made}`,
    planId: plan,
    metric: 'certified_products',
    scopeUnitId: district,
    targetMin: 5,
    unit: 'count',
    dueDate: '2024-12-31',
    wording: '5 sản phẩm',
  });
  const allocation = await make('BudgetAllocation', {
    planId: plan,
    year: 2024,
    source: 'district',
    amount: '1000000000',
    recipientUnitId: district,
    activity: 'Hỗ trợ',
  });
  return { district, commune, subject, product, round, evaluation, plan, target, allocation };
}

interface Case {
  writer: RecordWriter<never, never>;
  mutation: string;
  /** A valid input of the Lục Ngạn officer's, its references taken from `r`. */
  input: (own: Side, r: Side, n: number) => Record<string, unknown>;
}

/** One mutation per writer; each reference of the writer's `refers` is pointed elsewhere in turn. */
const CASES: Case[] = [
  {
    writer: productWriter as never,
    mutation: 'Product',
    input: (o, r, n) => ({ code: `SP-X-${n}`, name: 'Mới', group: 'food', subjectId: r.subject, unitId: o.commune, registeredOn: '2024-02-01' }),
  },
  {
    writer: disbursementWriter as never,
    mutation: 'Disbursement',
    input: (o, r) => ({ allocationId: r.allocation, disbursedOn: '2024-03-01', unitId: o.commune, amount: '1000', activity: 'Hỗ trợ', subjectId: r.subject }),
  },
  {
    writer: allocationWriter as never,
    mutation: 'BudgetAllocation',
    input: (o, r) => ({ planId: r.plan, year: 2024, source: 'district', amount: '5000', recipientUnitId: o.district, activity: 'Hỗ trợ' }),
  },
  {
    writer: evaluationWriter as never,
    mutation: 'Evaluation',
    input: (_o, r) => ({ roundId: r.round, productId: r.product, scoreA: 10, scoreB: 10, scoreC: 10, evaluatedOn: '2024-05-10' }),
  },
  {
    writer: certificateWriter as never,
    mutation: 'Certificate',
    input: (_o, r) => ({ evaluationId: r.evaluation, decisionNumber: '1/QĐ', decidedOn: '2024-06-01' }),
  },
  {
    writer: targetWriter as never,
    mutation: 'Target',
    input: (o, r, n) => ({
      key: `ref-x-${n}`,
      planId: r.plan,
      parentTargetId: r.target,
      metric: 'certified_products',
      scopeUnitId: o.district,
      targetMin: 1,
      unit: 'count',
      dueDate: '2024-12-31',
      wording: 'Một',
      productIds: [o.product, r.product],
    }),
  },
  {
    writer: milestoneWriter as never,
    mutation: 'Milestone',
    input: (o, r, n) => ({ key: `ref-m-${n}`, planId: r.plan, kind: 'other', title: 'Mốc', deadline: '2024-06-30', scopeUnitId: o.district }),
  },
  {
    writer: trainingClassWriter as never,
    mutation: 'TrainingClass',
    input: (o, r) => ({
      organiser: 'Phòng NN',
      topic: 'OCOP',
      audience: 'subjects',
      unitId: o.district,
      startsOn: '2024-04-01',
      endsOn: '2024-04-02',
      plannedLearners: 10,
      planId: r.plan,
    }),
  },
  {
    writer: promotionEventWriter as never,
    mutation: 'PromotionEvent',
    input: (o, r) => ({
      name: 'Hội chợ',
      kind: 'fair',
      scope: 'in_province',
      unitId: o.district,
      startsOn: '2024-06-15',
      endsOn: '2024-06-17',
      productIds: [o.product, r.product],
      subjectIds: [o.subject, r.subject],
    }),
  },
  {
    writer: salesPointWriter as never,
    mutation: 'SalesPoint',
    input: (o, r) => ({ name: 'Điểm bán', unitId: o.commune, status: 'new', openedOn: '2024-02-01', subjectId: r.subject }),
  },
];

/** Writers that refer to no other row: nothing beyond their own unit to authorise. */
const WITHOUT_REFERENCES = [subjectWriter, planWriter, roundWriter];

const ROLES = ['admin', 'bacGiang', 'lucNgan', 'analyst'] as const;
/** Grows with the roles: a commune officer joins here with what it may reach. */
const WRITE_SCOPE: Record<(typeof ROLES)[number], SideName[] | 'none'> = {
  admin: ['own', 'neighbour', 'otherProvince'],
  bacGiang: ['own', 'neighbour'],
  lucNgan: ['own'],
  analyst: 'none',
};
const READ_SCOPE: Record<(typeof ROLES)[number], SideName[]> = {
  admin: ['own', 'neighbour', 'otherProvince'],
  bacGiang: ['own', 'neighbour'],
  lucNgan: ['own', 'neighbour'],
  analyst: ['own', 'neighbour', 'otherProvince'],
};

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  v = await makeViewers(db);
  sides.own = await side('219');
  sides.neighbour = await side('220');
  sides.otherProvince = await side('536');
});

const auditRows = async () => ((await db.query('SELECT count(*)::int AS n FROM audit_log')) as { n: number }[])[0].n;

describe('every reference of every writer is in the table', () => {
  it('covers each writer and each declared reference', () => {
    const covered = new Set(CASES.map((c) => c.writer));
    for (const writer of [...CASES.map((c) => c.writer), ...WITHOUT_REFERENCES] as RecordWriter<never, never>[]) {
      expect(covered.has(writer) || Object.keys(writer.spec.refers).length === 0, writer.label).toBe(true);
    }
    for (const c of CASES) {
      const input = c.input(sides.own ?? ({} as Side), sides.own ?? ({} as Side), 0);
      for (const property of Object.keys(c.writer.spec.refers)) expect(input, `${c.mutation}.${property}`).toHaveProperty(property);
    }
  });
});

let n = 0;
describe.each(CASES.flatMap((c) => Object.keys(c.writer.spec.refers).map((property) => [`${c.mutation}.${property}`, c, property] as const)))(
  '%s',
  (_name, c, property) => {
    const reference = () => c.writer.spec.refers[property as never] as { access: 'write' | 'read' };

    it.each(ROLES.flatMap((role) => (['neighbour', 'otherProvince'] as const).map((where) => [role, where] as const)))(
      'as %s, pointing at the %s',
      async (role, where) => {
        n += 1;
        const own = sides.own;
        const input = c.input(own, own, n);
        // Only this reference leaves the officer's district (lists keep their own row too).
        const elsewhere = c.input(own, sides[where], n)[property];
        input[property] = elsewhere;
        const before = await auditRows();
        const viewer: Viewer = v[role];
        const res = await gqlAs(db, viewer, `mutation ($input: ${c.mutation}Input!) { create${c.mutation}(input: $input) { id } }`, { input });
        const error = res.errors?.[0];
        const field = `input.${property}`;
        const badFields = () => ((error?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);

        if (WRITE_SCOPE[role] === 'none') {
          expect(error?.extensions?.code).toBe('FORBIDDEN');
        } else if (!READ_SCOPE[role].includes(where)) {
          // Rows one cannot read are missing, never "forbidden": their existence is not told.
          expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
          expect(badFields()).toContain(field);
        } else if (reference().access === 'write' && !WRITE_SCOPE[role].includes(where)) {
          expect(error?.extensions?.code, error?.message).toBe('FORBIDDEN');
          expect(error?.message).toMatch(/outside your write scope/);
          // Named by its field, unless the reference is what places the record itself (an evaluation's product): then by the record's unit.
          if (error?.extensions?.field === undefined) expect(error?.message).toMatch(/^You may not change a new /);
          else expect(error.extensions.field).toBe(field);
        } else {
          // Within reach: the write may still break a business rule, never for its access.
          expect(error?.extensions?.code, error?.message).not.toBe('FORBIDDEN');
        }
        if (error) expect(await auditRows()).toBe(before);
      },
    );
  },
);

describe('a changed reference on update', () => {
  it('is authorised too: a district officer cannot move a payment onto a neighbour’s allocation', async () => {
    const own = sides.own;
    const input = { allocationId: own.allocation, disbursedOn: '2024-03-01', unitId: own.commune, amount: '1000', activity: 'Hỗ trợ', subjectId: own.subject };
    const created = await gqlAs(db, v.lucNgan, 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id version } }', { input });
    const { id, version } = created.data.createDisbursement;
    const moved = await gqlAs(
      db,
      v.lucNgan,
      'mutation ($id: Int!, $version: Int!, $input: DisbursementInput!) { updateDisbursement(id: $id, version: $version, input: $input) { id } }',
      { id, version, input: { ...input, allocationId: sides.neighbour.allocation } },
    );
    expect(moved.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(moved.errors?.[0].extensions?.field).toBe('input.allocationId');
    const [row]: { allocation_id: number }[] = await db.query('SELECT allocation_id FROM disbursement WHERE id = $1', [id]);
    expect(row.allocation_id).toBe(own.allocation);
  });
});
