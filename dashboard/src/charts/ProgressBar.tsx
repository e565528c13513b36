// How far the actual value is towards its target: a bar with a mark at the
// lower bound of the target (and the upper bound of a range), announced as text.
import type { Tone } from '../lib/status.ts';

export interface ProgressBarProps {
  actual: number | null;
  /** actual ÷ target, as the server computed it. */
  ratio: number | null;
  targetMin: number;
  targetMax: number | null;
  tone: Tone;
  /** Read out by screen readers, e.g. "12 of 25–30 (48%)". */
  valueText: string;
  label: string;
}

export function ProgressBar({ actual, ratio, targetMin, targetMax, tone, valueText, label }: ProgressBarProps) {
  const scale = Math.max(targetMax ?? targetMin, actual ?? 0, targetMin) * 1.0 || 1;
  const fill = actual === null ? 0 : Math.max(0, Math.min(100, (actual / scale) * 100));
  const minMark = (targetMin / scale) * 100;
  const maxMark = targetMax !== null ? (targetMax / scale) * 100 : null;
  const percent = ratio === null ? 0 : Math.round(ratio * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.max(0, Math.min(100, percent))}
      aria-valuetext={valueText}
    >
      <div className={`progress-fill tone-${tone}`} style={{ width: `${fill}%` }} />
      <div className="progress-mark" style={{ left: `${minMark}%` }} aria-hidden="true" />
      {maxMark !== null ? <div className="progress-mark progress-mark-max" style={{ left: `${maxMark}%` }} aria-hidden="true" /> : null}
    </div>
  );
}
