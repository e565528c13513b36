// How a figure is read, threaded through every figure the API computes
// (metrics, progress, comparisons, analytics): on approved data only, and by
// the units of which map.
import { ArgsType, Field } from 'type-graphql';
import { LocalDate } from './scalars.ts';

export interface FigureOptions {
  /** Only records of approved periods (server/approvals/approved-data.ts). */
  approvedOnly?: boolean;
  /**
   * Count records by the units of the map in force on this day (server/geo/unit-map.repository.ts):
   * before 1 July 2025 the old provinces, districts and communes, since then the new provinces and
   * communes. Omitted: each record in the unit it was recorded against and every unit above it or
   * that took it over.
   */
  mapOn?: string | null;
}

export const MAP_ON_DESCRIPTION =
  'Count records by the administrative units in force on this day: e.g. 2025-06-30 for the provinces, districts and communes before the 2025 reform, today for the 34 provinces and their communes. Every record counts in exactly one unit of each tier of that map (docs/administration.md: a split commune in its first part, a later unit in the one it took over whose code it kept), so totals are the same on either map. Omitted: each record counts in the unit it was recorded against and in every unit above it or that took it over.';

@ArgsType()
export class FigureArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Count only records of approved periods (as DHIS2’s "approved data only"); the figure’s `approval` says how much is approved.',
  })
  approvedOnly: boolean;

  @Field(() => LocalDate, { nullable: true, description: MAP_ON_DESCRIPTION })
  mapOn?: string | null;
}

export function figureOptions(args: FigureArgs): FigureOptions {
  return { approvedOnly: args.approvedOnly, mapOn: args.mapOn ?? null };
}
