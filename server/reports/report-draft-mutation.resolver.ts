import { Resolver } from 'type-graphql';
import { recordMutations } from '../writes/record-mutations.ts';
import { ReportDraft } from './report-draft.entity.ts';
import { ReportDraftInput } from './report-draft.inputs.ts';
import { reportDraftWriter } from './report-draft.writer.ts';

@Resolver()
export class ReportDraftMutationResolver extends recordMutations(ReportDraft, ReportDraftInput, reportDraftWriter, {
  create: 'Saves the officer’s part of a periodic report (difficulties, proposals, number, date, signer, recipients) for a unit in your write scope.',
  update: 'Replaces the officer’s part of a periodic report.',
  delete: 'Deletes the officer’s part of a periodic report.',
}) {}
