import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { LocalDate } from '../common/scalars.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { today } from '../common/dates.ts';
import { Alert } from './alerts.types.ts';
import { alerts } from './alerts.service.ts';

@Resolver(() => Alert)
export class AlertResolver {
  @Authorized()
  @Query(() => [Alert], { description: 'What needs attention in a province or district on a date, most severe first.' })
  alerts(
    @Arg('unitCode', () => String, { description: 'GSO code of a province or district, read on `asOf`.' }) unitCode: string,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Date (default today).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<Alert[]> {
    return alerts(ctx, unitCode, asOf ?? today());
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The unit concerned.' })
  unit(@Root() alert: Alert & { unitId?: number }, @Ctx() ctx: Context): Promise<AdminUnit | null> | null {
    return alert.unitId ? ctx.loaders.unitById.load(alert.unitId) : null;
  }
}
