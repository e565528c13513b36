import { byIdLoader, groupLoader } from '../common/loaders.ts';
import type { Db } from '../db/sql.ts';
import type DataLoader from 'dataloader';
import { Product, type ProductStatus } from './product.entity.ts';
import { productStatusLoader } from './product-status.ts';

export function createProductLoaders(db: Db) {
  const statusByDate = new Map<string, DataLoader<number, ProductStatus | null>>();
  return {
    productById: byIdLoader<Product>(db, Product),
    productsBySubject: groupLoader<Product>(db, Product, 'subject_id', { orderBy: 't.name, t.id' }),
    /** Products' statuses on one date (one loader per date asked for). */
    productStatusOn(asOf: string): DataLoader<number, ProductStatus | null> {
      let loader = statusByDate.get(asOf);
      if (!loader) statusByDate.set(asOf, (loader = productStatusLoader(db, asOf)));
      return loader;
    },
  };
}
