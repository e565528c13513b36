import sql from 'sql-template-tag';
import { byIdLoader, groupLoader } from '../common/loaders.ts';
import { linkLoader } from '../common/link-loader.ts';
import type { Db } from '../db/sql.ts';
import { Product } from '../products/product.entity.ts';
import { Milestone, Plan, Target } from './plan.entity.ts';

export function createPlanLoaders(db: Db) {
  return {
    planById: byIdLoader<Plan>(db, Plan),
    // In the plan's own order (ids follow the plan file); children hang under their parent.
    topTargetsByPlan: groupLoader<Target>(db, Target, 'plan_id', { extra: sql`AND t.parent_target_id IS NULL`, orderBy: 't.id' }),
    // Child keys are "<parent key>@<district code>", so key order is district-code order.
    targetChildren: groupLoader<Target>(db, Target, 'parent_target_id', { orderBy: 't.key, t.id' }),
    milestonesByPlan: groupLoader<Milestone>(db, Milestone, 'plan_id', { orderBy: 't.deadline, t.id' }),
    productsByTarget: linkLoader<Product>(db, Product, { table: 'target_product', keyColumn: 'target_id', rowColumn: 'product_id' }, 't.name, t.id'),
  };
}
