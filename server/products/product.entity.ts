import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { CreatedAt, RowVersion, UpdatedAt } from '../db/columns.ts';

export enum ProductGroup {
  food = 'food',
  beverage = 'beverage',
  herbal = 'herbal',
  handicraft = 'handicraft',
  ornamental = 'ornamental',
  tourism = 'tourism',
}
registerEnumType(ProductGroup, {
  name: 'ProductGroup',
  valuesConfig: {
    food: { description: 'Thực phẩm.' },
    beverage: { description: 'Đồ uống.' },
    herbal: { description: 'Dược liệu và sản phẩm từ dược liệu (Decision 1048: Thảo dược).' },
    handicraft: { description: 'Hàng thủ công mỹ nghệ (Decision 1048: Vải và may mặc; Lưu niệm - nội thất - trang trí).' },
    ornamental: { description: 'Sinh vật cảnh (new in Decision 148).' },
    tourism: { description: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch (Decision 1048: Dịch vụ du lịch nông thôn, bán hàng, in part).' },
  },
  description:
    'The six product groups of Decision 148/QĐ-TTg (kept by Decision 26/2026/QĐ-TTg), by their official names in seeds/rules/product-groups.json; every count groups by these. A product registered under Decision 1048 also keeps its group there (`group1048`).',
});

export enum ProductGroup1048 {
  food = 'food',
  beverage = 'beverage',
  herbal = 'herbal',
  textile = 'textile',
  souvenir_decor = 'souvenir_decor',
  rural_tourism_sales = 'rural_tourism_sales',
}
registerEnumType(ProductGroup1048, {
  name: 'ProductGroup1048',
  valuesConfig: {
    food: { description: 'Thực phẩm (148: food).' },
    beverage: { description: 'Đồ uống (148: beverage).' },
    herbal: { description: 'Thảo dược (148: herbal, renamed).' },
    textile: { description: 'Vải và may mặc (148: handicraft).' },
    souvenir_decor: { description: 'Lưu niệm - nội thất - trang trí (148: handicraft).' },
    rural_tourism_sales: { description: 'Dịch vụ du lịch nông thôn, bán hàng (148: tourism, for its tourism part).' },
  },
  description: 'The six product groups of Decision 1048/QĐ-TTg (2019–2023), by their official names, with the Decision 148 group each is counted in.',
});

export enum ProductStatus {
  idea = 'idea',
  registered = 'registered',
  rated = 'rated',
  certified = 'certified',
  expired = 'expired',
  revoked = 'revoked',
}
registerEnumType(ProductStatus, {
  name: 'ProductStatus',
  valuesConfig: {
    idea: { description: 'Ý tưởng sản phẩm: proposed, not yet registered.' },
    registered: { description: 'Registered with the programme, not yet scored.' },
    rated: { description: 'Scored, below 3★ or awaiting a decision.' },
    certified: { description: 'Holds a valid certificate of 3★ or more.' },
    expired: { description: 'Its last certificate expired (36 months).' },
    revoked: { description: 'Its certificate was revoked.' },
  },
  description: 'Where a product stands in the OCOP cycle.',
});

@ObjectType({ simpleResolvers: true, description: 'A product (or tourism service) registered in the OCOP programme.' })
@Entity('product')
export class Product {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Programme code of the product; unique.' })
  @Column('varchar', { length: 40, unique: true })
  code: string;

  @Field(() => String, { description: 'Product name with diacritics.' })
  @Column('text')
  name: string;

  @Field(() => ProductGroup, { description: 'Product group under Decision 148/QĐ-TTg, which every count uses (for a 1048 product, through the crosswalk).' })
  @Column('varchar', { name: 'product_group', length: 20 })
  group: ProductGroup;

  @Field(() => ProductGroup1048, { nullable: true, description: 'Its group under Decision 1048/QĐ-TTg, for a product registered under that decision.' })
  @Column('varchar', { name: 'group_1048', length: 30, nullable: true })
  group1048: ProductGroup1048 | null;

  @Field(() => String, { nullable: true, description: 'Sub-group within the group, in Vietnamese.' })
  @Column('text', { name: 'sub_group', nullable: true })
  subGroup: string | null;

  @Column('int', { name: 'subject_id' })
  subjectId: number;

  @Column('int', { name: 'unit_id' })
  unitId: number;

  @Field(() => ProductStatus, { description: 'Programme status.' })
  @Column('varchar', { length: 12 })
  status: ProductStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Date the product was registered with the programme.' })
  @Column('date', { name: 'registered_on', nullable: true })
  registeredOn: string | null;

  @Field(() => Boolean, { description: 'True for records invented for illustration by the seed generator, not official data.' })
  @Column('boolean', { default: false })
  illustrative: boolean;

  @Field(() => [String], {
    description:
      'Fields of a real row (illustrative = false) whose values were invented for illustration, e.g. ["status", "registeredOn"] of a product a plan names; its certificates and evaluations carry their own `illustrative`. A field someone writes again is no longer listed. Empty for an invented row: all of it is.',
  })
  @Column('text', { name: 'illustrative_fields', array: true, default: () => "'{}'" })
  illustrativeFields: string[];

  @RowVersion('Row version for optimistic concurrency.')
  version: number;

  @CreatedAt()
  createdAt?: Date;

  @UpdatedAt()
  updatedAt?: Date;
}
