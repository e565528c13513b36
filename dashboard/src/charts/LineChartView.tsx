// Lines over an ordered axis (months, dates), each series solid or dashed.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface LineSeries {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  step?: boolean;
}

export interface LineChartViewProps {
  data: readonly Record<string, unknown>[];
  xKey: string;
  series: readonly LineSeries[];
  height: number;
  title: string;
  xFormat?: (value: string) => string;
  valueFormat: (value: number) => string;
  tickFormat?: (value: number) => string;
  valueAxisLabel?: string;
  yDomain?: [number, number];
}

export function LineChartView(p: LineChartViewProps) {
  return (
    <ResponsiveContainer width="100%" height={p.height}>
      <LineChart
        data={p.data as Record<string, unknown>[]}
        margin={{ top: p.valueAxisLabel ? 22 : 8, right: 16, bottom: 4, left: 4 }}
        title={p.title}
        accessibilityLayer
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={p.xKey} tickFormatter={p.xFormat} minTickGap={12} />
        <YAxis
          width={70}
          tickFormatter={p.tickFormat ?? p.valueFormat}
          domain={p.yDomain}
          label={p.valueAxisLabel ? { value: p.valueAxisLabel, position: 'insideTopLeft', dy: -18, fontSize: 12 } : undefined}
        />
        <Tooltip formatter={(v) => (typeof v === 'number' ? p.valueFormat(v) : '—')} labelFormatter={(l) => (p.xFormat ? p.xFormat(String(l)) : String(l))} />
        <Legend itemSorter={null} />
        {p.series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            type={s.step ? 'stepAfter' : 'monotone'}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
