// Row versions of records whose entity has no `version` property (the column
// came with the Writes migration): one statement per table per request.
import DataLoader from 'dataloader';
import sql, { raw } from 'sql-template-tag';
import { queryRows, type Db } from '../db/sql.ts';

export type VersionedTable =
  | 'evaluation_round' | 'evaluation' | 'certificate' | 'plan' | 'target' | 'milestone'
  | 'disbursement' | 'training_class' | 'promotion_event' | 'sales_point';

export function createWriteLoaders(db: Db) {
  const loaders = new Map<VersionedTable, DataLoader<number, number>>();
  return {
    rowVersion(table: VersionedTable): DataLoader<number, number> {
      let loader = loaders.get(table);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rows = await queryRows<{ id: number; version: number }>(
            db,
            sql`SELECT id, version FROM ${raw(table)} WHERE id = ANY(${[...ids]}::int[])`,
          );
          const byId = new Map(rows.map((r) => [r.id, r.version]));
          return ids.map((id) => byId.get(id) ?? 1);
        });
        loaders.set(table, loader);
      }
      return loader;
    },
  };
}
