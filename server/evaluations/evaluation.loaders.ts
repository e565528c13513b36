import DataLoader from 'dataloader';
import sql, { raw } from 'sql-template-tag';
import { byIdLoader, groupLoader } from '../common/loaders.ts';
import { queryRows, selectColumns, type Db } from '../db/sql.ts';
import { entityRow } from '../db/rows.ts';
import { currentCertificateJoin } from './certificate-validity.ts';
import { entityReadScope } from '../auth/read-scope.ts';
import { Certificate, Evaluation, EvaluationRound } from './evaluation.entity.ts';

/** The latest valid certificate of each product on one date. */
function currentCertificateLoader(db: Db, asOf: string): DataLoader<number, Certificate | null> {
  return new DataLoader(async (productIds) => {
    const rows = await queryRows(
      db,
      entityRow(Certificate),
      sql`SELECT ${selectColumns(db, Certificate, 'c')}
          FROM unnest(${[...productIds]}::int[]) AS wanted(product_id)
          ${currentCertificateJoin(raw('wanted.product_id'), asOf, 'cur')}
          JOIN certificate c ON c.id = cur.certificate_id
          WHERE true ${entityReadScope(Certificate, 'c')}`,
    );
    const byProduct = new Map(rows.map((r) => [r.productId, r]));
    return productIds.map((id) => byProduct.get(id) ?? null);
  });
}

export function createEvaluationLoaders(db: Db) {
  const currentByDate = new Map<string, DataLoader<number, Certificate | null>>();
  return {
    evaluationById: byIdLoader<Evaluation>(db, Evaluation),
    roundById: byIdLoader<EvaluationRound>(db, EvaluationRound),
    certificateById: byIdLoader<Certificate>(db, Certificate),
    evaluationsByProduct: groupLoader<Evaluation>(db, Evaluation, 'product_id', { orderBy: 't.evaluated_on, t.id' }),
    certificatesByProduct: groupLoader<Certificate>(db, Certificate, 'product_id', {
      extra: sql`AND t.deleted_at IS NULL`,
      orderBy: 't.decided_on, t.id',
    }),
    certificateByEvaluation: groupLoader<Certificate>(db, Certificate, 'evaluation_id', { extra: sql`AND t.deleted_at IS NULL` }),
    currentCertificate(asOf: string): DataLoader<number, Certificate | null> {
      let loader = currentByDate.get(asOf);
      if (!loader) currentByDate.set(asOf, (loader = currentCertificateLoader(db, asOf)));
      return loader;
    },
  };
}
