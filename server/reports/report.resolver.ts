import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { PeriodicReport, ReportArgs, ReportFile, ReportFormat, ReportPeriodRule } from './report.types.ts';
import { periodRule, ReportPeriodCode } from './report-period.ts';
import { periodicReport, periodicReportFile } from './report.service.ts';

@Resolver(() => PeriodicReport)
export class ReportResolver {
  @Authorized()
  @Query(() => [ReportPeriodRule], { description: 'The types of periodic report and their cut-off rules (Decree 09/2019/NĐ-CP), from the rule data.' })
  reportPeriods(): ReportPeriodRule[] {
    return Object.values(ReportPeriodCode).map((code) => {
      const rule = periodRule(code);
      return Object.assign(new ReportPeriodRule(), {
        code,
        nameVi: rule.nameVi,
        nameEn: rule.nameEn,
        endMonths: rule.endMonths,
        ruleVi: rule.ruleVi,
        basis: rule.basis,
      });
    });
  }

  @Authorized()
  @Query(() => PeriodicReport, {
    description:
      'The periodic report of a unit you may read, for a period of Decree 09/2019/NĐ-CP: header, sections written from the same progress and ' +
      'metric results the dashboard shows, the officer’s sections, approval state and sources (preview; the files are periodicReportFile).',
  })
  periodicReport(@Args(() => ReportArgs) args: ReportArgs, @Ctx() ctx: Context): Promise<PeriodicReport> {
    return periodicReport(ctx, args);
  }

  @Authorized()
  @Query(() => ReportFile, { description: 'The periodic report as a DOCX (editable) or PDF file, base64-encoded, in the layout of Decree 30/2020/NĐ-CP.' })
  periodicReportFile(
    @Args(() => ReportArgs) args: ReportArgs,
    @Arg('format', () => ReportFormat, { description: 'DOCX or PDF.' }) format: ReportFormat,
    @Ctx() ctx: Context,
  ): Promise<ReportFile> {
    return periodicReportFile(ctx, args, format);
  }

  @FieldResolver(() => AdminUnit, { description: 'The reporting unit.' })
  unit(@Root() report: PeriodicReport, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(report.unitId);
  }
}
