// Which records an approved period locks, and the date each is about: the
// records that make up a period's figures (payments, classes, events, sales
// points, evaluations, certificates). Registers (subjects, products), budgets
// and plans are not period figures and are never locked. One declaration for
// the lock on writes (period-lock.ts) and the approved-data views
// (approved-data.ts), by table and column.
import type { Label } from '../labels/language.ts';

/** A later fact a record can gain (a revocation, an upgrade), with its own date and the columns that record it. */
export interface LaterFact {
  date: string;
  /** Each column of the fact, and its value while the fact is not approved (SQL). */
  columns: Record<string, string>;
}

export interface PeriodFacts {
  /** What the record is, in messages. */
  label: Label;
  /** The record's unit: its own unit_id, or its product's. */
  unit: 'own' | 'product';
  /** The column with the date the record is about; NULL dates are never locked. */
  date: string;
  later?: LaterFact[];
}

export const PERIOD_FACTS: Readonly<Record<string, PeriodFacts>> = {
  disbursement: { label: { vi: 'khoản giải ngân', en: 'disbursement' }, unit: 'own', date: 'disbursed_on' },
  training_class: { label: { vi: 'lớp tập huấn', en: 'training class' }, unit: 'own', date: 'starts_on' },
  promotion_event: { label: { vi: 'hoạt động xúc tiến thương mại', en: 'trade-promotion event' }, unit: 'own', date: 'starts_on' },
  sales_point: {
    label: { vi: 'điểm bán sản phẩm OCOP', en: 'sales point' },
    unit: 'own',
    date: 'opened_on',
    later: [{ date: 'upgraded_on', columns: { upgraded_on: 'NULL', status: "'existing'" } }],
  },
  evaluation: { label: { vi: 'kết quả đánh giá', en: 'evaluation' }, unit: 'product', date: 'evaluated_on' },
  certificate: {
    label: { vi: 'giấy chứng nhận', en: 'certificate' },
    unit: 'product',
    date: 'decided_on',
    later: [{ date: 'revoked_on', columns: { revoked_on: 'NULL', revocation_reason: 'NULL' } }],
  },
};
