// A file to fill in for a kind of import, written from its column table: the
// header row in the chosen language and one example row, as CSV or XLSX. The
// workbook adds a second sheet explaining each column (the importer reads only
// the first). Whatever the template holds, the importer reads back.
import ExcelJS from 'exceljs';
import { ENUM_LABELS, type Label, type Lang } from '../labels/enum-labels.ts';
import { fold, parseDate, parseDecimal, parseWhole } from './cells.ts';
import { exampleIn, type Column } from './columns.ts';
import { ImportCellType, ImportFormat } from './import.types.ts';
import type { ImportKindDef } from './import-kind.ts';

export interface TemplateFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}

const GUIDE_WORDS = {
  vi: {
    sheet: 'Hướng dẫn',
    column: 'Cột',
    required: 'Bắt buộc',
    yes: 'có',
    type: 'Kiểu',
    example: 'Ví dụ',
    note: 'Ghi chú',
    values: 'Giá trị',
    prefix: 'mau-nhap',
    exampleRow:
      'Dòng 2 của trang đầu là ví dụ, với các mã không có thật (VD): thay bằng số liệu của bạn. Mỗi dòng một bản ghi; các cột có tiêu đề bắt đầu bằng # được bỏ qua.',
  },
  en: {
    sheet: 'Guide',
    column: 'Column',
    required: 'Required',
    yes: 'yes',
    type: 'Type',
    example: 'Example',
    note: 'Note',
    values: 'Values',
    prefix: 'import-template',
    exampleRow:
      'Row 2 of the first sheet is an example, with codes that do not exist (VD): replace it with your data. One record per row; columns whose header starts with # are ignored.',
  },
} satisfies Record<Lang, Record<string, string>>;

/** Excel in Vietnamese settings separates CSV fields with ";" (the decimal mark is ","); the importer reads either. */
const CSV_SEPARATOR: Record<Lang, string> = { vi: ';', en: ',' };

function csvField(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: string[][], lang: Lang): Buffer {
  const separator = CSV_SEPARATOR[lang];
  return Buffer.from(`\ufeff${rows.map((cells) => cells.map((c) => csvField(c, separator)).join(separator)).join('\r\n')}\r\n`, 'utf8');
}

/** The example as an Excel cell: dates, numbers and amounts typed as such, codes as text. */
function exampleCell(column: Column, lang: Lang): ExcelJS.CellValue {
  const text = exampleIn(column, lang);
  switch (column.cell.type) {
    case ImportCellType.date: {
      const iso = parseDate(text);
      return iso ? new Date(`${iso}T00:00:00Z`) : text;
    }
    case ImportCellType.integer:
    case ImportCellType.amount: {
      const digits = parseWhole(text);
      return digits === undefined ? text : Number(digits);
    }
    case ImportCellType.score:
      return parseDecimal(text) ?? text;
    default:
      return text;
  }
}

const NUMBER_FORMAT: Partial<Record<ImportCellType, string>> = {
  [ImportCellType.date]: 'dd/mm/yyyy',
  [ImportCellType.amount]: '#,##0',
  [ImportCellType.integer]: '0',
  [ImportCellType.score]: '0.00',
};

function choicesText(column: Column, lang: Lang): string {
  if (!column.cell.choices) return '';
  return Object.entries(ENUM_LABELS[column.cell.choices] as Record<string, Label>)
    .map(([value, label]) => `${label[lang]} (${value})`)
    .join('; ');
}

async function xlsx(def: ImportKindDef<object>, lang: Lang): Promise<Buffer> {
  const words = GUIDE_WORDS[lang];
  const columns = Object.entries(def.columns);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(ENUM_LABELS.ImportKind[def.kind][lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map(([, c]) => c[lang])).font = { bold: true };
  sheet.addRow(columns.map(([, c]) => exampleCell(c, lang)));
  columns.forEach(([, c], i) => {
    const col = sheet.getColumn(i + 1);
    // Text cells keep what is typed: a commune code keeps its leading 0.
    col.numFmt = NUMBER_FORMAT[c.cell.type] ?? '@';
    col.width = Math.min(40, Math.max(12, c[lang].length + 2, exampleIn(c, lang).length + 2));
  });

  const guide = workbook.addWorksheet(words.sheet);
  guide.addRow([words.exampleRow]);
  guide.mergeCells(1, 1, 1, 6);
  guide.addRow([]);
  guide.addRow([words.column, words.required, words.type, words.example, words.note, words.values]).font = { bold: true };
  for (const [, c] of columns) {
    guide.addRow([
      c[lang],
      c.required ? words.yes : '',
      ENUM_LABELS.ImportCellType[c.cell.type][lang],
      exampleIn(c, lang),
      c.note?.[lang] ?? '',
      choicesText(c, lang),
    ]);
  }
  [24, 10, 26, 24, 60, 60].forEach((width, i) => {
    guide.getColumn(i + 1).width = width;
    guide.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function importTemplate(def: ImportKindDef<object>, format: ImportFormat, lang: Lang): Promise<TemplateFile> {
  const base = `${GUIDE_WORDS[lang].prefix}-${fold(ENUM_LABELS.ImportKind[def.kind][lang]).replace(/_/g, '-')}`;
  if (format === ImportFormat.XLSX) {
    return { fileName: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data: await xlsx(def, lang) };
  }
  const columns = Object.values(def.columns);
  return {
    fileName: `${base}.csv`,
    contentType: 'text/csv; charset=utf-8',
    data: csv([columns.map((c) => c[lang]), columns.map((c) => exampleIn(c, lang))], lang),
  };
}
