import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate, Vnd } from '../common/scalars.ts';
import { ImportKey, RowVersion } from '../db/columns.ts';

export enum TrainingAudience {
  cadres = 'cadres',
  subjects = 'subjects',
  mixed = 'mixed',
}
registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  valuesConfig: {
    cadres: { description: 'Programme cadres (cán bộ).' },
    subjects: { description: 'OCOP subjects (chủ thể).' },
    mixed: { description: 'Both.' },
  },

  description: 'Who a class trains: programme cadres (cán bộ), OCOP subjects (chủ thể), or both.',
});

@ObjectType({ simpleResolvers: true, description: 'A training class (lớp tập huấn) of the programme.' })
@Entity('training_class')
export class TrainingClass {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Organising body.' })
  @Column('text')
  organiser: string;

  @Field(() => String, { description: 'Topic, in Vietnamese.' })
  @Column('text')
  topic: string;

  @Field(() => TrainingAudience, { description: 'Audience.' })
  @Column('varchar', { length: 10 })
  audience: TrainingAudience;

  @Column('int', { name: 'unit_id' })
  unitId: number;

  @Field(() => LocalDate, { description: 'First day.' })
  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Field(() => LocalDate, { description: 'Last day.' })
  @Column('date', { name: 'ends_on' })
  endsOn: string;

  @Field(() => Int, { description: 'Learners planned.' })
  @Column('int', { name: 'planned_learners' })
  plannedLearners: number;

  @Field(() => Int, { nullable: true, description: 'Learners who attended; null until reported.' })
  @Column('int', { name: 'actual_learners', nullable: true })
  actualLearners: number | null;

  @Field(() => Vnd, { nullable: true, description: 'Cost, exact VND.' })
  @Column('numeric', { precision: 18, scale: 0, nullable: true })
  cost: string | null;

  @Column('int', { name: 'plan_id', nullable: true })
  planId: number | null;

  @Field(() => Boolean, { description: 'True for records invented for illustration, not official data.' })
  @Column('boolean', { default: false })
  illustrative: boolean;

  @ImportKey()
  importKey: string | null;

  @RowVersion()
  version: number;
}
