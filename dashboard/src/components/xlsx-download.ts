// Saves an export as an .xlsx file. Loaded lazily, on the first click on
// "Tải XLSX", so write-excel-file (and fflate) stay out of the screens' chunks.
import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import { csvFileName, type ExportTable } from '../lib/csv.ts';
import { toXlsxSheets } from '../lib/xlsx.ts';
import { downloadBlob } from './download.ts';

export async function downloadXlsx(table: ExportTable, asOf: string | null): Promise<void> {
  const sheets = toXlsxSheets(table).map((s) => ({ data: s.rows as SheetData, sheet: s.sheet, columns: s.columns }));
  const blob = await writeXlsxFile(sheets).toBlob();
  downloadBlob(csvFileName(table.title, asOf, 'xlsx'), blob);
}
