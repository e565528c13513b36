import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Product } from '../products/product.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { PromotionEvent, SalesPoint } from './promotion.entity.ts';
import { PromotionEventConnection, PromotionEventsArgs, SalesPointConnection, SalesPointsArgs } from './promotion.types.ts';
import { listPromotionEvents, listSalesPoints } from './promotion.repository.ts';

@Resolver(() => PromotionEvent)
export class PromotionEventResolver {
  @Authorized()
  @Query(() => PromotionEventConnection, { description: 'Trade-promotion events (fairs, exhibitions, conferences, online), filtered, sorted and paginated.' })
  promotionEvents(@Args(() => PromotionEventsArgs) args: PromotionEventsArgs, @Ctx() ctx: Context): Promise<PromotionEventConnection> {
    return listPromotionEvents(ctx.db, args);
  }

  @FieldResolver(() => AdminUnit, { description: 'The province or district that organised or sent the delegation.' })
  unit(@Root() event: PromotionEvent, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(event.unitId);
  }

  @FieldResolver(() => [Product], { description: 'Products shown at the event, by name.' })
  products(@Root() event: PromotionEvent, @Ctx() ctx: Context): Promise<Product[]> {
    return ctx.loaders.productsByEvent.load(event.id);
  }

  @FieldResolver(() => [Subject], { description: 'Subjects that took part, by name.' })
  subjects(@Root() event: PromotionEvent, @Ctx() ctx: Context): Promise<Subject[]> {
    return ctx.loaders.subjectsByEvent.load(event.id);
  }
}

@Resolver(() => SalesPoint)
export class SalesPointResolver {
  @Authorized()
  @Query(() => SalesPointConnection, { description: 'OCOP sales points and centres, filtered, sorted and paginated.' })
  salesPoints(@Args(() => SalesPointsArgs) args: SalesPointsArgs, @Ctx() ctx: Context): Promise<SalesPointConnection> {
    return listSalesPoints(ctx.db, args);
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit where the point is.' })
  unit(@Root() point: SalesPoint, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(point.unitId);
  }

  @FieldResolver(() => Subject, { nullable: true, description: 'The subject that runs the point, when one does.' })
  subject(@Root() point: SalesPoint, @Ctx() ctx: Context): Promise<Subject | null> | null {
    return point.subjectId ? ctx.loaders.subjectById.load(point.subjectId) : null;
  }
}
