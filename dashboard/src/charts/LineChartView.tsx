// Lines over an ordered axis (months, dates), each series solid or dashed.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../app/i18n-context.tsx';
import { VALUE_UNIT_HEIGHT, ValueUnit } from './axis.tsx';

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
  const i18n = useI18n();
  return (
    <>
      {p.valueAxisLabel ? <ValueUnit text={i18n.t('valueUnit', { unit: p.valueAxisLabel })} /> : null}
      <ResponsiveContainer width="100%" height={p.height - (p.valueAxisLabel ? VALUE_UNIT_HEIGHT : 0)}>
        <LineChart data={p.data as Record<string, unknown>[]} margin={{ top: 8, right: 16, bottom: 4, left: 4 }} title={p.title} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={p.xKey} tickFormatter={p.xFormat} interval="preserveStartEnd" minTickGap={16} />
          <YAxis width={70} tickFormatter={p.tickFormat ?? p.valueFormat} domain={p.yDomain} />
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
    </>
  );
}
