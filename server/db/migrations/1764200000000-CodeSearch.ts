// Product search matches codes as well as names: a trigram index keeps a
// "contains" match on the code an index scan whatever the text searched.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CodeSearch1764200000000 implements MigrationInterface {
  name = 'CodeSearch1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX product_code_trgm_idx ON product USING gin (lower(code) gin_trgm_ops)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX product_code_trgm_idx');
  }
}
