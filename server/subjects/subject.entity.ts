import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { CreatedAt, RowVersion, UpdatedAt } from '../db/columns.ts';

export enum SubjectType {
  cooperative = 'cooperative',
  cooperative_group = 'cooperative_group',
  enterprise = 'enterprise',
  household = 'household',
}
registerEnumType(SubjectType, {
  name: 'SubjectType',
  valuesConfig: {
    cooperative: { description: 'Hợp tác xã (HTX).' },
    cooperative_group: { description: 'Tổ hợp tác.' },
    enterprise: { description: 'Doanh nghiệp.' },
    household: { description: 'Hộ kinh doanh có đăng ký.' },
  },
  description: 'Legal form of an OCOP subject: hợp tác xã, tổ hợp tác, doanh nghiệp, hộ kinh doanh có đăng ký.',
});

export enum EnterpriseSize {
  micro = 'micro',
  small = 'small',
  medium = 'medium',
}
registerEnumType(EnterpriseSize, {
  name: 'EnterpriseSize',
  valuesConfig: {
    micro: { description: 'Siêu nhỏ.' },
    small: { description: 'Nhỏ.' },
    medium: { description: 'Vừa.' },
  },
  description: 'Enterprise size class under Decree 39/2018/NĐ-CP.',
});

@ObjectType({ simpleResolvers: true, description: 'An OCOP subject (chủ thể): the cooperative, group, enterprise or household business that owns products.' })
@Entity('subject')
export class Subject {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Registration or tax code; unique.' })
  @Column('varchar', { length: 40, unique: true })
  code: string;

  @Field(() => String, { description: 'Registered name with diacritics.' })
  @Column('text')
  name: string;

  @Field(() => SubjectType, { description: 'Legal form.' })
  @Column('varchar', { length: 20 })
  type: SubjectType;

  @Field(() => EnterpriseSize, { nullable: true, description: 'Size class, for enterprises only.' })
  @Column('varchar', { name: 'enterprise_size', length: 10, nullable: true })
  enterpriseSize: EnterpriseSize | null;

  @Column('int', { name: 'unit_id' })
  unitId: number;

  @Field(() => LocalDate, { nullable: true, description: 'Date of business registration.' })
  @Column('date', { name: 'registered_on', nullable: true })
  registeredOn: string | null;

  @Field(() => Boolean, { description: 'Linked to a value chain (liên kết chuỗi giá trị).' })
  @Column('boolean', { name: 'value_chain_linked', default: false })
  valueChainLinked: boolean;

  @Field(() => String, { nullable: true, description: 'Legal representative (personal data).' })
  @Column('text', { nullable: true })
  representative: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone (personal data).' })
  @Column('text', { nullable: true })
  phone: string | null;

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
