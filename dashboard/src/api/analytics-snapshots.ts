// One measure read at several as-of dates in one request (GraphQL aliases):
// the stock of certified products at each year end, by stars. The document
// has a fixed number of slots so that it is typed from the schema like every
// other; the slots a request does not need are left out by @include.
import type { AnalyticsDimension, AnalyticsFilter, AnalyticsMeasure, AnalyticsResult } from './analytics.ts';
import { AnalyticsResultFields, graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

/** Dates one request reads at most: a screen shows the latest ones. */
export const MAX_SNAPSHOTS = 8;

export const ANALYTICS_SNAPSHOTS_QUERY = graphql(
  `
  query DashboardAnalyticsSnapshots(
    $measure: AnalyticsMeasure!, $groupBy: [AnalyticsDimension!]!,
    $f0: AnalyticsFilter!, $f1: AnalyticsFilter!, $f2: AnalyticsFilter!, $f3: AnalyticsFilter!, $f4: AnalyticsFilter!, $f5: AnalyticsFilter!, $f6: AnalyticsFilter!, $f7: AnalyticsFilter!,
    $use1: Boolean!, $use2: Boolean!, $use3: Boolean!, $use4: Boolean!, $use5: Boolean!, $use6: Boolean!, $use7: Boolean!
  ) {
    s0: analytics(measure: $measure, groupBy: $groupBy, filter: $f0) { ...AnalyticsResultFields }
    s1: analytics(measure: $measure, groupBy: $groupBy, filter: $f1) @include(if: $use1) { ...AnalyticsResultFields }
    s2: analytics(measure: $measure, groupBy: $groupBy, filter: $f2) @include(if: $use2) { ...AnalyticsResultFields }
    s3: analytics(measure: $measure, groupBy: $groupBy, filter: $f3) @include(if: $use3) { ...AnalyticsResultFields }
    s4: analytics(measure: $measure, groupBy: $groupBy, filter: $f4) @include(if: $use4) { ...AnalyticsResultFields }
    s5: analytics(measure: $measure, groupBy: $groupBy, filter: $f5) @include(if: $use5) { ...AnalyticsResultFields }
    s6: analytics(measure: $measure, groupBy: $groupBy, filter: $f6) @include(if: $use6) { ...AnalyticsResultFields }
    s7: analytics(measure: $measure, groupBy: $groupBy, filter: $f7) @include(if: $use7) { ...AnalyticsResultFields }
  }
`,
  [AnalyticsResultFields],
);

type Result = ResultOf<typeof ANALYTICS_SNAPSHOTS_QUERY>;
type Slot = `s${number}` & keyof Result;

export interface AnalyticsSnapshotsVariables {
  measure: AnalyticsMeasure;
  groupBy: AnalyticsDimension[];
  filter: AnalyticsFilter;
  /** The as-of dates, oldest first; only the last {@link MAX_SNAPSHOTS} are read. */
  dates: string[];
}

export interface Snapshot {
  date: string;
  result: AnalyticsResult;
}

/** The request's variables: one filter per slot (unused slots repeat the last date and are skipped). */
export function snapshotVariables(v: AnalyticsSnapshotsVariables): VariablesOf<typeof ANALYTICS_SNAPSHOTS_QUERY> {
  const dates = v.dates.slice(-MAX_SNAPSHOTS);
  const out: Record<string, unknown> = { measure: v.measure, groupBy: v.groupBy };
  for (let i = 0; i < MAX_SNAPSHOTS; i++) {
    out[`f${i}`] = { ...v.filter, asOf: dates[Math.min(i, dates.length - 1)] };
    if (i > 0) out[`use${i}`] = i < dates.length;
  }
  return out as VariablesOf<typeof ANALYTICS_SNAPSHOTS_QUERY>;
}

function snapshots(d: Result): Snapshot[] {
  const out: Snapshot[] = [];
  for (let i = 0; i < MAX_SNAPSHOTS; i++) {
    const result = d[`s${i}` as Slot];
    if (result) out.push({ date: result.asOf, result });
  }
  return out;
}

export function useAnalyticsSnapshots(v: AnalyticsSnapshotsVariables | null) {
  return useApiQuery(ANALYTICS_SNAPSHOTS_QUERY, v && v.dates.length ? snapshotVariables(v) : null, snapshots);
}
