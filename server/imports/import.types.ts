import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LabelText } from '../labels/label.types.ts';

export enum ImportKind {
  products = 'products',
  evaluations = 'evaluations',
  disbursements = 'disbursements',
  training_classes = 'training_classes',
  promotion_events = 'promotion_events',
  council_scores = 'council_scores',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'What a file holds, one record per row (columns per kind: `importKinds`, or docs/imports.md).',
  valuesConfig: {
    products: { description: 'Products, identified by their code.' },
    evaluations: { description: 'Evaluations, identified by round and product.' },
    disbursements: { description: 'Disbursements, identified by the key column (or a hash of allocation, date, unit, amount and activity).' },
    training_classes: { description: 'Training classes, identified by the key column (or a hash of unit, start date, organiser and topic).' },
    promotion_events: { description: 'Trade-promotion events, identified by the key column (or a hash of unit, start date and name).' },
    council_scores: {
      description: 'A council’s result sheet from other software: each member’s part scores per product, identified by round, product and member.',
    },
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

  @Field(() => String, { description: 'What is wrong, in the language of the request (Accept-Language: Vietnamese unless English is preferred).' })
  message: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What kind of problem it is, for programs. Headers: UNKNOWN_COLUMN, DUPLICATE_COLUMN, MISSING_COLUMN. Cells: REQUIRED, BAD_DATE, BAD_NUMBER, ' +
      'BAD_YES_NO, BAD_CHOICE, BAD_UNIT_CODE, BAD_KEY, BAD_CELL, UNKNOWN_CODE. Rows: DUPLICATE_ROW. A refused write: the error’s code, BAD_USER_INPUT, ' +
      'FORBIDDEN, NOT_FOUND, CONFLICT or PERIOD_APPROVED (its period is approved and locked), or DATABASE_REFUSED.',
  })
  code: string | null;
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

export enum ImportCellType {
  text = 'text',
  code = 'code',
  integer = 'integer',
  amount = 'amount',
  score = 'score',
  date = 'date',
  yes_no = 'yes_no',
  choice = 'choice',
  unit_code = 'unit_code',
  code_list = 'code_list',
}
registerEnumType(ImportCellType, {
  name: 'ImportCellType',
  description: 'How the cells of an import column are read.',
  valuesConfig: {
    text: { description: 'Any text; stored in Unicode NFC, trimmed.' },
    code: { description: 'A code or key as the hub holds it (product code, subject code, plan key, your own row key).' },
    integer: { description: 'A whole number, with or without dot grouping.' },
    amount: { description: 'Whole đồng, with or without dot grouping: 20.967.000.000, 20967000000 or 20.967.000.000 đ.' },
    score: { description: 'A number with at most two decimals, decimal comma or point: 18,5 or 18.5.' },
    date: { description: 'dd/mm/yyyy (5/3/2024 too), or an Excel date cell.' },
    yes_no: { description: 'có, x, yes, true, 1 / không, no, false, 0; empty means no.' },
    choice: { description: 'One of the column’s `choices`, by its value or a label in either language, ignoring case and diacritics.' },
    unit_code: {
      description:
        'A GSO code (2 digits for a province, 3 for a district, 5 for a commune), read as the unit that had it on the record’s date; ' +
        'a 4-digit number is a commune code that lost its leading 0, a 1-digit number a province code.',
    },
    code_list: { description: 'Codes separated by ";" or ",".' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A value a choice column accepts.' })
export class ImportChoice {
  @Field(() => String, { description: 'The value as the API spells it; accepted in a file too.' })
  value: string;

  @Field(() => LabelText, { description: 'Its label; accepted in a file in either language.' })
  label: LabelText;

  @Field(() => [String], { description: 'Other spellings accepted in a file (older or official names, short forms).' })
  alsoAccepted: string[];
}

@ObjectType({ simpleResolvers: true, description: 'One column of an import file.' })
export class ImportColumn {
  @Field(() => String, { description: 'The column’s name: accepted as its header, and used in a problem about a column the file lacks.' })
  name: string;

  @Field(() => LabelText, { description: 'Its header in Vietnamese and in English; both are accepted, and a template uses the one of its language.' })
  header: LabelText;

  @Field(() => [String], { description: 'Other headers accepted. Headers are matched ignoring case, diacritics and spacing.' })
  aliases: string[];

  @Field(() => ImportCellType, { description: 'How its cells are read.' })
  type: ImportCellType;

  @Field(() => Boolean, {
    description:
      'The column must be present and each of its cells filled in. An optional column left out of a file keeps an existing record’s value; an empty cell clears it.',
  })
  required: boolean;

  @Field(() => LabelText, { description: 'An example cell, as a file in either language writes it.' })
  example: LabelText;

  @Field(() => LabelText, { nullable: true, description: 'What the column holds, beyond its header and type.' })
  note: LabelText | null;

  @Field(() => [ImportChoice], { nullable: true, description: 'The values a choice column accepts; null for other types.' })
  choices: ImportChoice[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'A kind of import file: its columns, and how its rows are matched to records.' })
export class ImportKindInfo {
  @Field(() => ImportKind, { description: 'The kind, as `importData` takes it.' })
  kind: ImportKind;

  @Field(() => LabelText, { description: 'What the file holds.' })
  label: LabelText;

  @Field(() => LabelText, { description: 'How a row is matched to an existing record (its natural key).' })
  identifiedBy: LabelText;

  @Field(() => LabelText, { nullable: true, description: 'Rules of the kind beyond its columns.' })
  note: LabelText | null;

  @Field(() => [ImportColumn], { description: 'The columns, in template order.' })
  columns: ImportColumn[];
}

@ObjectType({ simpleResolvers: true, description: 'A file to fill in: the header row and one example row.' })
export class ImportTemplate {
  @Field(() => String, { description: 'A file name for it, e.g. "mau-nhap-san-pham.xlsx".' })
  fileName: string;

  @Field(() => String, { description: 'Its media type.' })
  contentType: string;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  base64: string;
}
