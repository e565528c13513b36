import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { ProductGroup } from '../products/product.entity.ts';

export enum CertificateStatus {
  valid = 'valid',
  expired = 'expired',
  revoked = 'revoked',
  none = 'none',
}
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'What a product’s latest certificate is worth today.',
  valuesConfig: {
    valid: { description: 'Còn hiệu lực: decided, not expired (36 months), not revoked.' },
    expired: { description: 'Its 36 months are over and no newer certificate was issued.' },
    revoked: { description: 'Revoked (after a check, or by decision).' },
    none: { description: 'The product holds no OCOP certificate.' },
  },
});

/**
 * What anyone may learn of a product from the code on its stamp: what is
 * printed on its label and in the public recognition decision, nothing more
 * (no ids, no representative, no phone, no scores).
 */
@ObjectType({ simpleResolvers: true, description: 'The public check of a product from the code on its stamp (no sign-in; no personal data).' })
export class PublicProductCheck {
  @Field(() => String, { description: 'The public code (the stamp’s short URL: /sp/<code>).' })
  code: string;

  @Field(() => String, { description: 'Product name.' })
  product: string;

  @Field(() => ProductGroup, { description: 'Product group.' })
  group: ProductGroup;

  @Field(() => String, { description: 'The producer (OCOP subject) as registered: the cooperative, enterprise or household business.' })
  producer: string;

  @Field(() => String, { description: 'Commune (or ward) of the product, as today’s map names it.' })
  place: string;

  @Field(() => String, { nullable: true, description: 'Province of the product, as today’s map names it.' })
  province: string | null;

  @Field(() => CertificateStatus, { description: 'What its latest certificate is worth today.' })
  status: CertificateStatus;

  @Field(() => Int, { nullable: true, description: 'Stars of its latest certificate; null without one.' })
  stars: number | null;

  @Field(() => String, { nullable: true, description: 'Number of the decision recognising it (the certificate number).' })
  certificateNumber: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of that decision.' })
  decidedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of validity (36 months after the decision).' })
  expiresOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Day it was revoked, if it was.' })
  revokedOn: string | null;

  @Field(() => LocalDate, { description: 'The day (in Vietnam) the status is told for.' })
  asOf: string;
}
