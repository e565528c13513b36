// A product's validity rows by a B-tree on the product. A target's count of its
// scope's products valid on a date probed the exclusion constraint's GiST index
// once per product (6,421 probes at ten times the country, 11 µs each); here the
// row's stars, level and days come from the index itself (docs/performance-notes.md).
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
