// Opens report files as a reader would: the DOCX as a zip whose
// word/document.xml holds the text (and mammoth, a DOCX reader, must read it),
// the PDF through pdf.js (its text, page by page, and its page size).
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]);

/** Runs of whitespace (no-break spaces included) as one space, so wrapped and justified lines compare as written. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface DocxContent {
  files: Record<string, Uint8Array>;
  documentXml: string;
  /** Each paragraph's text on its own line, cells of a table row joined by " | ". */
  text: string;
  /** mammoth's reading of the same file. */
  rawText: string;
  messages: unknown[];
}

export async function readDocx(data: Buffer): Promise<DocxContent> {
  const files = unzipSync(new Uint8Array(data));
  const documentXml = strFromU8(files['word/document.xml']);
  const runs = (xml: string) => unescapeXml([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  const lines = [...documentXml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>|<w:p\b[\s\S]*?<\/w:p>/g)].map(([chunk]) =>
    chunk.startsWith('<w:tr')
      ? chunk
          .split('</w:tc>')
          .map((cell) => squash([...cell.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(([p]) => runs(p)).join(' ')))
          .filter(Boolean)
          .join(' | ')
      : runs(chunk),
  );
  const text = lines.filter((line) => line.trim() !== '').join('\n');
  const read = await mammoth.extractRawText({ buffer: data });
  return { files, documentXml, text, rawText: read.value, messages: read.messages };
}

export interface PdfContent {
  pages: number;
  /** Width and height of each page in points. */
  sizes: [number, number][];
  /** Each page's text, items joined by spaces, whitespace squashed. */
  pageTexts: string[];
  text: string;
  fonts: string[];
}

export async function readPdf(data: Buffer): Promise<PdfContent> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pageTexts: string[] = [];
  const sizes: [number, number][] = [];
  const fonts = new Set<string>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    sizes.push([x1 - x0, y1 - y0]);
    const content = await page.getTextContent();
    const items = content.items.filter((i): i is (typeof content.items)[number] & { str: string } => 'str' in i);
    pageTexts.push(squash(items.map((i) => i.str).join(' ')));
    for (const style of Object.values(content.styles)) fonts.add(style.fontFamily);
  }
  await pdf.destroy();
  return { pages: pdf.numPages, sizes, pageTexts, text: pageTexts.join(' '), fonts: [...fonts] };
}
