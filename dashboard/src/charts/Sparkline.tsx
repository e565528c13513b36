// A small line chart without axes: the actual path against the expected one.
import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { ACTUAL_COLOR, EXPECTED_COLOR } from './palette.ts';

export interface SparklineProps {
  data: readonly { actual: number | null; expected: number | null }[];
  /** Sentence read out instead of the picture. */
  label: string;
  height?: number;
}

export function Sparkline({ data, label, height = 48 }: SparklineProps) {
  return (
    <div className="sparkline" role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data as unknown as Record<string, unknown>[]} margin={{ top: 4, right: 2, bottom: 2, left: 2 }} accessibilityLayer={false}>
          <YAxis hide domain={[0, 'auto']} />
          <Line dataKey="expected" stroke={EXPECTED_COLOR} strokeDasharray="4 3" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          <Line dataKey="actual" stroke={ACTUAL_COLOR} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
