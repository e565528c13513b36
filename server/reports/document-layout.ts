// The page and type sizes of the report, taken from the layout facts of Decree
// 30/2020/NĐ-CP, Annex I (seeds/rules/document-layout.json). Where the decree
// gives a range this picks one value inside it (`pick`), so a reader can check
// every size against the file; the signer block has no verified size there and
// uses the body's.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';

interface Range {
  min: number;
  max: number;
}
interface Part {
  code: string;
  sizePt?: Range | null;
  parts?: Part[];
}
interface LayoutFile {
  page: { widthMm: number; heightMm: number; marginsMm: Record<'top' | 'bottom' | 'left' | 'right', Range> };
  font: { family: string };
  paragraph: { spacingBeforeMinPt: number; lineSpacing: { maxMultiple: number } };
  pageNumbers: { sizePt: Range; showOnFirstPage: boolean };
  mainComponents: Part[];
}

export const DOCUMENT_LAYOUT_FILE = path.join(ROOT_DIR, 'seeds', 'rules', 'document-layout.json');

const file = JSON.parse(fs.readFileSync(DOCUMENT_LAYOUT_FILE, 'utf8')) as LayoutFile;

function find(parts: Part[], code: string): Part | undefined {
  for (const p of parts) {
    if (p.code === code) return p;
    const inner = p.parts && find(p.parts, code);
    if (inner) return inner;
  }
  return undefined;
}

/** The size of a layout component: the low or the high end of the decree's range. */
function size(code: string, pick: keyof Range): number {
  const range = find(file.mainComponents, code)?.sizePt;
  if (!range) throw new Error(`document-layout.json gives no size for ${code}`);
  return range[pick];
}

const margins = file.page.marginsMm;

export const LAYOUT = {
  font: file.font.family,
  pageMm: { width: file.page.widthMm, height: file.page.heightMm },
  /** The narrowest margins the decree allows: the most room for tables. */
  marginsMm: { top: margins.top.min, bottom: margins.bottom.min, left: margins.left.min, right: margins.right.min },
  /** Between single and the decree's 1.5 lines. */
  lineSpacing: Math.min(1.15, file.paragraph.lineSpacing.maxMultiple),
  spacingBeforePt: file.paragraph.spacingBeforeMinPt,
  pageNumbers: { pt: file.pageNumbers.sizePt.min, onFirstPage: file.pageNumbers.showOnFirstPage },
  pt: {
    // The national title at its smaller size keeps it on one line in the header's right column.
    nationalTitle: size('quoc-hieu', 'min'),
    motto: size('tieu-ngu', 'min'),
    parentBody: size('co-quan-chu-quan', 'min'),
    issuingBody: size('co-quan-ban-hanh', 'min'),
    numberSymbol: size('so-ky-hieu', 'min'),
    placeDate: size('dia-danh-thoi-gian', 'max'),
    documentType: size('ten-loai', 'max'),
    summary: size('trich-yeu', 'max'),
    body: size('noi-dung', 'max'),
    heading: size('phan-chuong-tieu-de', 'max'),
    recipientsWord: size('tu-noi-nhan', 'min'),
    recipients: size('danh-sach-noi-nhan', 'min'),
    signer: size('noi-dung', 'max'),
    /** Tables: no size in the decree; the recipients' size keeps exact đồng on one line. */
    table: size('tu-noi-nhan', 'min'),
  },
};

/** Usable width between the margins, in millimetres. */
export const TEXT_WIDTH_MM = LAYOUT.pageMm.width - LAYOUT.marginsMm.left - LAYOUT.marginsMm.right;

export const MM_TO_PT = 72 / 25.4;
