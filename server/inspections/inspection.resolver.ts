import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/guard.ts';
import { badInput } from '../common/errors.ts';
import type { Context } from '../context.ts';
import { Certificate } from '../evaluations/evaluation.entity.ts';
import { findAdminUnitByCode } from '../geo/admin-unit.repository.ts';
import { Product } from '../products/product.entity.ts';
import { ID_ARG, VALIDATED, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { Inspection } from './inspection.entity.ts';
import { listInspections } from './inspection.repository.ts';
import { drawInspectionSample, planInspection, recordInspection, settleInspection } from './inspection.service.ts';
import { InspectionFindingInput, InspectionSampleInput, InspectionsArgs, PlanInspectionInput, SettleInspectionInput } from './inspection.types.ts';

@Resolver(() => Inspection)
export class InspectionResolver {
  @Authorized()
  @Query(() => [Inspection], {
    description: 'Checks after recognition of products the viewer may read, newest plan first (at most 500): the inspector’s list.',
  })
  async inspections(@Args(() => InspectionsArgs) args: InspectionsArgs, @Ctx() ctx: Context): Promise<Inspection[]> {
    let unitId: number | null = null;
    if (args.unitCode) {
      const unit = await findAdminUnitByCode(ctx.db, args.unitCode, null);
      if (!unit) throw badInput('unitCode', { vi: `không có đơn vị mã ${args.unitCode} hôm nay`, en: `no unit has code ${args.unitCode} today` });
      unitId = unit.id;
    }
    return listInspections(ctx.db, { unitId, year: args.year, states: args.states, productId: args.productId });
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Inspection, { description: 'Plans a check of one certified product (by risk, or after a complaint). Audited.' })
  planInspection(@Arg('input', () => PlanInspectionInput, { description: 'The check.', ...VALIDATED }) input: PlanInspectionInput, @Ctx() ctx: Context) {
    return runMutation(ctx, (w) => planInspection(w, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => [Inspection], {
    description:
      'Draws a reproducible random sample of the unit’s certified products not yet planned that year (by the recorded seed) and plans a check of each. Audited.',
  })
  drawInspectionSample(
    @Arg('input', () => InspectionSampleInput, { description: 'The draw.', ...VALIDATED }) input: InspectionSampleInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => drawInspectionSample(w, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Inspection, {
    description:
      'Records a planned check’s findings and consequence: none and warning close it; fix_deadline waits for the fix; revocation revokes the certificate; downgrade revokes it and issues one on the lower re-evaluation. Certificate validity and every figure follow at once. Audited.',
  })
  recordInspection(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => InspectionFindingInput, { description: 'The findings.', ...VALIDATED }) input: InspectionFindingInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => recordInspection(w, id, version, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Inspection, { description: 'Settles a deadline to fix: fixed closes the check; not fixed revokes the certificate. Audited.' })
  settleInspection(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => SettleInspectionInput, { description: 'How it ended.', ...VALIDATED }) input: SettleInspectionInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => settleInspection(w, id, version, input));
  }

  @FieldResolver(() => Product, { nullable: true, description: 'The product checked.' })
  product(@Root() i: Inspection, @Ctx() ctx: Context): Promise<Product | null> {
    return ctx.loaders.productById.load(i.productId);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The certificate checked.' })
  certificate(@Root() i: Inspection, @Ctx() ctx: Context): Promise<Certificate | null> {
    return ctx.loaders.certificateById.load(i.certificateId);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The certificate a downgrade issued in its place.' })
  newCertificate(@Root() i: Inspection, @Ctx() ctx: Context): Promise<Certificate | null> | null {
    return i.newCertificateId === null ? null : ctx.loaders.certificateById.load(i.newCertificateId);
  }
}
