import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { ACCESS } from '../auth/guard.ts';
import { ID_ARG, VALIDATED, VERSION_ARG } from '../writes/mutation-args.ts';
import { recordMutations } from '../writes/record-mutations.ts';
import { runMutation } from '../writes/write-context.ts';
import { Certificate, Evaluation, EvaluationRound } from './evaluation.entity.ts';
import { CertificateInput, EvaluationInput, EvaluationRoundInput, RevocationInput } from './evaluation.inputs.ts';
import { certificateWriter, evaluationWriter, revokeCertificate, roundWriter } from './evaluation.writer.ts';

@Resolver()
export class EvaluationRoundMutationResolver extends recordMutations(EvaluationRound, EvaluationRoundInput, roundWriter, {
  create: 'Creates an evaluation round of a district or province inside your write scope (national rounds: administrators only).',
  update: 'Replaces the fields of an evaluation round.',
  delete: 'Deletes an evaluation round; refused while it holds evaluations.',
}) {}

@Resolver()
export class EvaluationMutationResolver extends recordMutations(Evaluation, EvaluationInput, evaluationWriter, {
  create: "Records a product's scores in a round; the total and stars are computed by the database.",
  update: 'Replaces the fields of an evaluation; scores, round and product are frozen while a certificate rests on it.',
  delete: 'Deletes an evaluation; refused while a certificate (even a deleted one) rests on it.',
}) {}

@Resolver()
export class CertificateMutationResolver extends recordMutations(Certificate, CertificateInput, certificateWriter, {
  create: 'Issues a certificate from an evaluation of 3★ or more (score 50+): product, stars and level are copied from the evaluation and its round.',
  update: 'Corrects a certificate decision (evaluation, number, date); a revocation stays as it is.',
  delete: 'Deletes a certificate entered by mistake: it is kept, marked deleted, for history; reads no longer show it.',
}) {
  @Authorized(ACCESS.write.roles)
  @Mutation(() => Certificate, { description: 'Revokes a certificate on a date, with the reason (or corrects an earlier revocation).' })
  revokeCertificate(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => RevocationInput, { description: 'Date and reason.', ...VALIDATED }) input: RevocationInput,
    @Ctx() ctx: Context,
  ): Promise<Certificate> {
    return runMutation(ctx, async (w) => (await revokeCertificate(w, id, version, input)).row);
  }
}
