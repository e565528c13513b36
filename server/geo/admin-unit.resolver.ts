import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { LocalDate } from '../common/scalars.ts';
import { AdminUnit } from './admin-unit.entity.ts';
import { AdminUnitConnection, AdminUnitsArgs } from './admin-unit.types.ts';
import { findAdminUnitByCode, listAdminUnits } from './admin-unit.repository.ts';
import { PREFETCHED } from '../products/product.repository.ts';

@Resolver(() => AdminUnit)
export class AdminUnitResolver {
  @Authorized()
  @Query(() => AdminUnitConnection, { description: 'Administrative units, filtered, sorted and paginated.' })
  adminUnits(@Args(() => AdminUnitsArgs) args: AdminUnitsArgs, @Ctx() ctx: Context): Promise<AdminUnitConnection> {
    return listAdminUnits(ctx.db, args);
  }

  @Authorized()
  @Query(() => AdminUnit, {
    nullable: true,
    description: 'The unit with this GSO code valid on `asOf` (default today); if none was valid then, the most recent unit with that code.',
  })
  adminUnit(
    @Arg('code', () => String, { description: 'GSO code.' }) code: string,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Date on which to read the code.' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<AdminUnit | undefined> {
    return findAdminUnitByCode(ctx.db, code, asOf);
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The unit one tier up.' })
  parent(@Root() unit: AdminUnit, @Ctx() ctx: Context): Promise<AdminUnit | null> | null {
    return unit.parentId ? ctx.loaders.unitById.load(unit.parentId) : null;
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The province the unit belongs to (itself for a province).' })
  province(@Root() unit: AdminUnit, @Ctx() ctx: Context): AdminUnit | null | Promise<AdminUnit | null> {
    const fetched = PREFETCHED.province.of(unit);
    if (fetched !== undefined) return fetched;
    return unit.provinceId ? ctx.loaders.unitById.load(unit.provinceId) : null;
  }

  @FieldResolver(() => AdminUnit, {
    nullable: true,
    description: 'The district the unit belongs to (itself for a district; null for provinces and post-2025 communes).',
  })
  district(@Root() unit: AdminUnit, @Ctx() ctx: Context): AdminUnit | null | Promise<AdminUnit | null> {
    const fetched = PREFETCHED.district.of(unit);
    if (fetched !== undefined) return fetched;
    return unit.districtId ? ctx.loaders.unitById.load(unit.districtId) : null;
  }

  @FieldResolver(() => [AdminUnit], { description: 'Units one tier down.' })
  children(@Root() unit: AdminUnit, @Ctx() ctx: Context): Promise<AdminUnit[]> {
    return ctx.loaders.unitChildren.load(unit.id);
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The unit that took over this one in a reorganisation (1 July 2025).' })
  successor(@Root() unit: AdminUnit, @Ctx() ctx: Context): Promise<AdminUnit | null> | null {
    return unit.successorId ? ctx.loaders.unitById.load(unit.successorId) : null;
  }

  @FieldResolver(() => [AdminUnit], {
    description:
      'The units this one was split between by a reorganisation (part of a commune went to each), the one that takes all its records (its successor) first; empty unless it was split.',
  })
  splitInto(@Root() unit: AdminUnit, @Ctx() ctx: Context): Promise<AdminUnit[]> {
    return ctx.loaders.unitParts.load(unit.id);
  }

  @FieldResolver(() => [AdminUnit], { description: 'Units merged into this one by a reorganisation.' })
  predecessors(@Root() unit: AdminUnit, @Ctx() ctx: Context): Promise<AdminUnit[]> {
    return ctx.loaders.unitPredecessors.load(unit.id);
  }
}
