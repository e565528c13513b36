import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate, Vnd } from '../common/scalars.ts';
import { ImportKey, RowVersion } from '../db/columns.ts';

export enum EventKind {
  fair = 'fair',
  exhibition = 'exhibition',
  conference = 'conference',
  online = 'online',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  valuesConfig: {
    fair: { description: 'Hội chợ.' },
    exhibition: { description: 'Triển lãm.' },
    conference: { description: 'Hội nghị / hội thảo.' },
    online: { description: 'Online or e-commerce promotion.' },
  },
  description: 'Hội chợ, triển lãm, hội nghị, or online / e-commerce promotion.',
});

export enum EventScope {
  in_province = 'in_province',
  out_of_province = 'out_of_province',
  international = 'international',
}
registerEnumType(EventScope, {
  name: 'EventScope',
  valuesConfig: {
    in_province: { description: 'In the organising province.' },
    out_of_province: { description: 'In another province.' },
    international: { description: 'Abroad or international.' },
  },
  description: 'Where the event takes place relative to the organising province.',
});

export enum SalesPointStatus {
  existing = 'existing',
  upgraded = 'upgraded',
  new = 'new',
}
registerEnumType(SalesPointStatus, {
  name: 'SalesPointStatus',
  valuesConfig: {
    existing: { description: 'Existing point, unchanged.' },
    upgraded: { description: 'Existing point upgraded.' },
    new: { description: 'Newly supported point.' },
  },
  description: 'State of an OCOP sales point: existing, upgraded, or newly supported.',
});

@ObjectType({ simpleResolvers: true, description: 'A trade-promotion event (xúc tiến thương mại).' })
@Entity('promotion_event')
export class PromotionEvent {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Event name.' })
  @Column('text')
  name: string;

  @Field(() => EventKind, { description: 'Kind of event.' })
  @Column('varchar', { length: 12 })
  kind: EventKind;

  @Field(() => EventScope, { description: 'In-province, out-of-province or international.' })
  @Column('varchar', { length: 20 })
  scope: EventScope;

  @Column('int', { name: 'unit_id' })
  unitId: number;

  @Field(() => String, { nullable: true, description: 'Venue or platform.' })
  @Column('text', { nullable: true })
  location: string | null;

  @Field(() => LocalDate, { description: 'First day.' })
  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Field(() => LocalDate, { description: 'Last day.' })
  @Column('date', { name: 'ends_on' })
  endsOn: string;

  @Field(() => Vnd, { nullable: true, description: 'Sales revenue reported, exact VND.' })
  @Column('numeric', { precision: 18, scale: 0, nullable: true })
  revenue: string | null;

  @Field(() => Boolean, { description: 'True for records invented for illustration, not official data.' })
  @Column('boolean', { default: false })
  illustrative: boolean;

  @ImportKey()
  importKey: string | null;

  @RowVersion()
  version: number;
}

@ObjectType({ simpleResolvers: true, description: 'An OCOP sales point or centre (điểm / trung tâm giới thiệu và bán sản phẩm OCOP).' })
@Entity('sales_point')
export class SalesPoint {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Name.' })
  @Column('text')
  name: string;

  @Column('int', { name: 'unit_id' })
  unitId: number;

  @Field(() => SalesPointStatus, { description: 'Existing, upgraded or new.' })
  @Column('varchar', { length: 10 })
  status: SalesPointStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Opening date.' })
  @Column('date', { name: 'opened_on', nullable: true })
  openedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the upgrade, for upgraded points.' })
  @Column('date', { name: 'upgraded_on', nullable: true })
  upgradedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Address.' })
  @Column('text', { nullable: true })
  address: string | null;

  @Column('int', { name: 'subject_id', nullable: true })
  subjectId: number | null;

  @Field(() => Boolean, { description: 'True for records invented for illustration, not official data.' })
  @Column('boolean', { default: false })
  illustrative: boolean;

  @RowVersion()
  version: number;
}
