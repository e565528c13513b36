// Axis pieces shared by the charts: category labels that never collide, and
// the unit of the values written above the plot, never on a tick.

/** Average width of a character of the 12 px axis font, for fitting labels. */
const CHAR_PX = 6.6;
const FONT_PX = 12;
const MAX_ANGLED_CHARS = 16;

export interface CategoryTickProps {
  x?: number;
  y?: number;
  index?: number;
  payload?: { value: unknown };
  /** The axis' width and how many ticks share it (recharts passes both). */
  width?: number;
  visibleTicksCount?: number;
  format?: (value: string) => string;
}

/**
 * A category label fitted to the room its slot has: level when it fits,
 * slanted and shortened when it does not, and every other one dropped when
 * even slanted labels would touch (the tooltip and the table name them all).
 */
export function CategoryTick({ x = 0, y = 0, index = 0, payload, width = 0, visibleTicksCount = 1, format }: CategoryTickProps) {
  const full = format ? format(String(payload?.value ?? '')) : String(payload?.value ?? '');
  const slot = width / Math.max(1, visibleTicksCount);
  if (full.length * CHAR_PX <= slot - 6) {
    return (
      <text x={x} y={y} dy={FONT_PX} textAnchor="middle" fontSize={FONT_PX} fill="#57606a">
        {full}
      </text>
    );
  }
  // Slanted at 40°, neighbours stand slot·sin 40° apart: keep one in `step` so that is a line height.
  const step = Math.ceil((FONT_PX + 2) / (slot * Math.sin((40 * Math.PI) / 180)));
  if (index % step !== 0) return null;
  const shown = full.length > MAX_ANGLED_CHARS ? `${full.slice(0, MAX_ANGLED_CHARS - 1)}…` : full;
  return (
    <text transform={`translate(${x},${y + 4}) rotate(-40)`} textAnchor="end" fontSize={FONT_PX - 1} fill="#57606a">
      <title>{full}</title>
      {shown}
    </text>
  );
}

/** Height of a category axis whose labels may be slanted. */
export function categoryAxisHeight(labels: readonly string[]): number {
  const longest = Math.min(MAX_ANGLED_CHARS, Math.max(0, ...labels.map((l) => l.length)));
  return longest <= 6 ? 30 : Math.round(16 + longest * CHAR_PX * Math.sin((40 * Math.PI) / 180));
}

/** "Đơn vị: tỷ đồng" above the plot. */
export function ValueUnit({ text }: { text: string }) {
  return <p className="chart-unit">{text}</p>;
}

/** Room the unit line takes above the plot. */
export const VALUE_UNIT_HEIGHT = 18;
