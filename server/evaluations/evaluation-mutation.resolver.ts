import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { ID_ARG, INPUT_ARG, VALIDATED, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { DeletedRecord, deletedRecord } from '../writes/write.types.ts';
import { Certificate, Evaluation, EvaluationRound } from './evaluation.entity.ts';
import { CertificateInput, EvaluationInput, EvaluationRoundInput, RevocationInput } from './evaluation.inputs.ts';
import { certificateWriter, evaluationWriter, revokeCertificate, roundWriter } from './evaluation.writer.ts';

@Resolver(() => EvaluationRound)
export class EvaluationRoundMutationResolver {
  @Mutation(() => EvaluationRound, { description: 'Creates an evaluation round of a district or province inside your write scope (national rounds: administrators only).' })
  async createEvaluationRound(@Arg('input', () => EvaluationRoundInput, INPUT_ARG) input: EvaluationRoundInput, @Ctx() ctx: Context): Promise<EvaluationRound> {
    return runMutation(ctx, async (w) => (await roundWriter.create(w, input)).row);
  }

  @Mutation(() => EvaluationRound, { description: 'Replaces the fields of an evaluation round.' })
  async updateEvaluationRound(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => EvaluationRoundInput, INPUT_ARG) input: EvaluationRoundInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationRound> {
    return runMutation(ctx, async (w) => (await roundWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes an evaluation round; refused while it holds evaluations.' })
  async deleteEvaluationRound(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await roundWriter.delete(w, id, version)).soft));
  }
}

@Resolver(() => Evaluation)
export class EvaluationMutationResolver {
  @Mutation(() => Evaluation, { description: "Records a product's scores in a round; the total and stars are computed by the database." })
  async createEvaluation(@Arg('input', () => EvaluationInput, INPUT_ARG) input: EvaluationInput, @Ctx() ctx: Context): Promise<Evaluation> {
    return runMutation(ctx, async (w) => (await evaluationWriter.create(w, input)).row);
  }

  @Mutation(() => Evaluation, { description: 'Replaces the fields of an evaluation; scores, round and product are frozen while a certificate rests on it.' })
  async updateEvaluation(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => EvaluationInput, INPUT_ARG) input: EvaluationInput,
    @Ctx() ctx: Context,
  ): Promise<Evaluation> {
    return runMutation(ctx, async (w) => (await evaluationWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes an evaluation; refused while a certificate (even a deleted one) rests on it.' })
  async deleteEvaluation(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await evaluationWriter.delete(w, id, version)).soft));
  }
}

@Resolver(() => Certificate)
export class CertificateMutationResolver {
  @Mutation(() => Certificate, {
    description: 'Issues a certificate from an evaluation of 3★ or more (score 50+): product, stars and level are copied from the evaluation and its round.',
  })
  async createCertificate(@Arg('input', () => CertificateInput, INPUT_ARG) input: CertificateInput, @Ctx() ctx: Context): Promise<Certificate> {
    return runMutation(ctx, async (w) => (await certificateWriter.create(w, input)).row);
  }

  @Mutation(() => Certificate, { description: 'Corrects a certificate decision (evaluation, number, date); a revocation stays as it is.' })
  async updateCertificate(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => CertificateInput, INPUT_ARG) input: CertificateInput,
    @Ctx() ctx: Context,
  ): Promise<Certificate> {
    return runMutation(ctx, async (w) => (await certificateWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => Certificate, { description: 'Revokes a certificate on a date, with the reason (or corrects an earlier revocation).' })
  async revokeCertificate(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => RevocationInput, { description: 'Date and reason.', ...VALIDATED }) input: RevocationInput,
    @Ctx() ctx: Context,
  ): Promise<Certificate> {
    return runMutation(ctx, async (w) => (await revokeCertificate(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes a certificate entered by mistake: it is kept, marked deleted, for history; reads no longer show it.' })
  async deleteCertificate(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await certificateWriter.delete(w, id, version)).soft));
  }
}
