import { linkLoader } from '../common/link-loader.ts';
import type { Db } from '../db/sql.ts';
import { Product } from '../products/product.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';

export function createPromotionLoaders(db: Db) {
  return {
    productsByEvent: linkLoader<Product>(db, Product, { table: 'promotion_event_product', keyColumn: 'event_id', rowColumn: 'product_id' }, 't.name, t.id'),
    subjectsByEvent: linkLoader<Subject>(db, Subject, { table: 'promotion_event_subject', keyColumn: 'event_id', rowColumn: 'subject_id' }, 't.name, t.id'),
  };
}
