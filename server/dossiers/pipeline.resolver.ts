import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../common/errors.ts';
import { MAP_ON_DESCRIPTION } from '../common/figure-options.ts';
import { LocalDate } from '../common/scalars.ts';
import type { Context } from '../context.ts';
import { findAdminUnitByCode } from '../geo/admin-unit.repository.ts';
import { DossierPipeline } from './pipeline.types.ts';
import { dossierPipeline } from './pipeline.service.ts';

@Resolver()
export class PipelineResolver {
  @Authorized()
  @Query(() => DossierPipeline, {
    nullable: true,
    description:
      'A province’s or commune’s dossiers by state now, the days each stage took for dossiers that left it within the year (from their history), and the forecast of new 3★+ products this year. Counts only, within the viewer’s read scope: no dossier’s content. Null for an unknown code.',
  })
  async dossierPipeline(
    @Arg('unitCode', () => String, { description: 'GSO code of a province or commune, read on mapOn (default today).' }) unitCode: string,
    @Arg('year', () => Int, { description: 'Year of the stage durations and the forecast.' }) year: number,
    @Arg('mapOn', () => LocalDate, { nullable: true, description: MAP_ON_DESCRIPTION }) mapOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<DossierPipeline | null> {
    if (year < 2019 || year > 2100)
      throw badInput('year', { vi: `cần một năm từ 2019, ví dụ 2026; nhận được ${year}`, en: `expected a year from 2019 on, such as 2026; got ${year}` });
    const unit = await findAdminUnitByCode(ctx.db, unitCode, mapOn);
    if (!unit) return null;
    return dossierPipeline(ctx, unit, year, mapOn ?? null);
  }
}
