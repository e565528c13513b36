// How a status is shown: a tone (colour) AND an icon and a word, so colour is
// never the only signal.

export type Tone = 'good' | 'info' | 'warn' | 'bad' | 'neutral' | 'critical';

export interface StatusLook {
  tone: Tone;
  icon: string;
}

export const PROGRESS_LOOK: Record<string, StatusLook> = {
  achieved: { tone: 'good', icon: '✓' },
  on_track: { tone: 'info', icon: '↗' },
  at_risk: { tone: 'warn', icon: '!' },
  off_track: { tone: 'bad', icon: '↘' },
  not_started: { tone: 'neutral', icon: '○' },
  overdue: { tone: 'critical', icon: '✕' },
};

export const MILESTONE_LOOK: Record<string, StatusLook> = {
  done: { tone: 'good', icon: '✓' },
  pending: { tone: 'neutral', icon: '○' },
  overdue: { tone: 'critical', icon: '✕' },
};

export const SEVERITY_LOOK: Record<string, StatusLook> = {
  high: { tone: 'critical', icon: '▲' },
  medium: { tone: 'warn', icon: '■' },
  low: { tone: 'info', icon: '●' },
};

/** Whether the data behind a figure is approved (ApprovalState). */
export const APPROVAL_LOOK: Record<string, StatusLook> = {
  approved: { tone: 'good', icon: '✓' },
  partly_approved: { tone: 'warn', icon: '◐' },
  not_approved: { tone: 'neutral', icon: '○' },
  no_periods: { tone: 'neutral', icon: '–' },
};

/** What a reporting period waits for (ReportingStage). */
export const STAGE_LOOK: Record<string, StatusLook> = {
  in_progress: { tone: 'neutral', icon: '…' },
  awaiting_submission: { tone: 'info', icon: '○' },
  awaiting_approval: { tone: 'warn', icon: '↑' },
  returned: { tone: 'bad', icon: '↩' },
  approved: { tone: 'good', icon: '✓' },
};

const FALLBACK: StatusLook = { tone: 'neutral', icon: '·' };

export function lookOf(table: Record<string, StatusLook>, value: string | null | undefined): StatusLook {
  return (value && table[value]) || FALLBACK;
}

/** Order of statuses from best to worst, for sorting. */
export const PROGRESS_ORDER = ['achieved', 'on_track', 'at_risk', 'off_track', 'not_started', 'overdue'];
export const SEVERITY_ORDER = ['high', 'medium', 'low'];
