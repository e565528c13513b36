// A council's round, step by step: the province sets up the council and
// assigns checked dossiers; the secretary opens scoring; each member scores on
// their own, every sheet sealed from everyone but its author; the secretary
// closes scoring, which unseals the sheets, their averages and the flags; the
// chair finalises the ranked results (recorded as evaluations, through the
// evaluation writer); the competent level approves the list, which issues the
// certificates through the certificate writer, so product status, validity
// and every figure follow. Each step is one transaction and audited.
import { appendAudit } from '../audit/audit.repository.ts';
import { AuditAction, AuditEntity } from '../audit/audit.types.ts';
import { Viewer } from '../auth/viewer.ts';
import { formatDate, today } from '../common/dates.ts';
import { badInput, fieldLabels, notFound } from '../common/errors.ts';
import type { Db } from '../db/sql.ts';
import { DossierOutcome, DossierState } from '../dossiers/dossier.entity.ts';
import { assertState as assertDossierState, assertUnitWrite, lockDossier, moveDossier } from '../dossiers/dossier.service.ts';
import { productFacts } from '../dossiers/dossier.repository.ts';
import type { Certificate } from '../evaluations/evaluation.entity.ts';
import type { EvaluationRoundInput } from '../evaluations/evaluation.inputs.ts';
import { certificateWriter, evaluationWriter, roundWriter } from '../evaluations/evaluation.writer.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { Label } from '../labels/language.ts';
import { ProductStatus } from '../products/product.entity.ts';
import { productWriter } from '../products/product.writer.ts';
import { listRuleSets } from '../rules/rule-set.repository.ts';
import type { RuleSet } from '../rules/rule-set.types.ts';
import { scoreOnSheet, sheetFor, type ScoringSheetData } from '../rules/scoring-sheets.ts';
import { guardUnique, reference } from '../writes/rules.ts';
import { lockAtVersion } from '../writes/locking.ts';
import type { Write } from '../writes/write-context.ts';
import { conflict, forbidden, invalidInput, isBadInput, Problems } from '../writes/write-errors.ts';
import { hardDeleteRow, insertRow, tableOf, unitWithin } from '../writes/write.repository.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { AppUser } from '../auth/user.entity.ts';
import sql from 'sql-template-tag';
import { averageOf, outliers, pointsText, starMarkCheck, starsFor, type MemberSheet, OUTLIER_POINTS } from './council-results.ts';
import { CouncilMember, CouncilRole, CouncilRound, CouncilRoundState, type RoundDossier, type ScoreSheet, ScoreSheetSource } from './council.entity.ts';
import {
  conflictsOf,
  deleteRoundDossier,
  deleteSheetsOfSubject,
  inEarlierRound,
  dossiersOfRound,
  insertConflict,
  insertCouncilRound,
  insertRoundDossier,
  lockRound,
  lockSheet,
  membersOf,
  seatOf,
  setRoundDossier,
  setRoundState,
  sheetsOfRound,
  upsertSheet,
  type ConflictRow,
  type RoundDossierFacts,
  type RoundFacts,
} from './council.repository.ts';
import {
  DossierResult,
  ResultFlag,
  ResultFlagKind,
  type ApproveRoundInput,
  type ConflictInput,
  type CouncilMemberInput,
  type ScoreSheetInput,
} from './council.types.ts';

const ROUND: Label = { vi: 'Phiên hội đồng', en: 'Council round' };
const MEMBER: Label = { vi: 'Thành viên hội đồng', en: 'Council member' };
const stateLabel = (s: CouncilRoundState) => ENUM_LABELS.CouncilRoundState[s];
const roleLabel = (r: CouncilRole) => ENUM_LABELS.CouncilRole[r];
const pts = (hundredths: number) => ({ vi: pointsText(hundredths).replace('.', ','), en: pointsText(hundredths) });

/** The round locked for a step, at the version the client read (null: no check). */
async function lock(w: Write, id: number, version: number | null): Promise<RoundFacts> {
  const round = await lockRound(w.tx, id);
  if (!round) throw notFound(ROUND, id);
  if (version !== null && round.version !== version) throw conflict(ROUND, id, round.version, version);
  return round;
}

function assertRoundState(round: RoundFacts, from: readonly CouncilRoundState[], verb: Label): void {
  if (from.includes(round.state)) return;
  const now = stateLabel(round.state);
  const allowed = from.map(stateLabel);
  throw badInput('id', {
    vi: `phiên ${round.id} đang "${now.vi}": chỉ ${verb.vi} khi phiên ${allowed.map((l) => `"${l.vi}"`).join(' hoặc ')}`,
    en: `round ${round.id} is "${now.en}": it can be ${verb.en} only when ${allowed.map((l) => `"${l.en}"`).join(' or ')}`,
  });
}

/** Those who run the round: who may write in its unit (the province for its rounds; administrators for central ones). */
const assertManager = (w: Write, round: RoundFacts, what: Label) => assertUnitWrite(w, round.unitId, what);

/** The viewer's seat in the round, in one of `roles`; FORBIDDEN naming who may act otherwise. */
async function requireSeat(w: Write, round: RoundFacts, roles: readonly CouncilRole[], what: Label): Promise<CouncilMember> {
  const seat = await seatOf(w.tx, round.id, w.viewer.user.id);
  if (seat && roles.includes(seat.role)) return seat;
  const who = roles.map(roleLabel);
  throw forbidden({
    vi: `Chỉ ${who.map((l) => l.vi.toLowerCase()).join(' hoặc ')} của hội đồng phiên ${round.id} mới ${what.vi}.`,
    en: `Only the ${who.map((l) => l.en.toLowerCase()).join(' or ')} of round ${round.id}'s council may ${what.en}.`,
  });
}

async function audit(w: Write, round: RoundFacts, action: Exclude<AuditAction, AuditAction.import>, after: Record<string, unknown>): Promise<void> {
  const { level: _l, year: _y, sequence: _s, unitId: _u, heldOn: _h, ...before } = round;
  await appendAudit(w, { action, entity: AuditEntity.council_round, entityId: round.id, unitId: round.unitId, before, after: { ...before, ...after } });
}

async function stepTo(
  w: Write,
  round: RoundFacts,
  state: CouncilRoundState,
  set: ReturnType<typeof sql>,
  action: Exclude<AuditAction, AuditAction.import>,
  reason: string | null = null,
) {
  await setRoundState(w.tx, round.id, sql`state = ${state}, ${set}`);
  await audit(w, round, action, { state, reason });
  return (await lockRound(w.tx, round.id))!;
}

const asRound = (r: RoundFacts) => {
  const { level: _l, year: _y, sequence: _s, unitId: _u, heldOn: _h, ...row } = r;
  return Object.assign(new CouncilRound(), row);
};

/** A new evaluation round (through the round writer and its rules) with its council, in setup. */
export async function createCouncilRound(w: Write, input: EvaluationRoundInput): Promise<CouncilRound> {
  const { row } = await roundWriter.create(w, input);
  await insertCouncilRound(w.tx, row.id);
  const round = (await lockRound(w.tx, row.id))!;
  await audit(w, round, AuditAction.create, {});
  return asRound(round);
}

export async function addCouncilMember(w: Write, roundId: number, input: CouncilMemberInput): Promise<CouncilMember> {
  const round = await lock(w, roundId, null);
  await assertManager(w, round, { vi: 'lập hội đồng của phiên này', en: 'set up this round’s council' });
  assertRoundState(round, [CouncilRoundState.setup], { vi: 'thêm thành viên', en: 'given members' });
  const problems = new Problems();
  if (input.userId != null) await reference(w, problems, 'input.userId', AppUser, input.userId);
  if (input.subjectId != null) await reference(w, problems, 'input.subjectId', Subject, input.subjectId);
  problems.throwIfAny();
  const row = await guardUnique(
    {
      council_member_one_per_office_idx: {
        field: 'input.role',
        message: { vi: `phiên ${round.id} đã có ${roleLabel(input.role).vi.toLowerCase()}`, en: `round ${round.id} already has a ${input.role}` },
      },
      council_member_round_id_user_id_key: {
        field: 'input.userId',
        message: { vi: `tài khoản này đã là thành viên hội đồng phiên ${round.id}`, en: `this user already sits on round ${round.id}` },
      },
    },
    () =>
      insertRow(w.tx, tableOf(w.tx, CouncilMember), {
        roundId: round.id,
        userId: input.userId ?? null,
        name: input.name,
        organisation: input.organisation,
        role: input.role,
        subjectId: input.subjectId ?? null,
      }),
  );
  await appendAudit(w, { action: AuditAction.create, entity: AuditEntity.council_member, entityId: row.id, unitId: round.unitId, before: null, after: row });
  return row;
}

export async function removeCouncilMember(w: Write, id: number, version: number): Promise<void> {
  const member = await lockAtVersion(w.tx, CouncilMember, MEMBER, id, version);
  const round = await lock(w, member.roundId, null);
  await assertManager(w, round, { vi: 'lập hội đồng của phiên này', en: 'set up this round’s council' });
  assertRoundState(round, [CouncilRoundState.setup], { vi: 'bớt thành viên', en: 'changed' });
  await hardDeleteRow(w.tx, tableOf(w.tx, CouncilMember), id);
  await appendAudit(w, { action: AuditAction.delete, entity: AuditEntity.council_member, entityId: id, unitId: round.unitId, before: member, after: null });
}

/**
 * A conflict of interest, declared by the member or by those who run the
 * round, until scoring closes: the member then scores none of the subject's
 * products, and any sheet already saved for them is withdrawn.
 */
export async function declareConflict(w: Write, input: ConflictInput): Promise<CouncilMember> {
  const member = await lockAtVersion(w.tx, CouncilMember, MEMBER, input.memberId, null);
  const round = await lock(w, member.roundId, null);
  if (member.userId === null || member.userId !== w.viewer.user.id) {
    await assertManager(w, round, { vi: 'khai xung đột lợi ích cho thành viên khác', en: 'declare a conflict for another member' });
  }
  assertRoundState(round, [CouncilRoundState.setup, CouncilRoundState.scoring], { vi: 'khai xung đột lợi ích', en: 'given a declared conflict' });
  const problems = new Problems();
  await reference(w, problems, 'input.subjectId', Subject, input.subjectId);
  problems.throwIfAny();
  await insertConflict(w, input);
  const withdrawn = await deleteSheetsOfSubject(w.tx, member.id, input.subjectId);
  await appendAudit(w, {
    action: AuditAction.update,
    entity: AuditEntity.council_member,
    entityId: member.id,
    unitId: round.unitId,
    before: member,
    after: { ...member, conflict: { subjectId: input.subjectId, reason: input.reason }, withdrawnSheets: withdrawn },
  });
  return member;
}

/** Whether a member is tied to a subject: declared, or working for it. */
const tied = (conflicts: readonly ConflictRow[], memberId: number, subjectId: number) =>
  conflicts.some((c) => c.memberId === memberId && c.subjectId === subjectId);

export async function assignDossiers(w: Write, roundId: number, version: number, dossierIds: number[]): Promise<CouncilRound> {
  const round = await lock(w, roundId, version);
  await assertManager(w, round, { vi: 'giao hồ sơ cho phiên này', en: 'assign dossiers to this round' });
  assertRoundState(round, [CouncilRoundState.setup], { vi: 'giao hồ sơ', en: 'given dossiers' });
  const ruleSets = new Map((await listRuleSets(w.tx)).map((r) => [r.id, r]));
  const problems = new Problems();
  // A dossier a lower council forwarded waits for the next level's round (148: district 4★ → province; 5★ → central).
  const ready = round.level === 'central' ? [DossierState.forwarded] : [DossierState.checked, DossierState.forwarded];
  for (const [i, id] of [...new Set(dossierIds)].entries()) {
    const field = `dossierIds[${i}]`;
    const dossier = await lockDossier(w, id, null);
    const product = await productFacts(w.tx, dossier.productId);
    if (!ready.includes(dossier.state)) {
      const l = ENUM_LABELS.DossierState[dossier.state];
      problems.add(field, { vi: `hồ sơ ${id} đang "${l.vi}": chưa sẵn sàng để đánh giá`, en: `dossier ${id} is "${l.en}": not ready for a council` });
      continue;
    }
    if (!product || (round.unitId !== null && !(await unitWithin(w.tx, round.unitId, product.unitId)))) {
      problems.add(field, {
        vi: `sản phẩm của hồ sơ ${id} không thuộc đơn vị của phiên ${round.id}`,
        en: `dossier ${id}'s product does not lie in round ${round.id}'s unit`,
      });
      continue;
    }
    const rs = dossier.ruleSetId ? ruleSets.get(dossier.ruleSetId) : undefined;
    if (!rs) {
      problems.add(field, { vi: `hồ sơ ${id} không thuộc bộ tiêu chí nào`, en: `dossier ${id} falls under no rule set` });
      continue;
    }
    if (!rs.levels.some((l) => l.level === round.level)) {
      const level = ENUM_LABELS.EvaluationLevel[round.level as keyof typeof ENUM_LABELS.EvaluationLevel];
      problems.add(field, {
        vi: `${rs.citationVi}: không có hội đồng ${level.vi.toLowerCase()} đánh giá hồ sơ ${id}`,
        en: `${rs.citationEn}: there is no ${level.en.toLowerCase()} council for dossier ${id}`,
      });
      continue;
    }
    const sheet = sheetFor(rs, dossier.productSetCode);
    await insertRoundDossier(w.tx, { roundId: round.id, dossierId: id, ruleSetId: rs.id, sheetId: sheet.id });
    await moveDossier(w, dossier, DossierState.in_round, {}, `round ${round.id}`, AuditAction.update, product.unitId);
  }
  problems.throwIfAny();
  await audit(w, round, AuditAction.update, { assigned: dossierIds });
  return asRound(round);
}

export async function removeDossierFromRound(w: Write, roundId: number, version: number, dossierId: number): Promise<CouncilRound> {
  const round = await lock(w, roundId, version);
  await assertManager(w, round, { vi: 'giao hồ sơ cho phiên này', en: 'assign dossiers to this round' });
  assertRoundState(round, [CouncilRoundState.setup], { vi: 'rút hồ sơ', en: 'changed' });
  const held = (await dossiersOfRound(w.tx, round.id)).find((d) => d.dossierId === dossierId);
  if (!held) throw badInput('dossierId', { vi: `phiên ${round.id} không có hồ sơ ${dossierId}`, en: `round ${round.id} does not hold dossier ${dossierId}` });
  const dossier = await lockDossier(w, dossierId, null);
  await deleteRoundDossier(w.tx, round.id, dossierId);
  const back = (await inEarlierRound(w.tx, dossierId, round.id)) ? DossierState.forwarded : DossierState.checked;
  const product = await productFacts(w.tx, dossier.productId);
  await moveDossier(w, dossier, back, {}, `removed from round ${round.id}`, AuditAction.update, product?.unitId ?? null);
  await audit(w, round, AuditAction.update, { removed: dossierId });
  return asRound(round);
}

export async function openScoring(w: Write, roundId: number, version: number): Promise<CouncilRound> {
  const round = await lock(w, roundId, version);
  const seat = await seatOf(w.tx, round.id, w.viewer.user.id);
  if (seat?.role !== CouncilRole.secretary) await assertManager(w, round, { vi: 'mở chấm điểm phiên này', en: 'open scoring in this round' });
  assertRoundState(round, [CouncilRoundState.setup], { vi: 'mở chấm điểm', en: 'opened for scoring' });
  const members = await membersOf(w.tx, round.id);
  const problems = new Problems();
  for (const role of [CouncilRole.chair, CouncilRole.secretary]) {
    if (!members.some((m) => m.role === role))
      problems.add('id', { vi: `hội đồng chưa có ${roleLabel(role).vi.toLowerCase()}`, en: `the council has no ${role}` });
  }
  if (!(await dossiersOfRound(w.tx, round.id)).length) problems.add('id', { vi: 'phiên chưa có hồ sơ nào', en: 'the round holds no dossier' });
  problems.throwIfAny();
  return asRound(await stepTo(w, round, CouncilRoundState.scoring, sql`scoring_opened_at = now()`, AuditAction.update));
}

/** A rule set by id, for a dossier already in a round (rule sets are never deleted). */
async function ruleSetsById(db: Db): Promise<Map<string, RuleSet>> {
  return new Map((await listRuleSets(db)).map((r) => [r.id, r]));
}

/** The sheet a round's dossier is scored on. */
const sheetOf = (rs: RuleSet, d: Pick<RoundDossierFacts, 'productSetCode'>) => sheetFor(rs, d.productSetCode);

/**
 * A member saves (or submits) their sheet for a dossier while scoring is open.
 * The sheet is theirs alone: nobody else reads it until the secretary closes
 * scoring, and the audit log records that it was saved, never its points.
 */
export async function saveScoreSheet(
  w: Write,
  roundId: number,
  dossierId: number,
  input: ScoreSheetInput,
  source = ScoreSheetSource.hub,
  memberId?: number,
): Promise<ScoreSheet> {
  const round = await lock(w, roundId, null);
  const seat = memberId === undefined ? await requireSeat(w, round, Object.values(CouncilRole), { vi: 'chấm điểm', en: 'score' }) : undefined;
  const member = seat ?? (await membersOf(w.tx, round.id)).find((m) => m.id === memberId)!;
  assertRoundState(round, [CouncilRoundState.scoring], { vi: 'chấm điểm', en: 'scored' });
  const held = (await dossiersOfRound(w.tx, round.id)).find((d) => d.dossierId === dossierId);
  if (!held) throw badInput('dossierId', { vi: `phiên ${round.id} không có hồ sơ ${dossierId}`, en: `round ${round.id} does not hold dossier ${dossierId}` });
  if (tied(await conflictsOf(w.tx, round.id), member.id, held.subjectId)) {
    throw forbidden({
      vi: `${member.name} có xung đột lợi ích với chủ thể của hồ sơ ${dossierId} (đã khai, hoặc làm việc cho chủ thể): không được chấm hồ sơ này.`,
      en: `${member.name} is tied to the subject of dossier ${dossierId} (declared, or works for it): they may not score it.`,
    });
  }
  const rs = (await ruleSetsById(w.tx)).get(held.ruleSetId)!;
  // A result sheet from other software gives each member's parts: checked against the rule set's part maxima.
  const sheet = source === ScoreSheetSource.import ? sheetFor(rs, null) : sheetOf(rs, held);
  const scores = new Map(input.scores.map((s) => [s.key, s.points]));
  const scored = scoreOnSheet(sheet, scores);
  const problems = new Problems();
  if (scores.size !== input.scores.length) problems.add('input.scores', { vi: 'mỗi tiêu chí chỉ chấm một lần', en: 'each criterion once' });
  for (const p of scored.problems) problems.add(`input.scores[${p.key}]`, p.message);
  if (input.submit && scored.unscored.length) {
    problems.add('input.submit', {
      vi: `còn ${scored.unscored.length} tiêu chí chưa chấm (${scored.unscored.slice(0, 5).join(', ')}…): lưu nháp hoặc chấm đủ rồi nộp`,
      en: `${scored.unscored.length} criteria are not scored yet (${scored.unscored.slice(0, 5).join(', ')}…): save a draft, or score them all to submit`,
    });
  }
  problems.throwIfAny();
  const before = await lockSheet(w.tx, round.id, dossierId, member.id);
  const row = (await upsertSheet(w.tx, {
    roundId: round.id,
    dossierId,
    memberId: member.id,
    scores: Object.fromEntries(scores),
    parts: { A: pointsText(scored.parts.A), B: pointsText(scored.parts.B), C: pointsText(scored.parts.C) },
    submitted: input.submit,
    source,
  }))!;
  const sealed = (s: ScoreSheet | undefined) =>
    s && { id: s.id, roundId: s.roundId, dossierId: s.dossierId, memberId: s.memberId, submittedAt: s.submittedAt, version: s.version };
  await appendAudit(w, {
    action: before ? AuditAction.update : AuditAction.create,
    entity: AuditEntity.score_sheet,
    entityId: row.id,
    unitId: round.unitId,
    before: sealed(before) ?? null,
    after: sealed(row)!,
  });
  return row;
}

export interface ImportedSheet {
  roundId: number;
  dossierId: number;
  memberId: number;
  parts: { A: number; B: number; C: number };
}

/** The round locked, once the viewer may import its sheets: its secretary, or those who run it. */
export async function assertSheetImporter(w: Write, roundId: number): Promise<RoundFacts> {
  const round = await lock(w, roundId, null);
  const seat = await seatOf(w.tx, round.id, w.viewer.user.id);
  if (seat?.role !== CouncilRole.secretary) await assertManager(w, round, { vi: 'nhập phiếu chấm của phiên này', en: 'import this round’s score sheets' });
  return round;
}

/**
 * A member's sheet from the result sheet of a council that scored in other
 * software (import kind council_scores), submitted on the member's behalf by
 * the secretary or those who run the round, under the rules of a typed sheet:
 * scoring open (sealed until closed), no conflict of interest, each part within
 * the rule set's maximum. Marked `source: import`.
 */
export async function importScoreSheet(w: Write, sheet: ImportedSheet): Promise<ScoreSheet> {
  const round = await assertSheetImporter(w, sheet.roundId);
  const scores = Object.entries(sheet.parts).map(([key, points]) => ({ key, points }));
  return saveScoreSheet(w, round.id, sheet.dossierId, { scores, submit: true }, ScoreSheetSource.import, sheet.memberId);
}

export async function closeScoring(w: Write, roundId: number, version: number): Promise<CouncilRound> {
  const round = await lock(w, roundId, version);
  await requireSeat(w, round, [CouncilRole.secretary], { vi: 'khóa chấm điểm', en: 'close scoring' });
  assertRoundState(round, [CouncilRoundState.scoring], { vi: 'khóa chấm điểm', en: 'closed' });
  const counts = new Map<number, number>();
  for (const s of await sheetsOfRound(w.tx, round.id)) if (s.submittedAt) counts.set(s.dossierId, (counts.get(s.dossierId) ?? 0) + 1);
  const problems = new Problems();
  for (const d of await dossiersOfRound(w.tx, round.id)) {
    if (!counts.get(d.dossierId)) problems.add(`dossiers[${d.dossierId}]`, { vi: 'chưa có phiếu chấm nào được nộp', en: 'no sheet submitted yet' });
  }
  problems.throwIfAny();
  return asRound(await stepTo(w, round, CouncilRoundState.closed, sql`scoring_closed_at = now()`, AuditAction.update));
}

export async function reopenScoring(w: Write, roundId: number, version: number, reason: string): Promise<CouncilRound> {
  const round = await lock(w, roundId, version);
  await requireSeat(w, round, [CouncilRole.chair, CouncilRole.secretary], { vi: 'mở lại chấm điểm', en: 'reopen scoring' });
  assertRoundState(round, [CouncilRoundState.closed], { vi: 'mở lại chấm điểm', en: 'reopened' });
  return asRound(await stepTo(w, round, CouncilRoundState.scoring, sql`scoring_closed_at = NULL`, AuditAction.reopen, reason));
}

const flag = (kind: ResultFlagKind, message: Label, memberId: number | null = null, criterionId: string | null = null) =>
  Object.assign(new ResultFlag(), { kind, message, memberId, criterionId });

/** One dossier's result from the submitted sheets of the members who may score it. */
function resultOf(
  d: RoundDossierFacts,
  rs: RuleSet,
  sheet: ScoringSheetData,
  members: readonly CouncilMember[],
  conflicts: readonly ConflictRow[],
  sheets: readonly ScoreSheet[],
): DossierResult {
  const flags: ResultFlag[] = [];
  const eligible = members.filter((m) => !tied(conflicts, m.id, d.subjectId));
  for (const m of members.filter((x) => !eligible.includes(x))) {
    flags.push(
      flag(
        ResultFlagKind.conflict_excluded,
        { vi: `${m.name} không chấm: xung đột lợi ích với chủ thể`, en: `${m.name} did not score it: tied to its subject` },
        m.id,
      ),
    );
  }
  const own = sheets.filter((s) => s.dossierId === d.dossierId && s.submittedAt && eligible.some((m) => m.id === s.memberId));
  const imported = new Set(own.filter((s) => s.source === ScoreSheetSource.import).map((s) => s.memberId));
  const memberSheets: MemberSheet[] = own.map((s) => ({
    memberId: s.memberId,
    parts: { A: Math.round(Number(s.scoreA) * 100), B: Math.round(Number(s.scoreB) * 100), C: Math.round(Number(s.scoreC) * 100) },
    scores: s.scores,
  }));
  const missing = eligible.filter((m) => !own.some((s) => s.memberId === m.id));
  if (missing.length) {
    flags.push(
      flag(ResultFlagKind.missing_sheets, {
        vi: `${missing.length} thành viên chưa nộp phiếu (${missing.map((m) => m.name).join(', ')}): điểm trung bình tính trên ${own.length} phiếu`,
        en: `${missing.length} member(s) submitted no sheet (${missing.map((m) => m.name).join(', ')}): the average rests on ${own.length} sheet(s)`,
      }),
    );
  }
  for (const o of outliers(memberSheets)) {
    const name = members.find((m) => m.id === o.memberId)?.name ?? String(o.memberId);
    const dev = pts(Math.abs(o.deviation));
    flags.push(
      flag(
        ResultFlagKind.outlier,
        {
          vi: `${name} chấm ${pts(o.total).vi} điểm, lệch ${dev.vi} điểm so với trung vị ${pts(o.othersMedian).vi} của các thành viên khác (ngưỡng ${OUTLIER_POINTS})`,
          en: `${name} scored ${pts(o.total).en}, ${dev.en} points from the other members’ median of ${pts(o.othersMedian).en} (threshold ${OUTLIER_POINTS})`,
        },
        o.memberId,
      ),
    );
  }
  for (const gap of sheet.gaps) flags.push(flag(ResultFlagKind.sheet_gaps, { vi: `Phiếu ${sheet.id}: ${gap}`, en: `Sheet ${sheet.id}: ${gap}` }));
  if (sheet.status === 'parts_only') flags.push(flag(ResultFlagKind.parts_only, sheet.provenance.note));
  const average = averageOf(memberSheets);
  const stars = average ? starsFor(average.total, rs.bands) : null;
  let starsByMarks: number | null = stars;
  if (imported.size && sheet.status !== 'parts_only') {
    flags.push(
      flag(ResultFlagKind.parts_only, {
        vi: `${imported.size} phiếu nhập từ phần mềm khác chỉ có điểm từng phần: mức điểm sao của tiêu chí chỉ xét trên các phiếu chấm trong hệ thống`,
        en: `${imported.size} imported sheet(s) give parts only: criteria star marks are checked on the sheets scored in the hub`,
      }),
    );
  }
  if (average && stars !== null) {
    const marks = starMarkCheck(
      sheet,
      memberSheets.filter((s) => !imported.has(s.memberId)),
      stars,
    );
    starsByMarks = marks.allowedStars;
    for (const s of marks.shortfalls) {
      flags.push(
        flag(
          ResultFlagKind.star_mark_shortfall,
          {
            vi: `Tiêu chí ${s.criterionId}: trung bình ${pts(s.average).vi} điểm, dưới mức ${s.atPoints} của hạng ${s.stars} sao`,
            en: `Criterion ${s.criterionId}: average ${pts(s.average).en}, below the ${s.atPoints} a ${s.stars}★ class needs`,
          },
          null,
          s.criterionId,
        ),
      );
    }
  }
  const { productId: _p, subjectId: _s, productSetCode: _c, submittedOn: _o, dossierVersion: _v, evaluationStars: _e, ...roundDossier } = d;
  const points = (n: number | undefined) => (n === undefined ? null : n / 100);
  return Object.assign(new DossierResult(), {
    roundDossier: roundDossier as RoundDossier,
    sheets: own.length,
    importedSheets: imported.size,
    scoreA: points(average?.parts.A),
    scoreB: points(average?.parts.B),
    scoreC: points(average?.parts.C),
    total: points(average?.total),
    stars,
    starsByMarks,
    rank: null,
    flags,
  });
}

/** Every dossier's result in a round, ranked by total (ties share a rank). */
export async function roundResults(db: Db, roundId: number): Promise<DossierResult[]> {
  const [dossiers, members, conflicts, sheets, ruleSets] = await Promise.all([
    dossiersOfRound(db, roundId),
    membersOf(db, roundId),
    conflictsOf(db, roundId),
    sheetsOfRound(db, roundId),
    ruleSetsById(db),
  ]);
  const results = dossiers.map((d) => {
    const rs = ruleSets.get(d.ruleSetId)!;
    return resultOf(d, rs, sheetOf(rs, d), members, conflicts, sheets);
  });
  const sorted = [...results].sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.roundDossier.dossierId - b.roundDossier.dossierId);
  sorted.forEach((r, i) => {
    r.rank = r.total === null ? null : i > 0 && sorted[i - 1].total === r.total ? sorted[i - 1].rank : i + 1;
  });
  return sorted;
}

/** Whether the round's seal is lifted: scoring closed (or later). */
export const unsealed = (state: CouncilRoundState) => state !== CouncilRoundState.setup && state !== CouncilRoundState.scoring;

/**
 * The chair finalises the ranked results: each dossier's average becomes its
 * evaluation in the round, written through the evaluation writer (its rules:
 * the rule set of the submission day, the part maxima, the round's level) on
 * the council's behalf in the round's unit, with the chair named in the log.
 */
export async function finaliseResults(w: Write, roundId: number, version: number): Promise<CouncilRound> {
  const round = await lock(w, roundId, version);
  await requireSeat(w, round, [CouncilRole.chair], { vi: 'tổng hợp kết quả', en: 'finalise the results' });
  assertRoundState(round, [CouncilRoundState.closed], { vi: 'tổng hợp kết quả', en: 'finalised' });
  const council: Write = { tx: w.tx, viewer: new Viewer(w.viewer.user, round.unitId, round.unitId) };
  const evaluatedOn = round.heldOn ?? today();
  const facts = new Map((await dossiersOfRound(w.tx, round.id)).map((d) => [d.dossierId, d]));
  const ruleSets = await ruleSetsById(w.tx);
  for (const result of await roundResults(w.tx, round.id)) {
    const d = facts.get(result.roundDossier.dossierId)!;
    const rs = ruleSets.get(d.ruleSetId)!;
    const topLevel = rs.levels.find((l) => l.recognises.includes(result.stars ?? 0));
    try {
      const { row } = await evaluationWriter.create(council, {
        roundId: round.id,
        productId: d.productId,
        scoreA: result.scoreA ?? 0,
        scoreB: result.scoreB ?? 0,
        scoreC: result.scoreC ?? 0,
        evaluatedOn,
        submittedOn: d.submittedOn,
        proposedForCentral: topLevel !== undefined && topLevel.level === 'central' && round.level !== 'central',
      });
      await setRoundDossier(w.tx, round.id, d.dossierId, sql`evaluation_id = ${row.id}, rank = ${result.rank}`);
    } catch (error) {
      if (!isBadInput(error)) throw error;
      throw invalidInput((fieldLabels(error) ?? []).map((f) => ({ field: `dossiers[${d.dossierId}].${f.field.replace(/^input\./, '')}`, message: f.message })));
    }
    const product = await productFacts(w.tx, d.productId);
    if (product && (product.status === ProductStatus.idea || product.status === ProductStatus.registered)) {
      await productWriter.change(council, product.id, product.version, { status: ProductStatus.rated }, async () => undefined);
    }
  }
  return asRound(await stepTo(w, round, CouncilRoundState.finalised, sql`finalised_at = now()`, AuditAction.update));
}

/**
 * The competent level approves the round's list: each result its level
 * recognises gets a certificate (through the certificate writer: number, date,
 * stars, 36 months), results below the rule set's minimum are not recognised,
 * and results a higher level recognises are forwarded to it.
 */
export async function approveRoundResults(w: Write, roundId: number, version: number, input: ApproveRoundInput): Promise<CouncilRound> {
  const round = await lock(w, roundId, version);
  await assertManager(w, round, { vi: 'phê duyệt kết quả phiên này', en: 'approve this round’s results' });
  assertRoundState(round, [CouncilRoundState.finalised], { vi: 'phê duyệt', en: 'approved' });
  const ruleSets = await ruleSetsById(w.tx);
  for (const d of await dossiersOfRound(w.tx, round.id)) {
    const rs = ruleSets.get(d.ruleSetId)!;
    const stars = d.evaluationStars ?? 0;
    const recogniser = rs.levels.find((l) => l.recognises.includes(stars));
    const dossier = await lockDossier(w, d.dossierId, null);
    assertDossierState(dossier, [DossierState.in_round], { vi: 'quyết định', en: 'decided' });
    const product = await productFacts(w.tx, d.productId);
    let outcome: DossierOutcome;
    let certificate: Certificate | null = null;
    if (stars < rs.certificateMinStars || !recogniser) outcome = DossierOutcome.not_recognised;
    else if (recogniser.level === round.level) {
      try {
        certificate = (await certificateWriter.create(w, { evaluationId: d.evaluationId!, decisionNumber: input.decisionNumber, decidedOn: input.decidedOn }))
          .row;
      } catch (error) {
        if (!isBadInput(error)) throw error;
        throw invalidInput(
          (fieldLabels(error) ?? []).map((f) => ({ field: f.field.replace(/^input\.evaluationId/, `dossiers[${d.dossierId}]`), message: f.message })),
        );
      }
      outcome = DossierOutcome.recognised;
    } else outcome = DossierOutcome.forwarded;
    await setRoundDossier(w.tx, round.id, d.dossierId, sql`outcome = ${outcome}, certificate_id = ${certificate?.id ?? null}`);
    const to = outcome === DossierOutcome.forwarded ? DossierState.forwarded : DossierState.decided;
    const level = ENUM_LABELS.EvaluationLevel[(recogniser?.level ?? round.level) as keyof typeof ENUM_LABELS.EvaluationLevel];
    const why =
      outcome === DossierOutcome.forwarded
        ? `${stars}★: recognised at ${level.en} level (${rs.citationEn}); decision ${input.decisionNumber} of ${formatDate(input.decidedOn)}`
        : `decision ${input.decisionNumber} of ${formatDate(input.decidedOn)}: ${stars}★, ${outcome}`;
    await moveDossier(w, dossier, to, { outcome, decidedOn: input.decidedOn }, why, AuditAction.approve, product?.unitId ?? null);
  }
  return asRound(
    await stepTo(
      w,
      round,
      CouncilRoundState.approved,
      sql`decision_number = ${input.decisionNumber}, decided_on = ${input.decidedOn}, approved_by = ${w.viewer.user.id}`,
      AuditAction.approve,
    ),
  );
}
