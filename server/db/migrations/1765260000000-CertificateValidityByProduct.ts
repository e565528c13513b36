// A product's validity rows by a B-tree on the product. "The product's current
// certificate on a date" (a page's current certificate, a target's products
// valid on its date) probed the exclusion constraint's GiST index once per
// product: about 11 µs a probe, against 1–2 µs here, where the row's stars,
// level and days come from the index itself (docs/performance-notes.md).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificateValidityByProduct1765260000000 implements MigrationInterface {
  name = 'CertificateValidityByProduct1765260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX certificate_validity_product_idx ON certificate_validity (product_id) INCLUDE (stars, level, during)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX certificate_validity_product_idx`);
  }
}
