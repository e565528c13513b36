// The vocabulary of an import kind's column table: what a column is (its
// name, its header in both languages, how its cells are read, whether it must
// be filled, the input field it fills, an example) and the cell types. The
// importer, the templates, the `importKinds` query and docs/imports.md all read
// the tables written with it, so a column is named once per kind.
import { ENUM_LABELS, type EnumValue, type Label, type LabelledEnum, type Lang } from '../labels/enum-labels.ts';
import type { RowReader } from './cells.ts';
import { ImportCellType } from './import.types.ts';

export interface CellType<T> {
  type: ImportCellType;
  /** The enum whose values (and labels) a choice column takes. */
  choices?: LabelledEnum;
  /** Reads the column's cell of a row; null when empty, undefined after recording a problem. */
  read(r: RowReader, column: string, required: boolean): T | null | undefined;
  /** The example as a file in `lang` would write it (choices and yes/no by their words). */
  show?(example: string, lang: Lang): string;
}

export interface Column<T = unknown, Field extends string = string> {
  /** Vietnamese header. Any of the name, the two headers and the aliases is accepted, ignoring case and diacritics. */
  vi: string;
  /** English header. */
  en: string;
  /** Other headers accepted (short or older forms). */
  aliases?: readonly string[];
  cell: CellType<T>;
  /** The column must be present and each of its cells filled in. */
  required?: boolean;
  /** The input field the column fills; the rules' problems with that field are reported on this column. */
  field?: Field;
  /** An empty cell keeps the record's value (or the default) rather than clearing it: the field cannot be empty. */
  keepWhenEmpty?: boolean;
  /** An example cell, as written in a CSV file (a choice by its value). */
  example: string;
  /** What the column holds beyond its header and type. */
  note?: Label;
}

/** A kind's column table, by column name (the name is the column's canonical header, in snake_case). */
export type Columns<Input> = Record<string, Column<unknown, keyof Input & string>>;

/** The cells of a row as its columns' types read them. */
export type RowValues<C extends Columns<never>> = { [K in keyof C]: C[K] extends Column<infer T, string> ? T | null | undefined : never };

const plain = <T>(type: ImportCellType, read: CellType<T>['read']): CellType<T> => ({ type, read });

export const cell = {
  text: plain(ImportCellType.text, (r, c, required) => r.text(c, required)),
  code: plain(ImportCellType.code, (r, c, required) => r.text(c, required)),
  integer: plain(ImportCellType.integer, (r, c, required) => r.int(c, required)),
  amount: plain(ImportCellType.amount, (r, c, required) => r.whole(c, required)),
  score: plain(ImportCellType.score, (r, c, required) => r.decimal(c, required)),
  date: plain(ImportCellType.date, (r, c, required) => r.date(c, required)),
  unitCode: plain(ImportCellType.unit_code, (r, c, required) => r.gsoCode(c, required)),
  codeList: plain(ImportCellType.code_list, (r, c) => r.list(c)),
  /** Empty means no. */
  yesNo: {
    type: ImportCellType.yes_no,
    read: (r: RowReader, c: string) => r.bool(c),
    show: (example: string, lang: Lang) => (example === 'true' ? { vi: 'có', en: 'yes' } : { vi: 'không', en: 'no' })[lang],
  } satisfies CellType<boolean>,
  choice: <E extends LabelledEnum>(choices: E): CellType<EnumValue<E>> => {
    const labels = ENUM_LABELS[choices] as Record<EnumValue<E>, Label>;
    return {
      type: ImportCellType.choice,
      choices,
      read: (r, c, required) => r.choice(c, labels, required),
      show: (example, lang) => labels[example as EnumValue<E>][lang],
    };
  },
};

/** A column's example in a file of `lang`. */
export function exampleIn(column: Column, lang: Lang): string {
  return column.cell.show ? column.cell.show(column.example, lang) : column.example;
}

/** Reads every column of a row. */
export function readRow<C extends Columns<never>>(columns: C, r: RowReader): RowValues<C> {
  return Object.fromEntries(Object.entries(columns).map(([name, column]) => [name, column.cell.read(r, name, column.required ?? false)])) as RowValues<C>;
}
