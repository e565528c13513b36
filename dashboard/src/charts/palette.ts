// Colours of the charts: distinguishable, with enough contrast on white, and
// always paired with a legend or a label (colour is never the only signal).
export const SERIES_COLORS = ['#1f5fbf', '#d9480f', '#2b8a3e', '#7048e8', '#c2255c', '#5c677d', '#0b7285', '#a05a00'];

/** Stars 1–5, light to dark. */
export const STAR_COLORS: Record<string, string> = {
  '1': '#c5d3e8',
  '2': '#96b0d6',
  '3': '#5b86c4',
  '4': '#2f5fa7',
  '5': '#17336b',
};

export const ACTUAL_COLOR = '#1f5fbf';
export const EXPECTED_COLOR = '#868e96';
export const TARGET_COLOR = '#c92a2a';
/** The signed-in officer's own unit among others (also named on the axis). */
export const OWN_UNIT_COLOR = '#d9480f';
export const MUTED_COLOR = '#adb5bd';

export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length];
}

/** Bars coloured by a target's status: the tones of the status badges. */
export const TONE_COLORS: Record<string, string> = {
  good: '#1a7f37',
  info: '#1f5fbf',
  warn: '#d29922',
  bad: '#b42318',
  critical: '#6e1109',
  neutral: '#8c959f',
};

/** The outline that marks the signed-in officer's own unit. */
export const OWN_UNIT_STROKE = '#111111';
