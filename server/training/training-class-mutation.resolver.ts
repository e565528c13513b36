import { Resolver } from 'type-graphql';
import { recordMutations } from '../writes/record-mutations.ts';
import { TrainingClass } from './training-class.entity.ts';
import { TrainingClassInput } from './training-class.inputs.ts';
import { trainingClassWriter } from './training-class.writer.ts';

@Resolver()
export class TrainingClassMutationResolver extends recordMutations(TrainingClass, TrainingClassInput, trainingClassWriter, {
  create: 'Records a training class held in a unit inside your write scope.',
  update: 'Replaces the fields of a training class (e.g. to report attendance).',
  delete: 'Deletes a training class.',
}) {}
