// A write is authorised against every row it refers to, not only against the
// record's own unit: every mutation × every reference its writer declares ×
// every role, pointing the reference at a row of another district of the same
// province (readable, not writable by a district officer) and of another
// province (not even readable). A refused write changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { allocationWriter, disbursementWriter } from '../../server/budgets/budget.writer.ts';
import { certificateWriter, evaluationWriter } from '../../server/evaluations/evaluation.writer.ts';
import { milestoneWriter, targetWriter } from '../../server/plans/plan.writer.ts';
import { productWriter } from '../../server/products/product.writer.ts';
import { promotionEventWriter, salesPointWriter } from '../../server/promotion/promotion.writer.ts';
import { trainingClassWriter } from '../../server/training/training-class.writer.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import { RecordWriter } from '../../server/writes/record-writer.ts';
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
  /** Paid to the commune: within a commune officer's reach too. */
  allocation: number;
}
type SideName = 'own' | 'neighbour' | 'otherProvince';
const sides = {} as Record<SideName, Side>;

/** Creates a record as the administrator; its id. */
async function make(name: string, input: Record<string, unknown>): Promise<number> {
  const res = await gql(db, `mutation ($input: ${name}Input!) { create${name}(input: $input) { id } }`, { input }, v.admin);
  expect(res.errors, name).toBeUndefined();
  return res.data[`create${name}`].id as number;
}

let made = 0;
async function side(districtKey: string): Promise<Side> {
  made += 1;
  const district = await unitId(db, districtKey);
  const [child]: { id: number }[] = await db.query(
    "SELECT id FROM admin_unit WHERE parent_id = $1 AND level = 'commune' AND valid_from IS NULL ORDER BY code LIMIT 1",
    [district],
  );
  const commune = child?.id ?? district;
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
  const evaluation = await make('Evaluation', { roundId: round, productId: product, scoreA: 20, scoreB: 20, scoreC: 20, evaluatedOn: '2024-05-10' });
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
    recipientUnitId: commune,
    activity: 'Hỗ trợ',
  });
  return { district, commune, subject, product, round, evaluation, plan, target, allocation };
}

/** A round of the own district no other record uses (sequences 44 to 99). */
let rounds = 43;
const freshRound = () => make('EvaluationRound', { level: 'district', year: 2024, sequence: ++rounds, unitId: sides.own.district, heldOn: '2024-05-10' });

interface Case {
  writer: RecordWriter<never, never>;
  mutation: string;
  /** The record itself lies at the district: out of a commune officer's reach, whatever it refers to. */
  atDistrict?: true;
  /**
   * Own-side rows made afresh for a record to update, where one made from the
   * own side's rows would collide (one evaluation per round and product, one
   * certificate per evaluation).
   */
  fresh?: () => Promise<Partial<Side>>;
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
    atDistrict: true,
    input: (o, r) => ({ planId: r.plan, year: 2024, source: 'district', amount: '5000', recipientUnitId: o.district, activity: 'Hỗ trợ' }),
  },
  {
    writer: evaluationWriter as never,
    mutation: 'Evaluation',
    fresh: async () => ({ round: await freshRound() }),
    input: (_o, r) => ({ roundId: r.round, productId: r.product, scoreA: 10, scoreB: 10, scoreC: 10, evaluatedOn: '2024-05-10' }),
  },
  {
    writer: certificateWriter as never,
    mutation: 'Certificate',
    fresh: async () => {
      const roundId = await freshRound();
      const input = { roundId, productId: sides.own.product, scoreA: 20, scoreB: 20, scoreC: 20, evaluatedOn: '2024-05-10' };
      return { evaluation: await make('Evaluation', input) };
    },
    input: (_o, r) => ({ evaluationId: r.evaluation, decisionNumber: '1/QĐ', decidedOn: '2024-06-01' }),
  },
  {
    writer: targetWriter as never,
    mutation: 'Target',
    atDistrict: true,
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
    atDistrict: true,
    input: (o, r, n) => ({ key: `ref-m-${n}`, planId: r.plan, kind: 'other', title: 'Mốc', deadline: '2024-06-30', scopeUnitId: o.district }),
  },
  {
    writer: trainingClassWriter as never,
    mutation: 'TrainingClass',
    atDistrict: true,
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
    atDistrict: true,
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

/** Every RecordWriter of the server, found by file: a writer added later joins the table or fails it. */
async function allWriters(): Promise<RecordWriter<never, never>[]> {
  const server = path.resolve(import.meta.dirname, '../../server');
  const files = fs.readdirSync(server, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.writer.ts'));
  const modules: Record<string, unknown>[] = await Promise.all(files.map((f) => import(path.join(server, f))));
  return modules.flatMap((m) => Object.values(m).filter((x): x is RecordWriter<never, never> => x instanceof RecordWriter));
}

/** `chu`: the commune officer of Phường Chũ (2025:07525), which took over the own side's commune (Thị trấn Chũ, 07525). */
const ROLES = ['admin', 'bacGiang', 'lucNgan', 'chu', 'analyst'] as const;
type RoleName = (typeof ROLES)[number];
const WRITE_SCOPE: Record<RoleName, SideName[] | 'none'> = {
  admin: ['own', 'neighbour', 'otherProvince'],
  bacGiang: ['own', 'neighbour'],
  lucNgan: ['own'],
  chu: ['own'],
  analyst: 'none',
};
const READ_SCOPE: Record<RoleName, SideName[]> = {
  admin: ['own', 'neighbour', 'otherProvince'],
  bacGiang: ['own', 'neighbour'],
  lucNgan: ['own', 'neighbour'],
  chu: ['own', 'neighbour'],
  analyst: ['own', 'neighbour', 'otherProvince'],
};
/** Roles that write in one commune: a record at the district is refused for its own unit first. */
const COMMUNE_ROLES = new Set<RoleName>(['chu']);
let chu: Viewer;

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  v = await makeViewers(db);
  chu = (await viewerById(
    db,
    (
      await createUser(db, { username: 'xa.chu.refs', password: 'mật khẩu đủ dài', role: Role.commune_officer, unitCode: '2025:07525' })
    ).id,
  ))!;
  sides.own = await side('219');
  sides.neighbour = await side('220');
  sides.otherProvince = await side('536');
});

const auditRows = async () => ((await db.query('SELECT count(*)::int AS n FROM audit_log')) as { n: number }[])[0].n;

describe('every reference of every writer is in the table', () => {
  it('covers each writer that refers to other rows, and each reference it declares', async () => {
    const writers = await allWriters();
    expect(writers.length).toBeGreaterThan(CASES.length);
    const covered = new Set(CASES.map((c) => c.writer));
    for (const writer of writers) expect(covered.has(writer) || Object.keys(writer.spec.refers).length === 0, writer.label.en).toBe(true);
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
    const reference = () => c.writer.spec.refers[property as never] as { access: 'write' | 'draw' | 'read' };

    it.each(
      (['create', 'update'] as const).flatMap((op) =>
        ROLES.flatMap((role) => (['neighbour', 'otherProvince'] as const).map((where) => [op, role, where] as const)),
      ),
    )('%s as %s, pointing at the %s', async (op, role, where) => {
      n += 1;
      // On update, a record made from the own side's rows, then this reference changed: a changed id is authorised as a new one.
      const own = op === 'update' ? { ...sides.own, ...(await c.fresh?.()) } : sides.own;
      const input = c.input(own, own, n);
      const id = op === 'update' ? await make(c.mutation, input) : undefined;
      // Only this reference leaves the officer's district (lists keep their own row too).
      input[property] = c.input(own, sides[where], n)[property];
      const before = await auditRows();
      const viewer: Viewer = role === 'chu' ? chu : v[role];
      const res =
        id === undefined
          ? await gqlAs(db, viewer, `mutation ($input: ${c.mutation}Input!) { create${c.mutation}(input: $input) { id } }`, { input })
          : await gqlAs(db, viewer, `mutation ($id: Int!, $input: ${c.mutation}Input!) { update${c.mutation}(id: $id, version: 1, input: $input) { id } }`, {
              id,
              input,
            });
      const error = res.errors?.[0];
      const field = `input.${property}`;
      const badFields = () => ((error?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);

      if (WRITE_SCOPE[role] === 'none') {
        expect(error?.extensions?.code).toBe('FORBIDDEN');
      } else if (COMMUNE_ROLES.has(role) && c.atDistrict) {
        expect(error?.extensions?.code, error?.message).toBe('FORBIDDEN');
        expect(error?.message).toMatch(/^You may not change .* outside your write scope, Phường Chũ/);
      } else if (!READ_SCOPE[role].includes(where)) {
        // Rows one cannot read are missing, never "forbidden": their existence is not told.
        expect(error?.extensions?.code, error?.message).toBe('BAD_USER_INPUT');
        expect(badFields()).toContain(field);
      } else if (reference().access !== 'read' && !WRITE_SCOPE[role].includes(where)) {
        expect(error?.extensions?.code, error?.message).toBe('FORBIDDEN');
        expect(error?.message).toMatch(/outside your write scope/);
        // Named by its field, unless the reference is what places the record itself (an evaluation's product): then by the record's unit.
        if (error?.extensions?.field === undefined) expect(error?.message).toMatch(/^You may not change (a new )?(evaluation|certificate) /);
        else expect(error.extensions.field).toBe(field);
      } else {
        // Within reach: the write may still break a business rule, never for its access.
        expect(error?.extensions?.code, error?.message).not.toBe('FORBIDDEN');
      }
      if (error) expect(await auditRows()).toBe(before);
    });
  },
);

describe('funds drawn from above', () => {
  it('lets a commune pay from its province’s allocation, never from a neighbour’s', async () => {
    const province = await unitId(db, '2025:24');
    const commune = await unitId(db, '2025:07525');
    const [allocation]: { id: number }[] = await db.query('SELECT id FROM budget_allocation WHERE year = 2026 AND recipient_unit_id = $1 ORDER BY id LIMIT 1', [
      province,
    ]);
    const pay = (unitIdOf: number) =>
      gqlAs(db, chu, 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id } }', {
        input: { allocationId: allocation.id, disbursedOn: '2026-03-02', unitId: unitIdOf, amount: '1000000', activity: 'Hỗ trợ tem nhãn' },
      });
    const paid = await pay(commune);
    expect(paid.errors).toBeUndefined();
    // The province's allocation does not open the neighbour commune to the officer.
    const neighbour = await pay(await unitId(db, '2025:07537'));
    expect(neighbour.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
