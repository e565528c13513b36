// A table of rows with sortable columns (keyboard: the headers are buttons,
// aria-sort tells the order) whose figures export as CSV.
import { Fragment, isValidElement, useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n-context.tsx';
import type { Cell, ExportTable } from '../lib/csv.ts';
import { exportOf } from '../lib/export-table.ts';
import { formatSort, parseSort, sortRows, type SortDir } from '../lib/reshape.ts';

export interface Column<R> {
  key: string;
  header: string;
  cell: (row: R) => ReactNode;
  /** Sorts by this value; a column without it is not sortable. */
  sortValue?: (row: R) => number | string | null | undefined;
  /** The machine-readable value written among an export's codes (default: sortValue). */
  exportValue?: (row: R) => Cell;
  /** The cell's text in an export (default: the text of `cell`, when it is text or plain elements around text). */
  exportText?: (row: R) => Cell;
  numeric?: boolean;
  /** The cell is the row's header (th scope=row). */
  rowHeader?: boolean;
}

export interface DataTableProps<R> {
  caption: string;
  columns: Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  /** Controlled sort ("col" / "-col"); otherwise the table keeps its own. */
  sort?: string | null;
  defaultSort?: string;
  onSort?: (sort: string) => void;
  rowClassName?: (row: R) => string | undefined;
  captionHidden?: boolean;
  /** Rows a print keeps (a long list prints its head and says so; the download has it all). */
  printRows?: number;
}

export function DataTable<R>({ caption, columns, rows, rowKey, sort, defaultSort, onSort, rowClassName, captionHidden, printRows }: DataTableProps<R>) {
  const i18n = useI18n();
  const [ownSort, setOwnSort] = useState<string | null>(null);
  const current = parseSort(sort !== undefined ? sort : ownSort, defaultSort ?? '');
  const column = columns.find((c) => c.key === current.key && c.sortValue);
  const sorted = column?.sortValue ? sortRows(rows, column.sortValue, current.dir) : rows;

  const setSort = (key: string) => {
    const dir: SortDir = current.key === key && current.dir === 'asc' ? 'desc' : 'asc';
    const next = formatSort(key, dir);
    if (onSort) onSort(next);
    if (sort === undefined) setOwnSort(next);
  };

  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = column?.key === c.key;
              const ariaSort = active ? (current.dir === 'asc' ? 'ascending' : 'descending') : c.sortValue ? 'none' : undefined;
              return (
                <th key={c.key} scope="col" aria-sort={ariaSort} className={c.numeric ? 'num' : undefined}>
                  {c.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => setSort(c.key)} title={i18n.t('sortBy', { column: c.header })}>
                      {c.header}
                      <span className="sort-icon" aria-hidden="true">
                        {active ? (current.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, i) => (
            <tr
              key={rowKey(row)}
              className={[rowClassName?.(row), printRows !== undefined && i >= printRows ? 'print-omit' : null].filter(Boolean).join(' ') || undefined}
            >
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={c.numeric ? 'num' : undefined}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined} data-col={c.key}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {printRows !== undefined && rows.length > printRows ? (
        <p className="print-only print-note">{i18n.t('printListNote', { shown: printRows, count: rows.length })}</p>
      ) : null}
    </div>
  );
}

/** The text a cell shows, when it is text or HTML elements around text; undefined for components (a badge). */
export function nodeText(node: ReactNode): string | number | undefined {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return node;
  if (Array.isArray(node)) {
    const parts = node.map(nodeText);
    return parts.some((p) => p === undefined) ? undefined : parts.join(' ').replace(/\s+/g, ' ').trim();
  }
  if (isValidElement<{ children?: ReactNode }>(node) && (typeof node.type === 'string' || node.type === Fragment)) return nodeText(node.props.children);
  return undefined;
}

/** The rows of a table as an export (in the order given): the cells as shown, and their values as codes under the column keys. */
export function tableExport<R>(title: string, columns: Column<R>[], rows: readonly R[]): Omit<ExportTable, 'meta'> {
  const value = (c: Column<R>) => (r: R) => (c.exportValue ? c.exportValue(r) : (c.sortValue?.(r) ?? null));
  return exportOf(
    title,
    columns
      .filter((c) => c.exportValue || c.sortValue)
      .map((c) => ({
        code: c.key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`),
        header: c.header,
        show: c.exportText ?? ((r: R) => nodeText(c.cell(r)) ?? value(c)(r)),
        value: value(c),
        numeric: c.numeric,
      })),
    rows,
  );
}
