// Saves text or a blob as a file in the browser.
import { csvFileName, toCsv, type ExportTable } from '../lib/csv.ts';

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

export function downloadCsv(table: ExportTable, asOf: string | null): void {
  downloadText(csvFileName(table.title, asOf), toCsv(table), 'text/csv;charset=utf-8');
}
