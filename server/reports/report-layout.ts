// Geometry both writers share, so the DOCX and the PDF agree: the widths of
// the header's two columns, the lengths of the rule lines Decree 30/2020 asks
// for (measured in the report's font), and the appendix listing the sources.
import { LAYOUT, MM_TO_PT, TEXT_WIDTH_MM } from './document-layout.ts';
import { textWidth } from './report-fonts.ts';
import type { PeriodicReport, ReportTable } from './report.types.ts';

/** What an officer's section shows until it is typed. */
const OFFICER_PLACEHOLDER = '[Cơ quan báo cáo bổ sung nội dung này trước khi ký ban hành.]';

/** The paragraphs of an officer's section as printed: one per typed line, or the placeholder (in italics). */
export function officerParagraphs(text: string | null): { lines: string[]; placeholder: boolean } {
  const lines = (text ?? '').split(/\r?\n/).filter((l) => l.trim());
  return lines.length ? { lines, placeholder: false } : { lines: [OFFICER_PLACEHOLDER], placeholder: true };
}

/** Cell padding on each side of a header column, in points (Word's default, 5.4 pt). */
const CELL_PAD_PT = 5.4;

/** The header's columns in millimetres: the right one wide enough for the national title on one line, at least 60% of the text width. */
export function headerColumns(): [number, number] {
  const title = textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', LAYOUT.pt.nationalTitle, 'bold') + 2 * CELL_PAD_PT + 4;
  const right = Math.max(TEXT_WIDTH_MM * 0.6, title / MM_TO_PT);
  return [TEXT_WIDTH_MM - right, right];
}

/**
 * Rule lengths in points: under the issuing body, 1/3–1/2 of its line (here
 * 40%); under the motto, as long as the motto; under the subject line, 1/3 of
 * its (first) line.
 */
export function ruleLengths(r: PeriodicReport): { issuingBody: number; motto: number; summary: number } {
  const h = r.header;
  const body = Math.max(...h.issuingBody.map((l) => textWidth(l, LAYOUT.pt.issuingBody, 'bold')));
  const summary = Math.min(textWidth(h.summary, LAYOUT.pt.summary, 'bold'), TEXT_WIDTH_MM * MM_TO_PT);
  return { issuingBody: body * 0.4, motto: textWidth(h.motto, LAYOUT.pt.motto, 'bold'), summary: summary / 3 };
}

const KIND_VI: Record<string, string> = { plan: 'Kế hoạch', metric: 'Chỉ số', data: 'Dữ liệu', rule: 'Văn bản quy định' };

/** The appendix after the signature: every source of the report. */
export function sourcesAppendix(r: PeriodicReport): { title: string; subtitle: string; note: string; table: ReportTable } {
  const table: ReportTable = {
    caption: 'Danh mục nguồn số liệu',
    headers: ['STT', 'Loại', 'Nguồn', 'Chi tiết'],
    rows: r.sources.map((s, i) => [String(i + 1), KIND_VI[s.kind] ?? s.kind, s.title, s.detail]),
    widths: [7, 14, 37, 42],
    numericColumns: [],
    totalRow: false,
    notes: [],
  };
  return {
    title: 'PHỤ LỤC',
    subtitle: 'NGUỒN SỐ LIỆU CỦA BÁO CÁO',
    note: `(Kèm theo ${r.header.numberLine.replace(/^Số:\s*/, 'Báo cáo số ')})`,
    table,
  };
}
