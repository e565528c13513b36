import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportKind {
  products = 'products',
  evaluations = 'evaluations',
  disbursements = 'disbursements',
  training_classes = 'training_classes',
  promotion_events = 'promotion_events',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'What a file holds, one record per row (columns per kind: docs/imports.md).',
  valuesConfig: {
    products: { description: 'Products, identified by their code.' },
    evaluations: { description: 'Evaluations, identified by round and product.' },
    disbursements: { description: 'Disbursements, identified by the key column (or a hash of allocation, date, unit, amount and activity).' },
    training_classes: { description: 'Training classes, identified by the key column (or a hash of unit, start date, organiser and topic).' },
    promotion_events: { description: 'Trade-promotion events, identified by the key column (or a hash of unit, start date and name).' },
  },
});

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'File format.',
  valuesConfig: {
    CSV: { description: 'Comma- (or semicolon-) separated text in UTF-8, header row first.' },
    XLSX: { description: 'Excel workbook: the first sheet, header row first.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One problem in an imported file.' })
export class ImportProblem {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1).' })
  row: number;

  @Field(() => String, { nullable: true, description: 'Header of the column at fault, as written in the file; null when the row as a whole is at fault.' })
  column: string | null;

  @Field(() => String, { description: 'What is wrong.' })
  message: string;
}

@ObjectType({ simpleResolvers: true, description: 'What an import did, or (dry run, or any problem) would have done.' })
export class ImportReport {
  @Field(() => ImportKind, { description: 'Kind of records.' })
  kind: ImportKind;

  @Field(() => Boolean, { description: 'True for a dry run, which never writes.' })
  dryRun: boolean;

  @Field(() => Boolean, { description: 'True when the changes were saved: a real run without a single problem. Otherwise nothing was written.' })
  written: boolean;

  @Field(() => Int, { description: 'Data rows read (blank rows are skipped).' })
  rows: number;

  @Field(() => Int, { description: 'Rows that create a record.' })
  created: number;

  @Field(() => Int, { description: 'Rows that change an existing record.' })
  updated: number;

  @Field(() => Int, { description: 'Rows identical to the record already there (re-importing a file changes nothing).' })
  unchanged: number;

  @Field(() => [ImportProblem], { description: 'Every problem found, by row and column. Any problem means nothing was written.' })
  problems: ImportProblem[];

  @Field(() => Int, { nullable: true, description: 'The import batch the audit log entries of a written import point to.' })
  batchId: number | null;
}
