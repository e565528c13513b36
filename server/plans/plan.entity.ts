import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LocalDate } from '../common/scalars.ts';
import { RowVersion } from '../db/columns.ts';

export enum TargetUnit {
  count = 'count',
  percent = 'percent',
  vnd = 'vnd',
  people = 'people',
}
registerEnumType(TargetUnit, {
  name: 'TargetUnit',
  valuesConfig: {
    count: { description: 'A number of products, subjects, classes, events…' },
    percent: { description: 'A percentage (35 means 35%).' },
    vnd: { description: 'Vietnamese đồng.' },
    people: { description: 'A number of people.' },
  },
  description: 'What a target value counts.',
});

export enum MilestoneKind {
  district_round = 'district_round',
  province_round = 'province_round',
  central_round = 'central_round',
  ceremony = 'ceremony',
  training = 'training',
  study_tour = 'study_tour',
  deliverable = 'deliverable',
  other = 'other',
}
registerEnumType(MilestoneKind, {
  name: 'MilestoneKind',
  valuesConfig: {
    district_round: { description: 'District evaluation round deadline.' },
    province_round: { description: 'Provincial evaluation round deadline.' },
    central_round: { description: 'National (5★) evaluation deadline.' },
    ceremony: { description: 'Recognition ceremony.' },
    training: { description: 'Training activity.' },
    study_tour: { description: 'Study tour.' },
    deliverable: { description: 'Any other dated deliverable (software, apparatus, report).' },
    other: { description: 'Anything else with a deadline.' },
  },
  description: 'Kind of dated commitment in a plan.',
});

@ObjectType({ simpleResolvers: true, description: 'An OCOP implementation plan (kế hoạch) issued by a province or district.' })
@Entity('plan')
export class Plan {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Stable key, e.g. "bac-giang-2024".' })
  @Column('varchar', { length: 40, unique: true })
  key: string;

  @Column('int', { name: 'issuer_unit_id' })
  issuerUnitId: number;

  @Field(() => String, { description: 'Issuing body, e.g. "Ủy ban nhân dân tỉnh Bắc Giang".' })
  @Column('text', { name: 'issuer_name' })
  issuerName: string;

  @Field(() => String, { nullable: true, description: 'Document number (số hiệu), when the source states one.' })
  @Column('text', { name: 'document_number', nullable: true })
  documentNumber: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of issue.' })
  @Column('date', { name: 'issued_on', nullable: true })
  issuedOn: string | null;

  @Field(() => Int, { description: 'Plan year.' })
  @Column('smallint')
  year: number;

  @Field(() => LocalDate, { description: 'First day of the period the plan covers.' })
  @Column('date', { name: 'period_start' })
  periodStart: string;

  @Field(() => LocalDate, { description: 'Last day of the period the plan covers.' })
  @Column('date', { name: 'period_end' })
  periodEnd: string;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'Decision whose product groups the plan uses (148/QĐ-TTg or the older 1048/QĐ-TTg).' })
  @Column('text', { name: 'product_groups_decision', nullable: true })
  productGroupsDecision: string | null;

  @Field(() => String, { nullable: true, description: 'Source document the plan was transcribed from.' })
  @Column('text', { nullable: true })
  source: string | null;

  @RowVersion()
  version: number;
}

@ObjectType({ simpleResolvers: true, description: 'A quantified target of a plan: a metric for a scope unit, a value or range, a unit and a due date.' })
@Entity('target')
export class Target {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Stable key, e.g. "bg2024-cumulative-3star".' })
  @Column('varchar', { length: 80, unique: true })
  key: string;

  @Column('int', { name: 'plan_id' })
  planId: number;

  @Column('int', { name: 'parent_target_id', nullable: true })
  parentTargetId: number | null;

  @Field(() => String, { description: 'Metric id from the metric catalogue (e.g. certified_products).' })
  @Column('varchar', { length: 40 })
  metric: string;

  @Field(() => GraphQLJSONObject, { description: 'Metric parameters, e.g. {"minStars": 3}.' })
  @Column('jsonb', { default: {} })
  params: Record<string, unknown>;

  @Column('int', { name: 'scope_unit_id' })
  scopeUnitId: number;

  @Field(() => Float, { description: 'Target value, or the lower bound of a range ("25–30" → 25).' })
  @Column('numeric', { name: 'target_min', precision: 20, scale: 2 })
  targetMin: string;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a range, null for a single figure.' })
  @Column('numeric', { name: 'target_max', precision: 20, scale: 2, nullable: true })
  targetMax: string | null;

  @Field(() => TargetUnit, { description: 'Unit of the value.' })
  @Column('varchar', { length: 10 })
  unit: TargetUnit;

  @Field(() => LocalDate, { description: 'Due date.' })
  @Column('date', { name: 'due_date' })
  dueDate: string;

  @Field(() => String, { description: "The plan's own Vietnamese wording of the target." })
  @Column('text')
  wording: string;

  @RowVersion()
  version: number;
}

@ObjectType({ simpleResolvers: true, description: 'A dated commitment of a plan: an evaluation round, a ceremony, a deliverable.' })
@Entity('milestone')
export class Milestone {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Stable key.' })
  @Column('varchar', { length: 80, unique: true })
  key: string;

  @Column('int', { name: 'plan_id' })
  planId: number;

  @Field(() => MilestoneKind, { description: 'Kind of milestone.' })
  @Column('varchar', { length: 20 })
  kind: MilestoneKind;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  @Column('text')
  title: string;

  @Field(() => LocalDate, { description: 'Deadline.' })
  @Column('date')
  deadline: string;

  @Column('int', { name: 'scope_unit_id' })
  scopeUnitId: number;

  @Field(() => LocalDate, { nullable: true, description: 'Date it was done, when recorded.' })
  @Column('date', { name: 'done_on', nullable: true })
  doneOn: string | null;

  @Field(() => String, { nullable: true, description: "The plan's own wording." })
  @Column('text', { nullable: true })
  wording: string | null;

  @RowVersion()
  version: number;
}
