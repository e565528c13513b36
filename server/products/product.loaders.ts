import { byIdLoader, groupLoader } from '../common/loaders.ts';
import type { Db } from '../db/sql.ts';
import { Product } from './product.entity.ts';

export function createProductLoaders(db: Db) {
  return {
    productById: byIdLoader<Product>(db, Product),
    productsBySubject: groupLoader<Product>(db, Product, 'subject_id', { orderBy: 't.name, t.id' }),
  };
}
