import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { ID_ARG, INPUT_ARG, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { DeletedRecord, deletedRecord } from '../writes/write.types.ts';
import { TrainingClass } from './training-class.entity.ts';
import { TrainingClassInput } from './training-class.inputs.ts';
import { createTrainingClass, trainingClassWriter } from './training-class.writer.ts';

@Resolver(() => TrainingClass)
export class TrainingClassMutationResolver {
  @Mutation(() => TrainingClass, { description: 'Records a training class held in a unit inside your write scope.' })
  async createTrainingClass(@Arg('input', () => TrainingClassInput, INPUT_ARG) input: TrainingClassInput, @Ctx() ctx: Context): Promise<TrainingClass> {
    return runMutation(ctx, async (w) => (await createTrainingClass(w, input)).row);
  }

  @Mutation(() => TrainingClass, { description: 'Replaces the fields of a training class (e.g. to report attendance).' })
  async updateTrainingClass(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => TrainingClassInput, INPUT_ARG) input: TrainingClassInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingClass> {
    return runMutation(ctx, async (w) => (await trainingClassWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes a training class.' })
  async deleteTrainingClass(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await trainingClassWriter.delete(w, id, version)).soft));
  }
}
