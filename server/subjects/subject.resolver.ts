import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Product } from '../products/product.entity.ts';
import { Subject } from './subject.entity.ts';
import { SubjectConnection, SubjectsArgs } from './subject.types.ts';
import { listSubjects } from './subject.repository.ts';
import { currentViewer } from '../auth/viewer.ts';

@Resolver(() => Subject)
export class SubjectResolver {
  @Authorized()
  @Query(() => SubjectConnection, { description: 'OCOP subjects (cooperatives, groups, enterprises, households), filtered, sorted and paginated.' })
  subjects(@Args(() => SubjectsArgs) args: SubjectsArgs, @Ctx() ctx: Context): Promise<SubjectConnection> {
    return listSubjects(ctx.db, args);
  }

  @Authorized()
  @Query(() => Subject, { nullable: true, description: 'One subject by id; null when there is none.' })
  subject(@Arg('id', () => Int, { description: 'Subject id.' }) id: number, @Ctx() ctx: Context): Promise<Subject | null> {
    return ctx.loaders.subjectById.load(id);
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit (commune, or district where there is no commune level) where the subject is registered.' })
  unit(@Root() subject: Subject, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(subject.unitId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Legal representative: personal data, null for analysts.' })
  representative(@Root() subject: Subject): string | null {
    return currentViewer().seesPersonalData ? subject.representative : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact phone: personal data, null for analysts.' })
  phone(@Root() subject: Subject): string | null {
    return currentViewer().seesPersonalData ? subject.phone : null;
  }

  @FieldResolver(() => [Product], { description: 'Products the subject owns, by name.' })
  products(@Root() subject: Subject, @Ctx() ctx: Context): Promise<Product[]> {
    return ctx.loaders.productsBySubject.load(subject.id);
  }
}
