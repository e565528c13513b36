// Charts for the report, drawn on the server without a browser: a horizontal
// bar chart as hand-written SVG (labels measured with the report's font), and
// a PNG of it rasterised by resvg with that same font, for the DOCX and PDF.
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES, textWidth } from './report-fonts.ts';

export interface BarSeries {
  name: string;
  color: string;
  values: (number | null)[];
}

export interface BarChartSpec {
  categories: string[];
  series: BarSeries[];
  /** A mark per category (a target), drawn as a short vertical line. */
  marker?: { name: string; values: (number | null)[] };
  /** How a value is written at the end of its bar and on the axis. */
  format(value: number): string;
  /** Under the axis: what the values count ("sản phẩm", "tỷ đồng"). */
  axisLabel: string;
}

const WIDTH = 640;
const FONT_PX = 12;
const BAR = 13;
const GAP = 10;
const PAD = 8;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** About four round steps up to `max`: 1, 2, 2.5 or 5 times a power of ten. */
function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const out: number[] = [];
  for (let v = 0; v < max + step; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export function barChartSvg(spec: BarChartSpec): string {
  const labelWidth = Math.ceil(Math.max(...spec.categories.map((c) => textWidth(c, FONT_PX)), 20)) + PAD;
  const values = [...spec.series.flatMap((s) => s.values), ...(spec.marker?.values ?? [])].filter((v): v is number => v !== null);
  const scale = ticks(Math.max(0, ...values));
  const top = scale[scale.length - 1];
  const valueRoom = Math.ceil(Math.max(...values.map((v) => textWidth(spec.format(v), FONT_PX - 1)), 20)) + PAD;
  const plotLeft = labelWidth + PAD;
  const plotWidth = WIDTH - plotLeft - valueRoom - PAD;
  const x = (v: number) => plotLeft + (plotWidth * v) / top;
  const legendHeight = 28;
  const rowHeight = spec.series.length * BAR + GAP;
  const plotTop = legendHeight;
  const plotHeight = spec.categories.length * rowHeight;
  const height = plotTop + plotHeight + 40;

  const parts: string[] = [`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`];
  // Legend: each series' swatch and name, then the marker's.
  let lx = plotLeft;
  for (const item of spec.series) {
    parts.push(`<rect x="${lx}" y="8" width="12" height="12" fill="${item.color}"/>`, `<text x="${lx + 16}" y="18">${escapeXml(item.name)}</text>`);
    lx += 16 + textWidth(item.name, FONT_PX) + 18;
  }
  if (spec.marker) {
    parts.push(
      `<line x1="${lx + 6}" y1="6" x2="${lx + 6}" y2="22" stroke="#000" stroke-width="2"/>`,
      `<text x="${lx + 14}" y="18">${escapeXml(spec.marker.name)}</text>`,
    );
  }
  // Grid and axis.
  for (const t of scale) {
    parts.push(
      `<line x1="${x(t)}" y1="${plotTop}" x2="${x(t)}" y2="${plotTop + plotHeight}" stroke="#d0d0d0" stroke-width="1"/>`,
      `<text x="${x(t)}" y="${plotTop + plotHeight + 14}" text-anchor="middle" font-size="${FONT_PX - 1}">${escapeXml(spec.format(t))}</text>`,
    );
  }
  parts.push(
    `<text x="${plotLeft + plotWidth / 2}" y="${plotTop + plotHeight + 32}" text-anchor="middle" font-size="${FONT_PX - 1}">${escapeXml(spec.axisLabel)}</text>`,
  );
  spec.categories.forEach((category, i) => {
    const rowTop = plotTop + i * rowHeight + GAP / 2;
    parts.push(`<text x="${labelWidth}" y="${rowTop + (spec.series.length * BAR) / 2 + 4}" text-anchor="end">${escapeXml(category)}</text>`);
    spec.series.forEach((s, j) => {
      const v = s.values[i];
      if (v === null) return;
      const y = rowTop + j * BAR;
      parts.push(
        `<rect x="${plotLeft}" y="${y + 1}" width="${Math.max(0, x(v) - plotLeft)}" height="${BAR - 2}" fill="${s.color}"/>`,
        `<text x="${x(v) + 4}" y="${y + BAR - 3}" font-size="${FONT_PX - 1}">${escapeXml(spec.format(v))}</text>`,
      );
    });
    const mark = spec.marker?.values[i];
    if (mark !== undefined && mark !== null) {
      parts.push(`<line x1="${x(mark)}" y1="${rowTop - 2}" x2="${x(mark)}" y2="${rowTop + spec.series.length * BAR + 2}" stroke="#000" stroke-width="2"/>`);
    }
  });
  parts.push(`<line x1="${plotLeft}" y1="${plotTop}" x2="${plotLeft}" y2="${plotTop + plotHeight}" stroke="#333" stroke-width="1"/>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `font-family="${FONT_FAMILY}, Times New Roman, serif" font-size="${FONT_PX}" fill="#000">${parts.join('')}</svg>`
  );
}

/** Width and height of an SVG built here, in its own pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
  if (!m) throw new Error('the chart SVG has no size');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** The chart as PNG, at `scale` times its size (sharp in print), with the report's font and no system font. */
export function chartPng(svg: string, scale = 3): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [FONT_FILES.normal, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
