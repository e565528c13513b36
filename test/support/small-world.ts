// A hand-built province small enough to compute every figure by hand.
//
// Province 90 (abolished 2025-06-30, succeeded by "2025:90"):
//   district 901: communes 90011, 90012     district 902: commune 90021     district 903: no communes
//   new commune 2025:90011 succeeds 90011 and 90012.
// Products and certificates (decided → expires 36 months later):
//   A (coop S1, 90011): 3★ district 2021-03-01 (expires 2024-03-01); 4★ province 2024-05-01 → upgraded in 2024
//   B (enterprise S2, 90012): 3★ 2023-06-01, revoked 2024-02-01
//   C (household S3, 90021): 5★ central 2024-08-01, evaluated 2024-07-20 and proposed for central
//   E (coop S4, 90021): scored 2★ in 2024, never certified
//   F (coop S5, 90021): 3★ district 2024-09-01
import type { DataSource } from 'typeorm';
import { loadAdminUnits } from '../../seeds/load-admin-units.ts';
import type { SeedUnit } from '../../seeds/admin-units/units.ts';

const unit = (key: string, level: SeedUnit['level'], parentKey: string | null, extra: Partial<SeedUnit> = {}): SeedUnit => ({
  key,
  code: key.replace('2025:', ''),
  name: `Unit ${key}`,
  type: level,
  level,
  parentKey,
  validFrom: key.startsWith('2025:') ? '2025-07-01' : null,
  validTo: key.startsWith('2025:') ? null : '2025-06-30',
  successorKey: null,
  ...extra,
});

export const UNITS: SeedUnit[] = [
  unit('2025:90', 'province', null),
  unit('2025:90011', 'commune', '2025:90'),
  unit('90', 'province', null, { successorKey: '2025:90' }),
  unit('901', 'district', '90', { successorKey: '2025:90' }),
  unit('902', 'district', '90', { successorKey: '2025:90' }),
  unit('903', 'district', '90', { successorKey: '2025:90' }),
  unit('90011', 'commune', '901', { successorKey: '2025:90011' }),
  unit('90012', 'commune', '901', { successorKey: '2025:90011' }),
  unit('90021', 'commune', '902', { successorKey: '2025:90' }),
];

export interface SmallWorld {
  unitId(key: string): number;
  product: Record<'A' | 'B' | 'C' | 'E' | 'F', number>;
  subject: Record<'S1' | 'S2' | 'S3' | 'S4' | 'S5', number>;
}

export async function buildSmallWorld(db: DataSource): Promise<SmallWorld> {
  await db.transaction((tx) => loadAdminUnits(tx, UNITS));
  const units: { id: number; key: string }[] = await db.query('SELECT id, key FROM admin_unit');
  const unitId = (key: string) => units.find((u) => u.key === key)!.id;
  const one = async (text: string, values: unknown[]) => ((await db.query(text, values)) as { id: number }[])[0].id;

  const subject: Partial<SmallWorld['subject']> = {};
  for (const [name, type, commune] of [
    ['S1', 'cooperative', '90011'],
    ['S2', 'enterprise', '90012'],
    ['S3', 'household', '90021'],
    ['S4', 'cooperative', '90021'],
    ['S5', 'cooperative', '90021'],
  ] as const) {
    subject[name] = await one(`INSERT INTO subject (code, name, type, unit_id, registered_on) VALUES ($1, $2, $3, $4, '2020-01-01') RETURNING id`, [
      name,
      `Subject ${name}`,
      type,
      unitId(commune),
    ]);
  }
  const product: Partial<SmallWorld['product']> = {};
  for (const [name, owner, commune, group] of [
    ['A', 'S1', '90011', 'food'],
    ['B', 'S2', '90012', 'beverage'],
    ['C', 'S3', '90021', 'tourism'],
    ['E', 'S4', '90021', 'herbal'],
    ['F', 'S5', '90021', 'food'],
  ] as const) {
    product[name] = await one(
      `INSERT INTO product (code, name, product_group, subject_id, unit_id, status, registered_on) VALUES ($1, $2, $3, $4, $5, 'registered', '2020-06-01') RETURNING id`,
      [name, `Product ${name}`, group, subject[owner], unitId(commune)],
    );
  }
  const round = async (level: string, year: number, unitKey: string | null, heldOn: string) =>
    one(`INSERT INTO evaluation_round (level, year, sequence, unit_id, held_on) VALUES ($1, $2, 1, $3, $4) RETURNING id`, [
      level,
      year,
      unitKey ? unitId(unitKey) : null,
      heldOn,
    ]);
  const certify = async (
    p: number,
    roundId: number,
    scores: [number, number, number],
    on: string,
    level: string | null,
    opts: { proposed?: boolean; revokedOn?: string } = {},
  ) => {
    const evaluation = await one(
      `INSERT INTO evaluation (round_id, product_id, score_a, score_b, score_c, evaluated_on, proposed_for_central) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [roundId, p, ...scores, on, opts.proposed ?? false],
    );
    if (!level) return;
    const [{ stars }]: { stars: number }[] = await db.query('SELECT stars FROM evaluation WHERE id = $1', [evaluation]);
    await db.query(
      `INSERT INTO certificate (evaluation_id, product_id, level, stars, decision_number, decided_on, revoked_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [evaluation, p, level, stars, `${evaluation}/QĐ-UBND`, on, opts.revokedOn ?? null],
    );
  };
  const d2021 = await round('district', 2021, '901', '2021-02-20');
  const d2023 = await round('district', 2023, '901', '2023-05-20');
  const p2024 = await round('province', 2024, '90', '2024-04-20');
  const d2024 = await round('district', 2024, '902', '2024-06-10');
  const c2024 = await round('central', 2024, null, '2024-07-20');
  await certify(product.A!, d2021, [15, 15, 25], '2021-03-01', 'district'); // 55 → 3★
  await certify(product.B!, d2023, [15, 15, 22], '2023-06-01', 'district', { revokedOn: '2024-02-01' }); // 52 → 3★
  await certify(product.A!, p2024, [20, 20, 35], '2024-05-01', 'province'); // 75 → 4★
  await certify(product.C!, c2024, [35, 22, 35], '2024-08-01', 'central', { proposed: true }); // 92 → 5★ (Decision 148 maxima: A 40, C 35)
  await certify(product.E!, d2024, [10, 10, 15], '2024-06-10', null); // 35 → 2★, no certificate
  await certify(product.F!, d2024, [15, 15, 21], '2024-09-01', 'district'); // 51 → 3★

  const allocation = async (unitKey: string, source: string, amount: string) =>
    one(`INSERT INTO budget_allocation (year, source, amount, recipient_unit_id, activity) VALUES (2024, $1, $2, $3, 'OCOP') RETURNING id`, [
      source,
      amount,
      unitId(unitKey),
    ]);
  const a1 = await allocation('901', 'central', '1000000000');
  const a2 = await allocation('902', 'provincial', '500000000');
  const pay = (allocationId: number, unitKey: string, on: string, amount: string, subjectId: number | null = null, deleted = false) =>
    db.query(
      `INSERT INTO disbursement (allocation_id, disbursed_on, unit_id, amount, activity, subject_id, deleted_at) VALUES ($1, $2, $3, $4, 'OCOP', $5, $6)`,
      [allocationId, on, unitId(unitKey), amount, subjectId, deleted ? new Date() : null],
    );
  await pay(a1, '901', '2024-04-10', '300000000', subject.S1);
  await pay(a1, '901', '2024-09-10', '200000000');
  await pay(a2, '902', '2024-06-01', '500000000');
  await pay(a2, '902', '2024-07-01', '100000000', null, true);

  await db.query(
    `INSERT INTO training_class (organiser, topic, audience, unit_id, starts_on, ends_on, planned_learners, actual_learners)
    VALUES ('Sở NN', 'OCOP', 'cadres', $1, '2024-03-01', '2024-03-02', 50, 45), ('Sở NN', 'OCOP', 'subjects', $2, '2024-10-01', '2024-10-03', 60, 40)`,
    [unitId('901'), unitId('902')],
  );
  await db.query(
    `INSERT INTO promotion_event (name, kind, scope, unit_id, starts_on, ends_on) VALUES
    ('Hội chợ 1', 'fair', 'in_province', $1, '2024-03-01', '2024-03-03'),
    ('Hội chợ 2', 'fair', 'out_of_province', $1, '2024-05-01', '2024-05-03'),
    ('Triển lãm', 'exhibition', 'out_of_province', $2, '2024-11-01', '2024-11-03')`,
    [unitId('901'), unitId('902')],
  );
  await db.query(
    `INSERT INTO sales_point (name, unit_id, status, opened_on, upgraded_on) VALUES
    ('Điểm 1', $1, 'upgraded', '2019-01-01', '2024-06-01'), ('Điểm 2', $2, 'new', '2024-08-01', NULL), ('Điểm 3', $2, 'existing', '2020-01-01', NULL)`,
    [unitId('901'), unitId('902')],
  );
  return { unitId, product: product as SmallWorld['product'], subject: subject as SmallWorld['subject'] };
}
