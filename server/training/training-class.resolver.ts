import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Plan } from '../plans/plan.entity.ts';
import { TrainingClass } from './training-class.entity.ts';
import { TrainingClassConnection, TrainingClassesArgs } from './training-class.types.ts';
import { listTrainingClasses } from './training-class.repository.ts';

@Resolver(() => TrainingClass)
export class TrainingClassResolver {
  @Authorized()
  @Query(() => TrainingClassConnection, { description: 'Training classes of the programme, filtered, sorted and paginated.' })
  trainingClasses(@Args(() => TrainingClassesArgs) args: TrainingClassesArgs, @Ctx() ctx: Context): Promise<TrainingClassConnection> {
    return listTrainingClasses(ctx.db, args);
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit where the class is held.' })
  unit(@Root() trainingClass: TrainingClass, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(trainingClass.unitId);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan the class implements; null when not tied to a plan.' })
  plan(@Root() trainingClass: TrainingClass, @Ctx() ctx: Context): Promise<Plan | null> | null {
    return trainingClass.planId ? ctx.loaders.planById.load(trainingClass.planId) : null;
  }
}
