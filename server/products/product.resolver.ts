import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { LocalDate } from '../common/scalars.ts';
import { Certificate, Evaluation } from '../evaluations/evaluation.entity.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { today } from '../geo/unit-scope.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { Product } from './product.entity.ts';
import { ProductConnection, ProductsArgs } from './product.types.ts';
import { listProducts, type PrefetchedProduct } from './product.repository.ts';
import { requestedFields } from '../common/requested-fields.ts';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'OCOP products, filtered, sorted and paginated.' })
  async products(@Args(() => ProductsArgs) args: ProductsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ProductConnection> {
    // The relations the page will be asked for come in its own statement and prime the loaders.
    const node = requestedFields(info, ['edges', 'node']);
    const unit = node.unit ?? {};
    const page = await listProducts(ctx.db, args, {
      subject: Boolean(node.subject),
      unit: Boolean(node.unit),
      district: Boolean(unit.district),
      province: Boolean(unit.province),
      currentCertificate: Boolean(node.currentCertificate),
    });
    const l = ctx.loaders;
    for (const { node: p } of page.edges as { node: PrefetchedProduct }[]) {
      if (p._subject) l.subjectById.prime(p._subject.id, p._subject);
      for (const u of [p._unit, p._district, p._province]) if (u) l.unitById.prime(u.id, u);
      if (p._certificate !== undefined) l.currentCertificate(today()).prime(p.id, p._certificate);
    }
    return page;
  }

  @Query(() => Product, { nullable: true, description: 'One product by id; null when there is none.' })
  product(@Arg('id', () => Int, { description: 'Product id.' }) id: number, @Ctx() ctx: Context): Promise<Product | null> {
    return ctx.loaders.productById.load(id);
  }

  @FieldResolver(() => Subject, { description: 'The subject that owns the product.' })
  subject(@Root() product: Product, @Ctx() ctx: Context): Promise<Subject | null> {
    return ctx.loaders.subjectById.load(product.subjectId);
  }

  @FieldResolver(() => AdminUnit, { description: 'The commune (or, where there is no commune level, the district) of the product.' })
  unit(@Root() product: Product, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(product.unitId);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: "The product's current rating: its latest valid certificate on `asOf` (default today)." })
  currentCertificate(
    @Root() product: Product,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Date of the rating.' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<Certificate | null> {
    return ctx.loaders.currentCertificate(asOf ?? today()).load(product.id);
  }

  @FieldResolver(() => [Certificate], { description: 'Every certificate of the product, oldest first (its rating history).' })
  certificates(@Root() product: Product, @Ctx() ctx: Context): Promise<Certificate[]> {
    return ctx.loaders.certificatesByProduct.load(product.id);
  }

  @FieldResolver(() => [Evaluation], { description: 'Every evaluation of the product, oldest first.' })
  evaluations(@Root() product: Product, @Ctx() ctx: Context): Promise<Evaluation[]> {
    return ctx.loaders.evaluationsByProduct.load(product.id);
  }
}
