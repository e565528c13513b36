// The report as PDF, in the same layout as the DOCX (Decree 30/2020): pdfmake
// lays it out with Tinos embedded (Times-metric, full Vietnamese), so the file
// needs no system font and reads the same everywhere.
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LAYOUT, MM_TO_PT, TEXT_WIDTH_MM } from './document-layout.ts';
import { chartPng, svgSize } from './report-charts.ts';
import { FONT_FAMILY, FONT_FILES } from './report-fonts.ts';
import { headerColumns, officerParagraphs, ruleLengths, sourcesAppendix } from './report-layout.ts';
import { ReportBlockKind } from './report-block-kind.ts';
import type { PeriodicReport, ReportBlock, ReportTable } from './report.types.ts';

pdfmake.setFonts({ [FONT_FAMILY]: FONT_FILES });
// Only the font files are read from disk; nothing is fetched.
const fontPaths = new Set(Object.values(FONT_FILES));
pdfmake.setLocalAccessPolicy((p) => fontPaths.has(p));
pdfmake.setUrlAccessPolicy(() => false);

const pt = (mm: number) => mm * MM_TO_PT;
const TEXT_WIDTH = pt(TEXT_WIDTH_MM);
const BODY = LAYOUT.pt.body;
const PAGE_NUMBER = 'pageNumber';

/** A rule line `length` points long, centred in a box `width` points wide. */
function rule(length: number, width: number, margin: [number, number, number, number] = [0, 4, 0, 2]): Content {
  const x1 = Math.max(0, (width - length) / 2);
  return { canvas: [{ type: 'line', x1, y1: 0, x2: x1 + length, y2: 0, lineWidth: 0.6 }], margin };
}

const paragraph = (text: string, extra: Record<string, unknown> = {}): Content => ({
  text,
  alignment: 'justify',
  leadingIndent: pt(10),
  margin: [0, LAYOUT.spacingBeforePt, 0, 0],
  ...extra,
});

function table(t: ReportTable): Content[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  // Cell padding and rules take about 9 pt per column out of the text width.
  const widths = t.widths.map((w) => ((TEXT_WIDTH - 9 * t.widths.length) * w) / total);
  const body: TableCell[][] = [
    t.headers.map((h) => ({ text: h, bold: true, alignment: 'center' as const })),
    ...t.rows.map((row, r) =>
      row.map((text, i) => ({
        text,
        bold: t.totalRow && r === t.rows.length - 1,
        alignment: t.numericColumns.includes(i) ? ('right' as const) : i === 0 && t.headers[0] === 'STT' ? ('center' as const) : ('left' as const),
      })),
    ),
  ];
  return [
    { text: t.caption, bold: true, alignment: 'center', fontSize: BODY - 1, margin: [0, LAYOUT.spacingBeforePt, 0, 3], headlineLevel: 1 },
    {
      table: { headerRows: 1, dontBreakRows: true, widths, body },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 },
      fontSize: LAYOUT.pt.table,
      lineHeight: 1,
    },
    ...t.notes.map((n): Content => ({ text: `Ghi chú: ${n}`, italics: true, fontSize: LAYOUT.pt.table - 1, margin: [0, 2, 0, 0] })),
  ];
}

function block(b: ReportBlock): Content[] {
  switch (b.kind) {
    case ReportBlockKind.paragraph:
      return [paragraph(b.text ?? '')];
    case ReportBlockKind.officer_text: {
      const { lines, placeholder } = officerParagraphs(b.text);
      return lines.map((l) => paragraph(l, { italics: placeholder }));
    }
    case ReportBlockKind.table:
      return table(b.table!);
    case ReportBlockKind.chart: {
      const c = b.chart!;
      const size = svgSize(c.svg);
      return [
        {
          stack: [
            { image: `data:image/png;base64,${chartPng(c.svg).toString('base64')}`, width: TEXT_WIDTH, height: (TEXT_WIDTH * size.height) / size.width },
            { text: c.caption, italics: true, alignment: 'center', fontSize: BODY - 1, margin: [0, 2, 0, 0] },
          ],
          unbreakable: true,
          margin: [0, LAYOUT.spacingBeforePt, 0, 0],
        },
      ];
    }
  }
}

function header(r: PeriodicReport): Content {
  const [leftMm, rightMm] = headerColumns();
  const h = r.header;
  const lines = ruleLengths(r);
  const center = (text: string, size: number, style: Record<string, unknown> = {}): Content => ({ text, fontSize: size, alignment: 'center', ...style });
  return {
    columns: [
      {
        width: pt(leftMm),
        stack: [
          ...h.issuingBody.map((line, i) => center(line, LAYOUT.pt.issuingBody, { bold: i === h.issuingBody.length - 1 || h.issuingBody.length === 1 })),
          rule(lines.issuingBody, pt(leftMm)),
          center(h.numberLine, LAYOUT.pt.numberSymbol, { margin: [0, 6, 0, 0] }),
        ],
      },
      {
        width: pt(rightMm),
        stack: [
          center(h.nationalTitle, LAYOUT.pt.nationalTitle, { bold: true }),
          center(h.motto, LAYOUT.pt.motto, { bold: true }),
          rule(lines.motto, pt(rightMm)),
          center(h.placeDate, LAYOUT.pt.placeDate, { italics: true, margin: [0, 6, 0, 0] }),
        ],
      },
    ],
    columnGap: 0,
    lineHeight: 1,
  };
}

function signature(r: PeriodicReport): Content {
  const left = TEXT_WIDTH * 0.45;
  return {
    columns: [
      {
        width: left,
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: LAYOUT.pt.recipientsWord, margin: [0, 12, 0, 0] },
          ...r.recipients.map((line): Content => ({ text: line, fontSize: LAYOUT.pt.recipients })),
        ],
      },
      {
        width: TEXT_WIDTH - left,
        stack: [
          ...r.signerTitle.map((line, i): Content => ({ text: line, bold: true, alignment: 'center', margin: [0, i === 0 ? 12 : 0, 0, 0] })),
          { text: '(Ký, đóng dấu)', italics: true, alignment: 'center' },
          { text: r.signerName ?? ' ', bold: true, alignment: 'center', margin: [0, 60, 0, 0] },
        ],
      },
    ],
    fontSize: LAYOUT.pt.signer,
    lineHeight: 1,
    unbreakable: true,
  };
}

function appendix(r: PeriodicReport): Content[] {
  const a = sourcesAppendix(r);
  return [
    { text: a.title, bold: true, alignment: 'center', fontSize: LAYOUT.pt.heading, pageBreak: 'before' },
    { text: a.subtitle, bold: true, alignment: 'center', fontSize: LAYOUT.pt.heading },
    { text: a.note, italics: true, alignment: 'center' },
    ...table(a.table),
  ];
}

export function reportPdf(r: PeriodicReport): Promise<Buffer> {
  const h = r.header;
  const lines = ruleLengths(r);
  const content: Content[] = [
    header(r),
    { text: h.documentType, bold: true, alignment: 'center', fontSize: LAYOUT.pt.documentType, margin: [0, 18, 0, 0] },
    { text: h.summary, bold: true, alignment: 'center', fontSize: LAYOUT.pt.summary },
    rule(lines.summary, TEXT_WIDTH, [0, 4, 0, 6]),
  ];
  for (const s of r.sections) {
    if (s.heading) content.push(paragraph(s.heading, { bold: true, headlineLevel: 1 }));
    for (const b of s.blocks) content.push(...block(b));
  }
  content.push(signature(r), ...appendix(r));
  const { top, bottom, left, right } = LAYOUT.marginsMm;
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [pt(left), pt(top), pt(right), pt(bottom)],
    info: { title: `${h.documentType} ${h.summary}`, creator: 'OCOP data hub', producer: 'OCOP data hub' },
    defaultStyle: { font: FONT_FAMILY, fontSize: BODY, lineHeight: LAYOUT.lineSpacing },
    styles: { [PAGE_NUMBER]: {} },
    header: (page) =>
      page === 1 && !LAYOUT.pageNumbers.onFirstPage
        ? null
        : { text: String(page), style: PAGE_NUMBER, alignment: 'center', fontSize: LAYOUT.pageNumbers.pt, margin: [0, pt(top) / 2 - 6, 0, 0] },
    // A heading never ends a page (only the page number may follow it there): it moves down with the block after it.
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().every((n) => n.style === PAGE_NUMBER),
    content,
  };
  return pdfmake.createPdf(doc).getBuffer();
}
