import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { LocalDate } from '../common/scalars.ts';
import { Certificate, Evaluation } from '../evaluations/evaluation.entity.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { today } from '../common/dates.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { Product, ProductStatus } from './product.entity.ts';
import { ProductConnection, ProductsArgs } from './product.types.ts';
import { listProducts, PREFETCHED } from './product.repository.ts';
import { requestedFields, type FieldTree } from '../common/requested-fields.ts';

@Resolver(() => Product)
export class ProductResolver {
  @Authorized()
  @Query(() => ProductConnection, { description: 'OCOP products, filtered, sorted and paginated.' })
  products(@Args(() => ProductsArgs) args: ProductsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ProductConnection> {
    // The relations the page will be asked for come in its own statement.
    const node = requestedFields(info, ['edges', 'node']);
    const fields = (tree: FieldTree | undefined) => (tree && Object.keys(tree).length ? Object.keys(tree) : undefined);
    return listProducts(ctx.db, args, {
      product: Object.keys(node),
      subject: fields(node.subject),
      unit: fields(node.unit),
      district: fields(node.unit?.district),
      // A district's province is its commune's province: one join serves both places.
      province: fields({ ...node.unit?.province, ...node.unit?.district?.province }),
      currentCertificate: fields(node.currentCertificate),
    });
  }

  @Authorized()
  @Query(() => Product, { nullable: true, description: 'One product by id; null when there is none.' })
  product(@Arg('id', () => Int, { description: 'Product id.' }) id: number, @Ctx() ctx: Context): Promise<Product | null> {
    return ctx.loaders.productById.load(id);
  }

  @FieldResolver(() => Subject, {
    nullable: true,
    description: 'The subject that owns the product; null when it lies outside what you may read (a subject registered in another province).',
  })
  subject(@Root() product: Product, @Ctx() ctx: Context): Subject | null | Promise<Subject | null> {
    const fetched = PREFETCHED.subject.of(product);
    return fetched !== undefined ? fetched : ctx.loaders.subjectById.load(product.subjectId);
  }

  @FieldResolver(() => AdminUnit, { description: 'The commune (or, where there is no commune level, the district) of the product.' })
  unit(@Root() product: Product, @Ctx() ctx: Context): AdminUnit | null | Promise<AdminUnit | null> {
    const fetched = PREFETCHED.unit.of(product);
    return fetched !== undefined ? fetched : ctx.loaders.unitById.load(product.unitId);
  }

  @FieldResolver(() => ProductStatus, {
    description: 'Programme status: as recorded (today’s), or with `asOf` the status on that date, read from the product’s history like its rating.',
  })
  status(
    @Root() product: Product,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Date of the status (default: the recorded, current one).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): ProductStatus | Promise<ProductStatus | null> {
    return asOf ? ctx.loaders.productStatusOn(asOf).load(product.id) : product.status;
  }

  @FieldResolver(() => Certificate, { nullable: true, description: "The product's current rating: its latest valid certificate on `asOf` (default today)." })
  currentCertificate(
    @Root() product: Product,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Date of the rating.' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Certificate | null | Promise<Certificate | null> {
    const fetched = asOf ? undefined : PREFETCHED.currentCertificate.of(product);
    return fetched !== undefined ? fetched : ctx.loaders.currentCertificate(asOf ?? today()).load(product.id);
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
