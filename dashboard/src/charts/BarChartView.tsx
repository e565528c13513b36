// A bar chart of categories × series, grouped or stacked, horizontal or
// vertical, with an optional per-category target marker. It knows nothing of
// the data: it gets rows, the keys to draw and formatters.
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../app/i18n-context.tsx';
import { CategoryTick, categoryAxisHeight, VALUE_UNIT_HEIGHT, ValueUnit } from './axis.tsx';
import { MUTED_COLOR, OWN_UNIT_COLOR, OWN_UNIT_STROKE, TARGET_COLOR } from './palette.ts';

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
  /** Key of a per-row colour (e.g. the district's target status) for single-series charts. */
  colorKey?: string;
  /** Key of a per-row flag that outlines the bar (the signed-in officer's own unit). */
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
  const i18n = useI18n();
  const horizontal = !!p.horizontal;
  const value = { type: 'number' as const, tickFormatter: p.tickFormat ?? p.valueFormat, allowDecimals: !!p.decimals };
  const labels = p.data.map((row) => (p.categoryFormat ? p.categoryFormat(String(row[p.categoryKey])) : String(row[p.categoryKey])));
  const plotHeight = p.height - (p.valueAxisLabel ? VALUE_UNIT_HEIGHT : 0);
  const perRow = (row: Record<string, unknown>, color: string) => ({
    fill:
      p.mutedKey && row[p.mutedKey]
        ? MUTED_COLOR
        : p.colorKey && typeof row[p.colorKey] === 'string'
          ? (row[p.colorKey] as string)
          : p.highlightKey && row[p.highlightKey]
            ? OWN_UNIT_COLOR
            : color,
    stroke: p.highlightKey && row[p.highlightKey] ? OWN_UNIT_STROKE : undefined,
    strokeWidth: p.highlightKey && row[p.highlightKey] ? 3 : undefined,
  });
  return (
    <>
      {p.valueAxisLabel ? <ValueUnit text={i18n.t('valueUnit', { unit: p.valueAxisLabel })} /> : null}
      <ResponsiveContainer width="100%" height={plotHeight}>
        <ComposedChart
          data={p.data as Record<string, unknown>[]}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
          title={p.title}
          accessibilityLayer
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
          {horizontal ? (
            <>
              <XAxis {...value} height={30} minTickGap={12} />
              <YAxis type="category" dataKey={p.categoryKey} tickFormatter={p.categoryFormat} interval={0} width={p.categoryWidth ?? 130} />
            </>
          ) : (
            <>
              <XAxis
                type="category"
                dataKey={p.categoryKey}
                interval={0}
                height={categoryAxisHeight(labels)}
                tick={(props: object) => <CategoryTick {...props} format={p.categoryFormat} />}
              />
              <YAxis {...value} width={70} />
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
              {p.mutedKey || p.colorKey || p.highlightKey ? p.data.map((row, i) => <Cell key={i} {...perRow(row, s.color)} />) : null}
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
    </>
  );
}
