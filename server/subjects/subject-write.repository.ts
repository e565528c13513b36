// SQL the subject writes need beyond the shared write repository.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';

/** Rows that point to a subject, by what they are. */
export function subjectReferences(id: number): Record<string, Sql> {
  return {
    products: sql`SELECT 1 FROM product WHERE subject_id = ${id}`,
    disbursements: sql`SELECT 1 FROM disbursement WHERE subject_id = ${id}`,
    'sales points': sql`SELECT 1 FROM sales_point WHERE subject_id = ${id}`,
    'promotion events': sql`SELECT 1 FROM promotion_event_subject WHERE subject_id = ${id}`,
  };
}
