// Two things a product row could not say. Its group under Decision 1048/QĐ-TTg,
// for a product registered under that decision (its `product_group` stays the
// Decision 148 group, through the crosswalk, which every count reads). And which
// of its fields are invented for illustration when the row itself is real: a
// product a plan names keeps its real name, place and group, while the seed
// generator drew its status and registration date.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductProvenance1764100001000 implements MigrationInterface {
  name = 'ProductProvenance1764100001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE product ADD COLUMN group_1048 varchar(30);
      ALTER TABLE product ADD COLUMN illustrative_fields text[] NOT NULL DEFAULT '{}';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE product DROP COLUMN group_1048, DROP COLUMN illustrative_fields');
  }
}
