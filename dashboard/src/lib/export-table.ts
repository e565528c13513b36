// An export as two tables of the same rows: what the screen shows, in the
// reader's language (headers, enum labels, dates dd/mm/yyyy, percentages,
// money in đồng with grouping), and the machine-readable codes analysts
// compute with (enum values, ISO dates, exact digits, ratios) under snake_case
// headers. The CSV writes the codes below the table, the XLSX in a second
// sheet. Pure.
import type { Cell, ExportTable } from './csv.ts';

export interface ExportColumn<R> {
  /** The column's machine-readable name: its header among the codes. */
  code: string;
  /** Its header as the screen shows it; null for a column among the codes only (an internal key the screen never shows). */
  header: string | null;
  /** The cell as the screen shows it. */
  show: (row: R) => Cell;
  /** The machine-readable value; the shown cell when the column has no code of its own (names, counts). */
  value?: (row: R) => Cell;
  /** Whole numbers, possibly exact digit strings (money): numbers in the codes sheet of an XLSX. */
  numeric?: boolean;
}

/** The rows through the columns: the shown table and its codes. */
export function exportOf<R>(title: string, columns: readonly ExportColumn<R>[], rows: readonly R[]): Omit<ExportTable, 'meta'> {
  const shown = columns.filter((c): c is ExportColumn<R> & { header: string } => c.header !== null);
  return {
    title,
    headers: shown.map((c) => c.header),
    rows: rows.map((r) => shown.map((c) => c.show(r))),
    codes: {
      headers: columns.map((c) => c.code),
      rows: rows.map((r) => columns.map((c) => (c.value ?? c.show)(r))),
      numericColumns: columns.flatMap((c, i) => (c.numeric ? [i] : [])),
    },
  };
}
