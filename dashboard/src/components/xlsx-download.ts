// Saves an export as an .xlsx file. Loaded lazily, on the first click on
// "Tải XLSX", so write-excel-file (and fflate) stay out of the screens' chunks.
import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import { csvFileName, type ExportTable } from '../lib/csv.ts';
import { toXlsxSheet } from '../lib/xlsx.ts';
import { downloadBlob } from './download.ts';

export async function downloadXlsx(table: ExportTable, asOf: string | null): Promise<void> {
  const s = toXlsxSheet(table);
  const blob = await writeXlsxFile(s.rows as SheetData, { sheet: s.sheet, columns: s.columns }).toBlob();
  downloadBlob(csvFileName(table.title, asOf, 'xlsx'), blob);
}
