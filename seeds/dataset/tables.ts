// The columns the generators fill, table by table, with their PostgreSQL types.
// One definition serves both loaders: the dataset's INSERT … SELECT FROM
// jsonb_to_recordset and the national loader's COPY.

export const TABLE_COLUMNS = {
  evaluation_round: { id: 'int', level: 'text', year: 'smallint', sequence: 'smallint', unit_id: 'int', deadline: 'date', held_on: 'date' },
  subject: {
    id: 'int',
    code: 'text',
    name: 'text',
    type: 'text',
    enterprise_size: 'text',
    unit_id: 'int',
    registered_on: 'date',
    value_chain_linked: 'boolean',
    representative: 'text',
    phone: 'text',
    illustrative: 'boolean',
  },
  product: {
    id: 'int',
    code: 'text',
    name: 'text',
    product_group: 'text',
    sub_group: 'text',
    subject_id: 'int',
    unit_id: 'int',
    status: 'text',
    registered_on: 'date',
    illustrative: 'boolean',
  },
  evaluation: {
    id: 'int',
    round_id: 'int',
    product_id: 'int',
    score_a: 'numeric',
    score_b: 'numeric',
    score_c: 'numeric',
    evaluated_on: 'date',
    proposed_for_central: 'boolean',
    illustrative: 'boolean',
  },
  certificate: {
    id: 'int',
    evaluation_id: 'int',
    product_id: 'int',
    level: 'text',
    stars: 'smallint',
    decision_number: 'text',
    decided_on: 'date',
    revoked_on: 'date',
    revocation_reason: 'text',
    illustrative: 'boolean',
  },
  budget_allocation: {
    id: 'int',
    plan_id: 'int',
    year: 'smallint',
    source: 'text',
    amount: 'numeric',
    recipient_unit_id: 'int',
    activity: 'text',
    note: 'text',
    illustrative: 'boolean',
  },
  disbursement: {
    id: 'int',
    allocation_id: 'int',
    disbursed_on: 'date',
    unit_id: 'int',
    amount: 'numeric',
    activity: 'text',
    subject_id: 'int',
    illustrative: 'boolean',
  },
  training_class: {
    id: 'int',
    organiser: 'text',
    topic: 'text',
    audience: 'text',
    unit_id: 'int',
    starts_on: 'date',
    ends_on: 'date',
    planned_learners: 'int',
    actual_learners: 'int',
    cost: 'numeric',
    plan_id: 'int',
    illustrative: 'boolean',
  },
  promotion_event: {
    id: 'int',
    name: 'text',
    kind: 'text',
    scope: 'text',
    unit_id: 'int',
    location: 'text',
    starts_on: 'date',
    ends_on: 'date',
    revenue: 'numeric',
    illustrative: 'boolean',
  },
  promotion_event_product: { event_id: 'int', product_id: 'int' },
  promotion_event_subject: { event_id: 'int', subject_id: 'int' },
  sales_point: {
    id: 'int',
    name: 'text',
    unit_id: 'int',
    status: 'text',
    opened_on: 'date',
    upgraded_on: 'date',
    address: 'text',
    subject_id: 'int',
    illustrative: 'boolean',
  },
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;
type Columns = typeof TABLE_COLUMNS;
type TsOf<P> = P extends 'text' | 'date' ? string : P extends 'boolean' ? boolean : number;

/** A row of a generated table: every column present, null where empty. */
export type RowOf<T extends TableName> = { [K in keyof Columns[T]]: TsOf<Columns[T][K]> | null };

export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLE_COLUMNS[table]);
}

/** `c1 int, c2 text, …` for jsonb_to_recordset's column definition list. */
export function recordsetDefinition(table: TableName): string {
  return Object.entries(TABLE_COLUMNS[table])
    .map(([c, t]) => `${c} ${t}`)
    .join(', ');
}

/** Tables with a serial id, in load order (parents first). */
export const ID_TABLES = [
  'evaluation_round',
  'subject',
  'product',
  'evaluation',
  'certificate',
  'budget_allocation',
  'disbursement',
  'training_class',
  'promotion_event',
  'sales_point',
] as const satisfies readonly TableName[];

export type IdTable = (typeof ID_TABLES)[number];
export type IdBases = Record<IdTable, number>;
