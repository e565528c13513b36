import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Product } from '../products/product.entity.ts';
import { checkProduct } from './public-check.ts';
import { PublicProductCheck } from './public-check.types.ts';

@Resolver(() => Product)
export class PublicCheckResolver {
  /** Public (server/auth/guard.ts PUBLIC_FIELDS): the check a QR code on a stamp opens. */
  @Query(() => PublicProductCheck, {
    nullable: true,
    description:
      'Public, no sign-in (rate-limited): a product by the code on its stamp, with its producer, place, stars, certificate number and whether the certificate is valid, expired or revoked today. Null for an unknown code. No personal data.',
  })
  productCheck(@Arg('code', () => String, { description: 'The public code printed on the stamp (10 characters).' }) code: string, @Ctx() ctx: Context) {
    return checkProduct(ctx.db, code);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The public code of the product’s stamp: its public page is /sp/<code>, its QR code /sp/<code>/qr.svg (or .png) to print.',
  })
  async publicCode(@Root() product: Product, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.publicCodeByProduct.load(product.id)) ?? null;
  }
}
