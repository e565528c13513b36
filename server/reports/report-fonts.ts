// The report's typeface: Tinos (SIL Open Font License 1.1), metric-compatible
// with Times New Roman, the face Decree 30/2020 prescribes, with every
// Vietnamese glyph. It ships in an npm package, so the PDF and the charts need
// no system font and no network. The DOCX names Times New Roman and lets Word
// use it; the widths match.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const DIR = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));

export const FONT_FILES = {
  normal: path.join(DIR, '400Regular', 'Tinos_400Regular.ttf'),
  bold: path.join(DIR, '700Bold', 'Tinos_700Bold.ttf'),
  italics: path.join(DIR, '400Regular_Italic', 'Tinos_400Regular_Italic.ttf'),
  bolditalics: path.join(DIR, '700Bold_Italic', 'Tinos_700Bold_Italic.ttf'),
};

export const FONT_FAMILY = 'Tinos';

type Face = keyof typeof FONT_FILES;
const opened = new Map<Face, fontkit.Font>();

function face(which: Face): fontkit.Font {
  let font = opened.get(which);
  if (!font) {
    font = fontkit.openSync(FONT_FILES[which]) as fontkit.Font;
    opened.set(which, font);
  }
  return font;
}

/** Width of `text` in points at `sizePt`: the header's rule lines and the charts' label columns are measured, not guessed. */
export function textWidth(text: string, sizePt: number, which: Face = 'normal'): number {
  const font = face(which);
  return (font.layout(text).advanceWidth / font.unitsPerEm) * sizePt;
}
