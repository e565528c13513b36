import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/guard.ts';
import type { Context } from '../context.ts';
import { todaysUnitByCode } from '../geo/todays-unit.ts';
import { runMutation } from '../writes/write-context.ts';
import { Dossier } from './dossier.entity.ts';
import { ReevaluationStatus, ReevaluationWork } from './reevaluation.types.ts';
import { reevaluationWork, startReevaluation } from './reevaluation.service.ts';

@Resolver()
export class ReevaluationResolver {
  @Authorized()
  @Query(() => ReevaluationWork, {
    description:
      'Re-evaluation work items of a province or commune today: certificates whose filing window (the rule set in force: QĐ 26/2026, 180 to 120 days before expiry) has opened, each due, overdue, in progress or done, within the viewer’s read scope.',
  })
  async reevaluationWork(
    @Arg('unitCode', () => String, { description: 'GSO code of a province or commune (read today).' }) unitCode: string,
    @Arg('statuses', () => [ReevaluationStatus], { nullable: true, description: 'Only items of these statuses (default: all).' })
    statuses: ReevaluationStatus[] | null,
    @Ctx() ctx: Context,
  ): Promise<ReevaluationWork> {
    const unit = await todaysUnitByCode(ctx.db, unitCode, 'unitCode');
    return reevaluationWork(ctx.db, unit.id, statuses);
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => Dossier, {
    description:
      'Starts the re-evaluation of a work item: registers the certificate’s product for a re-evaluation (kind reevaluation) through registerProduct, once its window is open. Audited.',
  })
  startReevaluation(
    @Arg('certificateId', () => Int, { description: 'Id of the certificate (ReevaluationItem.certificateId).' }) certificateId: number,
    @Arg('productSetCode', () => String, { nullable: true, description: 'Product set (ps01–ps26) the product is scored on; see `productSets`.' })
    productSetCode: string | null,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => startReevaluation(w, certificateId, productSetCode));
  }
}
