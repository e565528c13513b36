import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';

export enum UnitLevel {
  province = 'province',
  district = 'district',
  commune = 'commune',
}
registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  valuesConfig: {
    province: { description: 'Tỉnh / thành phố trực thuộc trung ương.' },
    district: { description: 'Huyện / quận / thị xã / thành phố thuộc tỉnh (abolished 1 July 2025).' },
    commune: { description: 'Xã / phường / thị trấn / đặc khu.' },
  },
  description: 'Tier of the administrative hierarchy (tỉnh → huyện → xã).',
});

@ObjectType({
  simpleResolvers: true,
  description:
    'An administrative unit (tỉnh/huyện/xã) with its official GSO code. Units abolished or merged on 1 July 2025 keep their ' +
    'validity dates and a successor, so programme data recorded by the old units stays queryable by their codes.',
})
@Entity('admin_unit')
export class AdminUnit {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Stable key: the GSO code for pre-July-2025 units, "2025:<code>" for units created by the 2025 reorganisation.' })
  @Column('varchar', { length: 20, unique: true })
  key: string;

  @Field(() => String, { description: 'Official GSO code (2 digits province, 3 district, 5 commune). Codes can be reused by the 2025 units.' })
  @Column('varchar', { length: 10 })
  code: string;

  @Field(() => String, { description: 'Name with diacritics, without the type word ("Lục Ngạn").' })
  @Column('text')
  name: string;

  @Field(() => String, { description: 'Type in Vietnamese: Tỉnh, Thành phố, Huyện, Thị xã, Xã, Phường, Thị trấn, Đặc khu.' })
  @Column('text')
  type: string;

  @Field(() => UnitLevel, { description: 'Tier of the unit.' })
  @Column('varchar', { length: 10 })
  level: UnitLevel;

  @Column('int', { name: 'parent_id', nullable: true })
  parentId: number | null;

  @Column('int', { name: 'province_id', nullable: true })
  provinceId: number | null;

  @Column('int', { name: 'district_id', nullable: true })
  districtId: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day the unit existed in this form; null when older than the data.' })
  @Column('date', { name: 'valid_from', nullable: true })
  validFrom: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day the unit existed (30 June 2025 for abolished districts and merged provinces); null while current.',
  })
  @Column('date', { name: 'valid_to', nullable: true })
  validTo: string | null;

  @Column('int', { name: 'successor_id', nullable: true })
  successorId: number | null;
}
