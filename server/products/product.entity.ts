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
    herbal: { description: 'Thảo dược.' },
    handicraft: { description: 'Thủ công mỹ nghệ.' },
    ornamental: { description: 'Sinh vật cảnh.' },
    tourism: { description: 'Dịch vụ du lịch cộng đồng, du lịch nông thôn và điểm du lịch.' },
  },
  description:
    'The six product groups of Decision 148/QĐ-TTg: thực phẩm, đồ uống, thảo dược, thủ công mỹ nghệ, sinh vật cảnh, ' +
    'dịch vụ du lịch cộng đồng và điểm du lịch.',
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

  @Field(() => ProductGroup, { description: 'Product group (Decision 148/QĐ-TTg).' })
  @Column('varchar', { name: 'product_group', length: 20 })
  group: ProductGroup;

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

  @RowVersion('Row version for optimistic concurrency.')
  version: number;

  @CreatedAt()
  createdAt?: Date;

  @UpdatedAt()
  updatedAt?: Date;
}
