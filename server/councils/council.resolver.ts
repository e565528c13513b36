import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/guard.ts';
import { AppUser } from '../auth/user.entity.ts';
import { listCouncilAccounts } from '../auth/user.repository.ts';
import { currentViewer } from '../auth/viewer.ts';
import { userError } from '../common/errors.ts';
import type { Context } from '../context.ts';
import { Dossier } from '../dossiers/dossier.entity.ts';
import { assertUnitWrite } from '../dossiers/dossier.service.ts';
import { Certificate, Evaluation, EvaluationRound } from '../evaluations/evaluation.entity.ts';
import { EvaluationRoundInput } from '../evaluations/evaluation.inputs.ts';
import { todaysUnitByCode } from '../geo/todays-unit.ts';
import { Product } from '../products/product.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { sheetFor, type ScoringSheetData } from '../rules/scoring-sheets.ts';
import { ID_ARG, VALIDATED, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { forbidden } from '../writes/write-errors.ts';
import { DeletedRecord, deletedRecord } from '../writes/write.types.ts';
import { ReasonInput } from '../dossiers/dossier.types.ts';
import { CouncilMember, CouncilRound, RoundDossier, ScoreSheet } from './council.entity.ts';
import { listCouncilRounds, roundFacts, roundReadable } from './council.repository.ts';
import {
  addCouncilMember,
  approveRoundResults,
  assignDossiers,
  closeScoring,
  createCouncilRound,
  declareConflict,
  finaliseResults,
  openScoring,
  removeCouncilMember,
  removeDossierFromRound,
  reopenScoring,
  roundResults,
  saveScoreSheet,
  unsealed,
} from './council.service.ts';
import {
  ApproveRoundInput,
  ConflictInput,
  CouncilMemberInput,
  CouncilRoundsArgs,
  CriterionScore,
  DossierResult,
  MemberConflict,
  ScoreSheetInput,
  ScoringSheet,
  SheetProgress,
  SheetStatus,
} from './council.types.ts';

const ROUND_ID = { description: 'Id of the round.' };

/** The GraphQL shape of a sheet from the rule data. */
export function scoringSheetOf(sheet: ScoringSheetData): ScoringSheet {
  return Object.assign(new ScoringSheet(), {
    id: sheet.id,
    ruleSetId: sheet.ruleSetId,
    productSetCode: sheet.productSetCode,
    nameVi: sheet.nameVi,
    status: sheet.status as SheetStatus,
    provenanceKind: sheet.provenance.kind,
    provenanceSource: sheet.provenance.source,
    provenanceNote: sheet.provenance.note,
    gaps: sheet.gaps,
    parts: sheet.parts.map((p) => ({
      code: p.code,
      name: { vi: p.nameVi, en: p.nameEn },
      maxPoints: p.maxPoints,
      groups: p.groups.map((g) => ({ code: g.code, nameVi: g.nameVi, maxPoints: g.maxPoints, oneOf: g.selection === 'oneOf', criteria: g.criteria })),
    })),
  });
}

function sealedError(roundId: number) {
  return userError(
    'SEALED',
    {
      vi: `Phiếu chấm của phiên ${roundId} còn niêm phong: mỗi thành viên chỉ xem phiếu của mình cho đến khi thư ký khóa chấm điểm.`,
      en: `The score sheets of round ${roundId} are sealed: each member reads only their own until the secretary closes scoring.`,
    },
    { http: { status: 403 } },
  );
}

@Resolver(() => CouncilRound)
export class CouncilRoundResolver {
  @Authorized()
  @Query(() => [CouncilRound], {
    description:
      'Council rounds the viewer may read (its read scope, or the rounds it sits on), newest year first: `mine: true` for the member’s screen. At most 500.',
  })
  async councilRounds(@Args(() => CouncilRoundsArgs) args: CouncilRoundsArgs, @Ctx() ctx: Context): Promise<CouncilRound[]> {
    let unitId: number | null = null;
    if (args.unitCode) {
      unitId = (await todaysUnitByCode(ctx.db, args.unitCode, 'unitCode')).id;
    }
    return listCouncilRounds(ctx.db, { unitId, year: args.year, states: args.states, mine: args.mine });
  }

  @Authorized(ACCESS.write.roles)
  @Query(() => [AppUser], {
    description:
      'Accounts of council members (role council_member, enabled) within the viewer’s write scope: whom a round’s council may seat (`CouncilMemberInput.userId`). At most 500.',
  })
  councilAccounts(@Ctx() ctx: Context): Promise<AppUser[]> {
    const scope = currentViewer().writeScopeId;
    return scope === undefined ? Promise.resolve([]) : listCouncilAccounts(ctx.db, scope);
  }

  @Authorized()
  @Query(() => CouncilRound, { nullable: true, description: 'One round’s council; null when there is none the viewer may read.' })
  async councilRound(@Arg('id', () => Int, ROUND_ID) id: number, @Ctx() ctx: Context): Promise<CouncilRound | null> {
    return (await roundReadable(ctx.db, id)) ? ctx.loaders.councilRoundById.load(id) : null;
  }

  @FieldResolver(() => EvaluationRound, { description: 'The evaluation round: level, year, sequence, unit, date held.' })
  round(@Root() council: CouncilRound, @Ctx() ctx: Context): Promise<EvaluationRound | null> {
    return ctx.loaders.roundById.load(council.id);
  }

  @FieldResolver(() => [CouncilMember], { description: 'The council: chair, secretary, members, with their organisations.' })
  members(@Root() council: CouncilRound, @Ctx() ctx: Context): Promise<CouncilMember[]> {
    return ctx.loaders.membersByRound.load(council.id);
  }

  @FieldResolver(() => CouncilMember, { nullable: true, description: 'The viewer’s own seat, if it sits on this council.' })
  async mySeat(@Root() council: CouncilRound, @Ctx() ctx: Context): Promise<CouncilMember | null> {
    return seatIn(ctx, council.id);
  }

  @FieldResolver(() => [RoundDossier], { description: 'The dossiers assigned to the round.' })
  async dossiers(@Root() council: CouncilRound, @Ctx() ctx: Context): Promise<RoundDossier[]> {
    return (await ctx.loaders.dossiersByRound.load(council.id)).map(
      ({ productId: _p, subjectId: _s, productSetCode: _c, submittedOn: _o, dossierVersion: _v, evaluationStars: _e, ...rd }) =>
        Object.assign(new RoundDossier(), rd),
    );
  }

  @FieldResolver(() => [DossierResult], {
    description: 'The chair’s summary: every dossier’s average, class, rank and flags, ranked. SEALED (an error) until the secretary closes scoring.',
  })
  async results(@Root() council: CouncilRound, @Ctx() ctx: Context): Promise<DossierResult[]> {
    if (!unsealed(council.state)) throw sealedError(council.id);
    return roundResults(ctx.db, council.id);
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => CouncilRound, {
    description:
      'Creates an evaluation round (by the round writer’s rules) with its council, in setup: add members, assign dossiers, then open scoring. Audited.',
  })
  createCouncilRound(@Arg('input', () => EvaluationRoundInput, { description: 'The round.', ...VALIDATED }) input: EvaluationRoundInput, @Ctx() ctx: Context) {
    return runMutation(ctx, (w) => createCouncilRound(w, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => CouncilMember, {
    description: 'Adds a member to a round’s council in setup (one chair, one secretary). By those who run the round. Audited.',
  })
  addCouncilMember(
    @Arg('roundId', () => Int, ROUND_ID) roundId: number,
    @Arg('input', () => CouncilMemberInput, { description: 'The member.', ...VALIDATED }) input: CouncilMemberInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => addCouncilMember(w, roundId, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => DeletedRecord, { description: 'Removes a member from a council in setup. Audited.' })
  removeCouncilMember(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context) {
    return runMutation(ctx, async (w) => {
      await removeCouncilMember(w, id, version);
      return deletedRecord(id, false);
    });
  }

  @Authorized()
  @Mutation(() => CouncilMember, {
    description:
      'Declares a member’s conflict of interest with a subject (by the member, or those who run the round), until scoring closes: the member scores none of its products; sheets already saved for them are withdrawn. Audited.',
  })
  declareConflict(@Arg('input', () => ConflictInput, { description: 'The conflict.', ...VALIDATED }) input: ConflictInput, @Ctx() ctx: Context) {
    return runMutation(ctx, (w) => declareConflict(w, input));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => CouncilRound, {
    description:
      'Assigns dossiers checked by their communes (or forwarded by a lower council) to a round in setup; each must lie in the round’s unit and fall under a rule set with a council at the round’s level. Audited.',
  })
  assignDossiers(
    @Arg('roundId', () => Int, ROUND_ID) roundId: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('dossierIds', () => [Int], { description: 'Ids of the dossiers.' }) dossierIds: number[],
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => assignDossiers(w, roundId, version, dossierIds));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => CouncilRound, { description: 'Takes a dossier back out of a round in setup. Audited.' })
  removeDossierFromRound(
    @Arg('roundId', () => Int, ROUND_ID) roundId: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('dossierId', () => Int, { description: 'Id of the dossier.' }) dossierId: number,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => removeDossierFromRound(w, roundId, version, dossierId));
  }

  @Authorized()
  @Mutation(() => CouncilRound, {
    description: 'Opens scoring (the secretary, or those who run the round): the council needs a chair and a secretary, the round a dossier. Audited.',
  })
  openScoring(@Arg('id', () => Int, ROUND_ID) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context) {
    return runMutation(ctx, (w) => openScoring(w, id, version));
  }

  @Authorized()
  @Mutation(() => ScoreSheet, {
    description:
      'A member saves or submits their own sheet for a dossier while scoring is open. Points are checked against the sheet of the dossier’s rule set and product set; a member tied to the product’s subject is refused. Sealed: nobody else reads it until scoring closes.',
  })
  saveScoreSheet(
    @Arg('roundId', () => Int, ROUND_ID) roundId: number,
    @Arg('dossierId', () => Int, { description: 'Id of the dossier.' }) dossierId: number,
    @Arg('input', () => ScoreSheetInput, { description: 'The points.', ...VALIDATED }) input: ScoreSheetInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => saveScoreSheet(w, roundId, dossierId, input));
  }

  @Authorized()
  @Mutation(() => CouncilRound, {
    description: 'The secretary closes scoring: every dossier needs a submitted sheet. The sheets, averages and flags are then open to the council. Audited.',
  })
  closeScoring(@Arg('id', () => Int, ROUND_ID) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context) {
    return runMutation(ctx, (w) => closeScoring(w, id, version));
  }

  @Authorized()
  @Mutation(() => CouncilRound, { description: 'The chair or secretary reopens scoring (a flagged sheet to be reconsidered), with the reason. Audited.' })
  reopenScoring(
    @Arg('id', () => Int, ROUND_ID) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => ReasonInput, { description: 'Why.', ...VALIDATED }) input: ReasonInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => reopenScoring(w, id, version, input.reason));
  }

  @Authorized()
  @Mutation(() => CouncilRound, {
    description:
      'The chair finalises the ranked results: each dossier’s average is recorded as its evaluation in the round (the evaluation rules apply), awaiting the competent level. Audited.',
  })
  finaliseResults(@Arg('id', () => Int, ROUND_ID) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context) {
    return runMutation(ctx, (w) => finaliseResults(w, id, version));
  }

  @Authorized(ACCESS.write.roles)
  @Mutation(() => CouncilRound, {
    description:
      'The competent level approves a finalised round’s list: certificates for the stars its level recognises under each dossier’s rule set (number, date, 36 months), not recognised below 3★, forwarded above. Audited.',
  })
  approveRoundResults(
    @Arg('id', () => Int, ROUND_ID) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => ApproveRoundInput, { description: 'The decision.', ...VALIDATED }) input: ApproveRoundInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, (w) => approveRoundResults(w, id, version, input));
  }
}

@Resolver(() => CouncilMember)
export class CouncilMemberResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Login name of the member’s account; null for a member without one (and for analysts, who see no personal data).',
  })
  async username(@Root() member: CouncilMember, @Ctx() ctx: Context): Promise<string | null> {
    if (member.userId === null || !currentViewer().seesPersonalData) return null;
    return ((await ctx.loaders.userById.load(member.userId)) as AppUser | null)?.username ?? null;
  }

  @FieldResolver(() => Subject, { nullable: true, description: 'The subject the member works for, if any.' })
  subject(@Root() member: CouncilMember, @Ctx() ctx: Context): Promise<Subject | null> | null {
    return member.subjectId === null ? null : ctx.loaders.subjectById.load(member.subjectId);
  }

  @FieldResolver(() => [MemberConflict], { description: 'Conflicts of interest declared.' })
  async conflicts(@Root() member: CouncilMember, @Ctx() ctx: Context): Promise<MemberConflict[]> {
    return (await ctx.loaders.conflictsByRound.load(member.roundId))
      .filter((c) => c.memberId === member.id && c.subjectId !== member.subjectId)
      .map((c) => Object.assign(new MemberConflict(), { subjectId: c.subjectId, reason: c.reason }));
  }
}

@Resolver(() => RoundDossier)
export class RoundDossierResolver {
  @FieldResolver(() => Dossier, { nullable: true, description: 'The dossier (with its files, for the council).' })
  dossier(@Root() rd: RoundDossier, @Ctx() ctx: Context): Promise<Dossier | null> {
    return ctx.loaders.dossierById.load(rd.dossierId);
  }

  @FieldResolver(() => ScoringSheet, { description: 'The sheet it is scored on (its rule set’s, for its product set), from the rule data.' })
  async sheet(@Root() rd: RoundDossier, @Ctx() ctx: Context): Promise<ScoringSheet> {
    const rs = (await ctx.loaders.ruleSetById.load(rd.ruleSetId))!;
    const dossier = await ctx.loaders.dossierById.load(rd.dossierId);
    return scoringSheetOf(sheetFor(rs, dossier?.productSetCode ?? null));
  }

  @FieldResolver(() => SheetProgress, { description: 'How many members may score it, and how many submitted: counts only, open whatever the seal.' })
  async progress(@Root() rd: RoundDossier, @Ctx() ctx: Context): Promise<SheetProgress> {
    const [members, conflicts, counts, dossier] = await Promise.all([
      ctx.loaders.membersByRound.load(rd.roundId),
      ctx.loaders.conflictsByRound.load(rd.roundId),
      ctx.loaders.sheetCountsByRound.load(rd.roundId),
      ctx.loaders.dossierById.load(rd.dossierId),
    ]);
    const product = dossier ? await ctx.loaders.productById.load(dossier.productId) : null;
    const excluded = members.filter((m) => conflicts.some((c) => c.memberId === m.id && c.subjectId === product?.subjectId)).length;
    const own = counts.find((c) => c.dossierId === rd.dossierId);
    return Object.assign(new SheetProgress(), { expected: members.length - excluded, submitted: own?.submitted ?? 0, drafts: own?.drafts ?? 0, excluded });
  }

  @FieldResolver(() => ScoreSheet, { nullable: true, description: 'The viewer’s own sheet for it, if the viewer sits on the council.' })
  async mySheet(@Root() rd: RoundDossier, @Ctx() ctx: Context): Promise<ScoreSheet | null> {
    const seat = await seatIn(ctx, rd.roundId);
    if (!seat) return null;
    return (await ctx.loaders.sheetsByRound.load(rd.roundId)).find((s) => s.dossierId === rd.dossierId && s.memberId === seat.id) ?? null;
  }

  @FieldResolver(() => [ScoreSheet], {
    description: 'Every member’s sheet for it, for the council and those who run the round. SEALED (an error) until the secretary closes scoring.',
  })
  async sheets(@Root() rd: RoundDossier, @Ctx() ctx: Context): Promise<ScoreSheet[]> {
    const council = await ctx.loaders.councilRoundById.load(rd.roundId);
    if (!council || !unsealed(council.state)) throw sealedError(rd.roundId);
    if (!(await seatIn(ctx, rd.roundId))) {
      const facts = await roundFacts(ctx.db, rd.roundId);
      await assertRunsRound(ctx, facts?.unitId ?? null);
    }
    return (await ctx.loaders.sheetsByRound.load(rd.roundId)).filter((s) => s.dossierId === rd.dossierId);
  }

  @FieldResolver(() => Product, { nullable: true, description: 'The product.' })
  async product(@Root() rd: RoundDossier, @Ctx() ctx: Context): Promise<Product | null> {
    const dossier = await ctx.loaders.dossierById.load(rd.dossierId);
    return dossier ? ctx.loaders.productById.load(dossier.productId) : null;
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: 'Its evaluation, once the chair finalised the results.' })
  evaluation(@Root() rd: RoundDossier, @Ctx() ctx: Context): Promise<Evaluation | null> | null {
    return rd.evaluationId === null ? null : ctx.loaders.evaluationById.load(rd.evaluationId);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The certificate issued on approval, if its level recognised it.' })
  async certificate(@Root() rd: RoundDossier, @Ctx() ctx: Context): Promise<Certificate | null> {
    return rd.evaluationId === null ? null : ((await ctx.loaders.certificateByEvaluation.load(rd.evaluationId))[0] ?? null);
  }
}

@Resolver(() => ScoreSheet)
export class ScoreSheetResolver {
  @FieldResolver(() => CouncilMember, { description: 'Whose sheet it is.' })
  async member(@Root() sheet: ScoreSheet, @Ctx() ctx: Context): Promise<CouncilMember | undefined> {
    return (await ctx.loaders.membersByRound.load(sheet.roundId)).find((m) => m.id === sheet.memberId);
  }

  @FieldResolver(() => [CriterionScore], { description: 'Its points by criterion (or part).' })
  scores(@Root() sheet: ScoreSheet): CriterionScore[] {
    return Object.entries(sheet.scores).map(([key, points]) => Object.assign(new CriterionScore(), { key, points }));
  }
}

@Resolver(() => Dossier)
export class DossierRoundResolver {
  @FieldResolver(() => [RoundDossier], { description: 'The rounds it was assigned to, oldest first (a forwarded dossier has more than one).' })
  rounds(@Root() dossier: Dossier, @Ctx() ctx: Context): Promise<RoundDossier[]> {
    return ctx.loaders.roundDossiersByDossier.load(dossier.id);
  }
}

/** The viewer's seat on a round's council, if any. */
async function seatIn(ctx: Context, roundId: number): Promise<CouncilMember | null> {
  const userId = currentViewer().user.id;
  return (await ctx.loaders.membersByRound.load(roundId)).find((m) => m.userId !== null && m.userId === userId) ?? null;
}

/** Those who do not sit on the council read its sheets only if they run the round. */
async function assertRunsRound(ctx: Context, unitId: number | null): Promise<void> {
  const viewer = currentViewer();
  if (viewer.writeScopeId === undefined)
    throw forbidden({ vi: 'Chỉ hội đồng và đơn vị tổ chức phiên xem được phiếu chấm.', en: 'Only the council and those who run the round read its sheets.' });
  await assertUnitWrite({ tx: ctx.db.manager, viewer }, unitId, { vi: 'xem phiếu chấm của phiên này', en: 'read this round’s sheets' });
}
