// A bar chart of categories × series, grouped or stacked, horizontal or
// vertical, with an optional per-category target marker. It knows nothing of
// the data: it gets rows, the keys to draw and formatters.
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { MUTED_COLOR, OWN_UNIT_COLOR, TARGET_COLOR } from './palette.ts';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
  stackId?: string;
}

export interface BarChartViewProps {
  data: readonly Record<string, unknown>[];
  categoryKey: string;
  series: readonly BarSeries[];
  /** Categories down the side (long names) instead of along the bottom. */
  horizontal?: boolean;
  height: number;
  title: string;
  valueFormat: (value: number) => string;
  tickFormat?: (value: number) => string;
  /** Label of the value axis ("tỷ đồng"). */
  valueAxisLabel?: string;
  categoryFormat?: (value: string) => string;
  /** Key of a per-category target, drawn as a marker on each bar. */
  targetKey?: string;
  targetLabel?: string;
  /** Key of a per-row flag that greys a bar out (e.g. abolished districts). */
  mutedKey?: string;
  /** Key of a per-row flag that marks a bar out (the officer's own unit; say so in its label too). */
  highlightKey?: string;
  onSelect?: (row: Record<string, unknown>) => void;
  categoryWidth?: number;
  /** Values can be fractions (money in tỷ đồng); otherwise ticks are whole numbers. */
  decimals?: boolean;
}

type TickShapeProps = { cx?: number; cy?: number; horizontal: boolean };

function TargetTick({ cx = 0, cy = 0, horizontal }: TickShapeProps) {
  return horizontal ? (
    <path d={`M${cx},${cy - 9}V${cy + 9}`} stroke={TARGET_COLOR} strokeWidth={3} />
  ) : (
    <path d={`M${cx - 14},${cy}H${cx + 14}`} stroke={TARGET_COLOR} strokeWidth={3} />
  );
}

export function BarChartView(p: BarChartViewProps) {
  const horizontal = !!p.horizontal;
  const value = { type: 'number' as const, tickFormatter: p.tickFormat ?? p.valueFormat, allowDecimals: !!p.decimals };
  const category = { type: 'category' as const, dataKey: p.categoryKey, tickFormatter: p.categoryFormat, interval: 0 as const };
  const label = p.valueAxisLabel
    ? horizontal
      ? { value: p.valueAxisLabel, position: 'insideBottomRight' as const, offset: 0, fontSize: 12 }
      : { value: p.valueAxisLabel, position: 'insideTopLeft' as const, offset: 0, dy: -18, fontSize: 12 }
    : undefined;
  return (
    <ResponsiveContainer width="100%" height={p.height}>
      <ComposedChart
        data={p.data as Record<string, unknown>[]}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: p.valueAxisLabel && !horizontal ? 22 : 8, right: 16, bottom: 4, left: 4 }}
        title={p.title}
        accessibilityLayer
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis {...value} label={label} height={p.valueAxisLabel ? 44 : 30} />
            <YAxis {...category} width={p.categoryWidth ?? 130} />
          </>
        ) : (
          <>
            <XAxis {...category} height={p.data.length > 8 ? 70 : 30} angle={p.data.length > 8 ? -35 : 0} textAnchor={p.data.length > 8 ? 'end' : 'middle'} />
            <YAxis {...value} width={70} label={label} />
          </>
        )}
        <Tooltip
          formatter={(v) => (typeof v === 'number' ? p.valueFormat(v) : String(v ?? '—'))}
          labelFormatter={(l) => (p.categoryFormat ? p.categoryFormat(String(l)) : String(l))}
        />
        {p.series.length > 1 || p.targetKey ? <Legend itemSorter={null} /> : null}
        {p.series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            stackId={s.stackId}
            isAnimationActive={false}
            cursor={p.onSelect ? 'pointer' : undefined}
            onClick={p.onSelect ? (entry: { payload?: Record<string, unknown> }) => entry.payload && p.onSelect?.(entry.payload) : undefined}
          >
            {p.mutedKey || p.highlightKey
              ? p.data.map((row, i) => (
                  <Cell key={i} fill={p.highlightKey && row[p.highlightKey] ? OWN_UNIT_COLOR : p.mutedKey && row[p.mutedKey] ? MUTED_COLOR : s.color} />
                ))
              : null}
          </Bar>
        ))}
        {p.targetKey ? (
          <Scatter
            dataKey={p.targetKey}
            name={p.targetLabel ?? p.targetKey}
            fill={TARGET_COLOR}
            shape={(props: unknown) => <TargetTick {...(props as TickShapeProps)} horizontal={horizontal} />}
            isAnimationActive={false}
            legendType="line"
          />
        ) : null}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
