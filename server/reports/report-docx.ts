// The report as an editable Word document in the layout of Decree 30/2020:
// A4 with the decree's margins, Times New Roman at the decree's sizes, the
// header table (issuing body | national title and motto, with their rule
// lines), page numbers from page 2 at the top, recipients and signature.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { LAYOUT, TEXT_WIDTH_MM } from './document-layout.ts';
import { chartPng, svgSize } from './report-charts.ts';
import { headerColumns, officerParagraphs, ruleLengths, sourcesAppendix } from './report-layout.ts';
import { ReportBlockKind } from './report-block-kind.ts';
import type { PeriodicReport, ReportBlock, ReportTable } from './report.types.ts';

const TWIP_PER_MM = 1440 / 25.4;
const twip = (mm: number) => Math.round(mm * TWIP_PER_MM);
const ptTwip = (pt: number) => Math.round(pt * 20);
/** Word's default cell padding, left and right. */
const CELL_PAD_TWIP = 108;
const half = (pt: number) => pt * 2;
const TEXT_WIDTH = twip(TEXT_WIDTH_MM);
const BODY = LAYOUT.pt.body;

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

const run = (text: string, s: RunStyle) => new TextRun({ text, font: LAYOUT.font, size: half(s.size), bold: s.bold, italics: s.italics });

function centred(text: string, s: RunStyle, spacingBefore = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: ptTwip(spacingBefore), after: 0 }, children: [run(text, s)] });
}

/** A rule line `lengthPt` long, centred in a space `widthTwip` wide (a bordered empty paragraph). */
function rule(lengthPt: number, widthTwip: number): Paragraph {
  const side = Math.max(0, Math.round((widthTwip - ptTwip(lengthPt)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 1 })],
  });
}

/** A body paragraph: justified, first line indented 1 cm; a heading keeps with what follows it. */
function bodyParagraph(text: string, s: Partial<RunStyle> = {}, heading = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twip(10) },
    keepNext: heading,
    spacing: { before: ptTwip(LAYOUT.spacingBeforePt), after: 0, line: Math.round(240 * LAYOUT.lineSpacing), lineRule: LineRuleType.AUTO },
    children: [run(text, { size: BODY, ...s })],
  });
}

const noBorders = { borders: TableBorders.NONE };

/** Two blocks side by side in a borderless table (the header; recipients and signature), kept on one page. */
function sideBySide(leftMm: number, left: Paragraph[], rightMm: number, right: Paragraph[]): Table {
  const cellOf = (mm: number, children: Paragraph[]) => new TableCell({ ...noBorders, width: { size: twip(mm), type: WidthType.DXA }, children });
  return new Table({
    ...noBorders,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [twip(leftMm), twip(rightMm)],
    rows: [new TableRow({ cantSplit: true, children: [cellOf(leftMm, left), cellOf(rightMm, right)] })],
  });
}

function headerTable(r: PeriodicReport): Table {
  const [leftMm, rightMm] = headerColumns();
  const leftContent = twip(leftMm) - 2 * CELL_PAD_TWIP;
  const rightContent = twip(rightMm) - 2 * CELL_PAD_TWIP;
  const h = r.header;
  const lines = ruleLengths(r);
  const left = [
    ...h.issuingBody.map((line, i) => centred(line, { size: LAYOUT.pt.issuingBody, bold: i === h.issuingBody.length - 1 || h.issuingBody.length === 1 })),
    rule(lines.issuingBody, leftContent),
    centred(h.numberLine, { size: LAYOUT.pt.numberSymbol }, 6),
  ];
  const right = [
    centred(h.nationalTitle, { size: LAYOUT.pt.nationalTitle, bold: true }),
    centred(h.motto, { size: LAYOUT.pt.motto, bold: true }),
    rule(lines.motto, rightContent),
    centred(h.placeDate, { size: LAYOUT.pt.placeDate, italics: true }, 6),
  ];
  return sideBySide(leftMm, left, rightMm, right);
}

function cell(text: string, s: RunStyle, align: (typeof AlignmentType)[keyof typeof AlignmentType], widthTwip: number): TableCell {
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: align, spacing: { before: 0, after: 0 }, children: [run(text, s)] })],
  });
}

function dataTable(t: ReportTable): (Paragraph | Table)[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const size = LAYOUT.pt.table;
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.headers.map((text, i) => cell(text, { size, bold: true }, AlignmentType.CENTER, widths[i])),
  });
  const rows = t.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) =>
          cell(
            text,
            { size, bold: t.totalRow && r === t.rows.length - 1 },
            t.numericColumns.includes(i) ? AlignmentType.RIGHT : i === 0 && t.headers[0] === 'STT' ? AlignmentType.CENTER : AlignmentType.LEFT,
            widths[i],
          ),
        ),
      }),
  );
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: ptTwip(LAYOUT.spacingBeforePt), after: 60 },
      children: [run(t.caption, { size: BODY - 1, bold: true })],
    }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [headerRow, ...rows] }),
    ...t.notes.map((n) => new Paragraph({ spacing: { before: 40, after: 0 }, children: [run(`Ghi chú: ${n}`, { size: size - 1, italics: true })] })),
  ];
}

function blockContent(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case ReportBlockKind.paragraph:
      return [bodyParagraph(b.text ?? '')];
    case ReportBlockKind.officer_text: {
      const { lines, placeholder } = officerParagraphs(b.text);
      return lines.map((l) => bodyParagraph(l, { italics: placeholder }));
    }
    case ReportBlockKind.table:
      return dataTable(b.table!);
    case ReportBlockKind.chart: {
      const c = b.chart!;
      const size = svgSize(c.svg);
      // Full text width at 96 dpi, keeping the chart's proportions.
      const width = Math.round((TEXT_WIDTH_MM / 25.4) * 96);
      const height = Math.round((width * size.height) / size.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: ptTwip(LAYOUT.spacingBeforePt), after: 0 },
          children: [
            new ImageRun({
              type: 'png',
              data: chartPng(c.svg),
              transformation: { width, height },
              altText: { name: c.caption, description: c.description, title: c.caption },
            }),
          ],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 40, after: 0 }, children: [run(c.caption, { size: BODY - 1, italics: true })] }),
      ];
    }
  }
}

function signatureTable(r: PeriodicReport): Table {
  const leftMm = TEXT_WIDTH_MM * 0.45;
  const rightMm = TEXT_WIDTH_MM - leftMm;
  const left = [
    new Paragraph({ spacing: { before: ptTwip(12), after: 0 }, children: [run('Nơi nhận:', { size: LAYOUT.pt.recipientsWord, bold: true, italics: true })] }),
    ...r.recipients.map((line) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(line, { size: LAYOUT.pt.recipients })] })),
  ];
  const right = [
    ...r.signerTitle.map((line, i) => centred(line, { size: LAYOUT.pt.signer, bold: true }, i === 0 ? 12 : 0)),
    centred('(Ký, đóng dấu)', { size: LAYOUT.pt.signer, italics: true }),
    ...Array.from({ length: 3 }, () => centred('', { size: LAYOUT.pt.signer })),
    centred(r.signerName ?? '', { size: LAYOUT.pt.signer, bold: true }),
  ];
  return sideBySide(leftMm, left, rightMm, right);
}

function appendix(r: PeriodicReport): (Paragraph | Table)[] {
  const a = sourcesAppendix(r);
  return [
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, children: [run(a.title, { size: LAYOUT.pt.heading, bold: true })] }),
    centred(a.subtitle, { size: LAYOUT.pt.heading, bold: true }),
    centred(a.note, { size: BODY, italics: true }),
    ...dataTable(a.table),
  ];
}

export async function reportDocx(r: PeriodicReport): Promise<Buffer> {
  const lines = ruleLengths(r);
  const h = r.header;
  const children: (Paragraph | Table)[] = [
    headerTable(r),
    centred(h.documentType, { size: LAYOUT.pt.documentType, bold: true }, 18),
    centred(h.summary, { size: LAYOUT.pt.summary, bold: true }),
    rule(lines.summary, TEXT_WIDTH),
    centred('', { size: 6 }),
  ];
  for (const s of r.sections) {
    if (s.heading) children.push(bodyParagraph(s.heading, { bold: true }, true));
    for (const b of s.blocks) children.push(...blockContent(b));
  }
  children.push(signatureTable(r), ...appendix(r));

  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: LAYOUT.font, size: half(LAYOUT.pageNumbers.pt) })],
      }),
    ],
  });
  const doc = new Document({
    creator: 'OCOP data hub',
    title: `${h.documentType} ${h.summary}`,
    styles: { default: { document: { run: { font: LAYOUT.font, size: half(BODY) } } } },
    sections: [
      {
        properties: {
          titlePage: !LAYOUT.pageNumbers.onFirstPage,
          page: {
            size: { width: twip(LAYOUT.pageMm.width), height: twip(LAYOUT.pageMm.height) },
            margin: {
              top: twip(LAYOUT.marginsMm.top),
              bottom: twip(LAYOUT.marginsMm.bottom),
              left: twip(LAYOUT.marginsMm.left),
              right: twip(LAYOUT.marginsMm.right),
              header: twip(LAYOUT.marginsMm.top / 2),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
