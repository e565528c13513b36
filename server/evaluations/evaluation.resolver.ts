import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Product } from '../products/product.entity.ts';
import { Certificate, Evaluation, EvaluationRound } from './evaluation.entity.ts';
import { EvaluationConnection, EvaluationsArgs } from './evaluation.types.ts';
import { listEvaluations } from './evaluation.repository.ts';
import { RuleSet } from '../rules/rule-set.types.ts';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Authorized()
  @Query(() => EvaluationConnection, { description: 'Council evaluations of products, filtered, sorted and paginated.' })
  evaluations(@Args(() => EvaluationsArgs) args: EvaluationsArgs, @Ctx() ctx: Context): Promise<EvaluationConnection> {
    return listEvaluations(ctx.db, args);
  }

  @FieldResolver(() => EvaluationRound, {
    nullable: true,
    description: 'The round in which the product was scored; null when it lies outside what you may read.',
  })
  round(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Promise<EvaluationRound | null> {
    return ctx.loaders.roundById.load(evaluation.roundId);
  }

  @FieldResolver(() => Product, { description: 'The product scored.' })
  product(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Promise<Product | null> {
    return ctx.loaders.productById.load(evaluation.productId);
  }

  @FieldResolver(() => RuleSet, {
    nullable: true,
    description: 'The rule set the evaluation was checked against (by submission date, else evaluation date); null only for rows older than the first.',
  })
  ruleSet(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Promise<RuleSet | null> | null {
    return evaluation.ruleSetId ? ctx.loaders.ruleSetById.load(evaluation.ruleSetId) : null;
  }

  @FieldResolver(() => Certificate, {
    nullable: true,
    description: 'The certificate this evaluation led to; null below 3★, before the decision, or if it was deleted.',
  })
  async certificate(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Promise<Certificate | null> {
    // certificate.evaluation_id is unique: the group holds at most one row.
    return (await ctx.loaders.certificateByEvaluation.load(evaluation.id))[0] ?? null;
  }
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @FieldResolver(() => Product, { description: 'The certified product.' })
  product(@Root() certificate: Certificate, @Ctx() ctx: Context): Promise<Product | null> {
    return ctx.loaders.productById.load(certificate.productId);
  }

  @FieldResolver(() => Evaluation, { description: 'The evaluation the decision rests on.' })
  evaluation(@Root() certificate: Certificate, @Ctx() ctx: Context): Promise<Evaluation | null> {
    return ctx.loaders.evaluationById.load(certificate.evaluationId);
  }
}

@Resolver(() => EvaluationRound)
export class EvaluationRoundResolver {
  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The district or province whose council held the round; null for national rounds.' })
  unit(@Root() round: EvaluationRound, @Ctx() ctx: Context): Promise<AdminUnit | null> | null {
    return round.unitId ? ctx.loaders.unitById.load(round.unitId) : null;
  }
}
