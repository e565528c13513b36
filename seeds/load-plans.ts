// Loads the five plans (targets, milestones, budgets) and the real products
// they name. Units are referred to by their pre-2025 key (= GSO code).
import type { EntityManager } from 'typeorm';
import { readNamedProducts, readPlanFiles, type PlanFile } from './plan-files.ts';

async function unitIdByKey(tx: EntityManager): Promise<(key: string, where: string) => number> {
  const rows: { id: number; key: string }[] = await tx.query('SELECT id, key FROM admin_unit');
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  return (key, where) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`${where}: unknown administrative unit code "${key}"`);
    return id;
  };
}

export async function loadNamedProducts(tx: EntityManager): Promise<void> {
  const unitId = await unitIdByKey(tx);
  const named = readNamedProducts();
  for (const [i, p] of named.entries()) {
    const unit = unitId(p.districtCode, `named product "${p.name}"`);
    const [subject]: { id: number }[] = await tx.query(
      `INSERT INTO subject (code, name, type, unit_id, illustrative) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [`NP-S${String(i + 1).padStart(3, '0')}`, p.subjectName, p.subjectType, unit, p.illustrative],
    );
    // A real row: name, place and group are the plan's. The plans state no status: 'registered' is a placeholder.
    await tx.query(
      `INSERT INTO product (code, name, product_group, sub_group, subject_id, unit_id, status, illustrative, illustrative_fields)
       VALUES ($1, $2, $3, $4, $5, $6, 'registered', false, '{status}')`,
      [`NP${String(i + 1).padStart(3, '0')}`, p.name, p.group, p.subGroup, subject.id, unit],
    );
  }
}

async function districtsOf(tx: EntityManager, provinceId: number, onDate: string): Promise<{ id: number; code: string }[]> {
  return tx.query(
    `SELECT id, code FROM admin_unit WHERE parent_id = $1 AND level = 'district'
       AND COALESCE(valid_from, '-infinity') <= $2::date AND COALESCE(valid_to, 'infinity') >= $2::date ORDER BY code`,
    [provinceId, onDate],
  );
}

async function loadPlan(tx: EntityManager, plan: PlanFile, unitId: (key: string, where: string) => number): Promise<void> {
  const [{ id: planId }]: { id: number }[] = await tx.query(
    `INSERT INTO plan (key, issuer_unit_id, issuer_name, document_number, issued_on, year, period_start, period_end, title, product_groups_decision, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      plan.key,
      unitId(plan.issuer.unitCode, plan.key),
      plan.issuer.name,
      plan.documentNumber,
      plan.issuedOn,
      plan.year,
      plan.periodStart,
      plan.periodEnd,
      plan.title,
      plan.productGroupsDecision,
      plan.source,
    ],
  );
  const insertTarget = async (t: PlanFile['targets'][number], key: string, scope: number, parent: number | null): Promise<number> => {
    const [{ id }]: { id: number }[] = await tx.query(
      `INSERT INTO target (key, plan_id, parent_target_id, metric, params, scope_unit_id, target_min, target_max, unit, due_date, wording)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [key, planId, parent, t.metric, JSON.stringify(t.each ? { ...t.params, each: t.each } : t.params), scope, t.min, t.max, t.unit, t.dueDate, t.wording],
    );
    return id;
  };
  for (const t of plan.targets) {
    const scope = unitId(t.scopeUnitCode, t.key);
    const id = await insertTarget(t, t.key, scope, null);
    // "Every district at least N": one child target per district that existed when the plan started.
    if (t.each === 'district') {
      for (const d of await districtsOf(tx, scope, plan.periodStart)) await insertTarget({ ...t, each: null }, `${t.key}@${d.code}`, d.id, id);
    }
    if (t.productNames.length) {
      const linked: unknown[] = await tx.query(
        `INSERT INTO target_product (target_id, product_id) SELECT $1, id FROM product WHERE name = ANY($2::text[]) RETURNING product_id`,
        [id, t.productNames],
      );
      if (linked.length !== t.productNames.length) throw new Error(`${t.key}: named products not all found: ${t.productNames.join(', ')}`);
    }
  }
  for (const m of plan.milestones) {
    await tx.query(`INSERT INTO milestone (key, plan_id, kind, title, deadline, scope_unit_id, wording) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      m.key,
      planId,
      m.kind,
      m.title,
      m.deadline,
      unitId(m.scopeUnitCode, m.key),
      m.wording,
    ]);
  }
  for (const b of plan.budget) {
    await tx.query(`INSERT INTO budget_allocation (plan_id, year, source, amount, recipient_unit_id, activity, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      planId,
      b.year,
      b.source,
      b.amountVnd,
      unitId(b.recipientUnitCode, `${plan.key} budget`),
      b.activity,
      b.wording,
    ]);
  }
}

export async function loadPlans(tx: EntityManager): Promise<number> {
  const unitId = await unitIdByKey(tx);
  const plans = readPlanFiles();
  for (const plan of plans) await loadPlan(tx, plan, unitId);
  return plans.length;
}
