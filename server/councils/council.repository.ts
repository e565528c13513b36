// All SQL of councils: rounds with their council, members, conflicts,
// assigned dossiers and score sheets. Sheets are read here only by the
// functions the service calls once it has decided the viewer may read them
// (the seal is the service's rule, council.service.ts).
import DataLoader from 'dataloader';
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { currentViewer, readScopeCondition } from '../auth/viewer.ts';
import { whereClause } from '../common/pagination.ts';
import { groupByKey, groupLoader } from '../common/loaders.ts';
import { execute, queryOne, queryRows, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, rowShape, type RowType } from '../db/rows.ts';
import type { Write } from '../writes/write-context.ts';
import { CouncilMember, CouncilRound, CouncilRoundState, RoundDossier, ScoreSheet } from './council.entity.ts';

const ROUND_FACTS = entityRow(CouncilRound).with({ level: 'text', year: 'int', sequence: 'int', unitId: 'int?', heldOn: 'date?' });
export type RoundFacts = RowType<typeof ROUND_FACTS>;

const roundSelect = (db: Db) =>
  sql`SELECT ${selectColumns(db, CouncilRound, 'c')}, r.level, r.year, r.sequence, r.unit_id AS "unitId", r.held_on AS "heldOn"
      FROM council_round c JOIN evaluation_round r ON r.id = c.id`;

/** A round with its council, locked for a change of its state. */
export function lockRound(tx: EntityManager, id: number): Promise<RoundFacts | undefined> {
  return queryOne(tx, ROUND_FACTS, sql`${roundSelect(tx)} WHERE c.id = ${id} FOR UPDATE OF c`);
}

export function roundFacts(db: Db, id: number): Promise<RoundFacts | undefined> {
  return queryOne(db, ROUND_FACTS, sql`${roundSelect(db)} WHERE c.id = ${id}`);
}

export async function insertCouncilRound(tx: EntityManager, id: number): Promise<void> {
  await execute(tx, sql`INSERT INTO council_round (id, state) VALUES (${id}, ${CouncilRoundState.setup})`);
}

export async function setRoundState(tx: EntityManager, id: number, values: Sql): Promise<void> {
  await execute(tx, sql`UPDATE council_round SET ${values}, version = version + 1 WHERE id = ${id}`);
}

/** A round (alias `r`, an evaluation_round) the viewer may read: central, in its read scope, or one it sits on. */
function readableRound(r: string, userId: number | null): Sql {
  const scope = readScopeCondition(raw(`${r}.unit_id`)) ?? sql`true`;
  return sql`(${raw(r)}.unit_id IS NULL OR ${scope} OR EXISTS (SELECT 1 FROM council_member m WHERE m.round_id = ${raw(r)}.id AND m.user_id = ${userId}))`;
}

/** Rounds with a council the viewer may read (its read scope; central rounds are everyone's), or sits on. */
export function listCouncilRounds(
  db: Db,
  f: { unitId: number | null; year?: number | null; states?: string[] | null; mine: boolean },
): Promise<CouncilRound[]> {
  const viewer = currentViewer();
  const where: Sql[] = [sql`(${readableRound('r', viewer.user.id)})`];
  if (f.unitId !== null) where.push(sql`r.unit_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ${f.unitId})`);
  if (f.year != null) where.push(sql`r.year = ${f.year}`);
  if (f.states?.length) where.push(sql`c.state = ANY(${f.states}::text[])`);
  if (f.mine) where.push(sql`EXISTS (SELECT 1 FROM council_member m WHERE m.round_id = c.id AND m.user_id = ${viewer.user.id})`);
  return queryRows(
    db,
    entityRow(CouncilRound),
    sql`SELECT ${selectColumns(db, CouncilRound, 'c')} FROM council_round c JOIN evaluation_round r ON r.id = c.id
        ${whereClause(where)}
        ORDER BY r.year DESC, r.level, r.sequence, c.id LIMIT 500`,
  );
}

/** Whether the viewer may read the round: its unit lies in the read scope (or it is central), or the viewer sits on it. */
export async function roundReadable(db: Db, id: number): Promise<boolean> {
  const viewer = currentViewer();
  const row = await queryOne(db, rowShape({ ok: 'bool' }), sql`SELECT ${readableRound('r', viewer.user.id)} AS ok FROM evaluation_round r WHERE r.id = ${id}`);
  return row?.ok ?? false;
}

const MEMBER_ROW = entityRow(CouncilMember);

export function membersOf(db: Db, roundId: number): Promise<CouncilMember[]> {
  return queryRows(db, MEMBER_ROW, sql`SELECT ${selectColumns(db, CouncilMember, 'm')} FROM council_member m WHERE m.round_id = ${roundId} ORDER BY m.id`);
}

/** The viewer's seat in a round, if any. */
export function seatOf(db: Db, roundId: number, userId: number | null): Promise<CouncilMember | undefined> {
  if (userId === null) return Promise.resolve(undefined);
  return queryOne(
    db,
    MEMBER_ROW,
    sql`SELECT ${selectColumns(db, CouncilMember, 'm')} FROM council_member m WHERE m.round_id = ${roundId} AND m.user_id = ${userId}`,
  );
}

const CONFLICT_ROW = rowShape({ memberId: 'int', subjectId: 'int', reason: 'text' });
export type ConflictRow = RowType<typeof CONFLICT_ROW>;

/** Declared conflicts, and the subject each member works for, as one list. */
export function conflictsOf(db: Db, roundId: number): Promise<ConflictRow[]> {
  return conflictsOfRounds(db, [roundId]);
}

function conflictsOfRounds(db: Db, roundIds: readonly number[]): Promise<(ConflictRow & { roundId: number })[]> {
  return queryRows(
    db,
    CONFLICT_ROW.with({ roundId: 'int' }),
    sql`SELECT k.member_id AS "memberId", k.subject_id AS "subjectId", k.reason, m.round_id AS "roundId" FROM council_conflict k JOIN council_member m ON m.id = k.member_id
        WHERE m.round_id = ANY(${[...roundIds]}::int[])
        UNION ALL
        SELECT m.id, m.subject_id, 'works for the subject', m.round_id FROM council_member m WHERE m.round_id = ANY(${[...roundIds]}::int[]) AND m.subject_id IS NOT NULL`,
  );
}

export async function insertConflict(w: Write, c: { memberId: number; subjectId: number; reason: string }): Promise<void> {
  await execute(
    w.tx,
    sql`INSERT INTO council_conflict (member_id, subject_id, reason, declared_by) VALUES (${c.memberId}, ${c.subjectId}, ${c.reason}, ${w.viewer.user.id})
        ON CONFLICT (member_id, subject_id) DO UPDATE SET reason = EXCLUDED.reason, declared_by = EXCLUDED.declared_by, declared_at = now()`,
  );
}

const ROUND_DOSSIER_ROW = entityRow(RoundDossier).with({
  productId: 'int',
  subjectId: 'int',
  productSetCode: 'text?',
  submittedOn: 'date?',
  dossierVersion: 'int',
  evaluationStars: 'int?',
});
export type RoundDossierFacts = RowType<typeof ROUND_DOSSIER_ROW>;

/** The dossiers of a round with what scoring them needs: product, subject, product set, submission day. */
export function dossiersOfRound(db: Db, roundId: number): Promise<RoundDossierFacts[]> {
  return dossiersOfRounds(db, [roundId]);
}

function dossiersOfRounds(db: Db, roundIds: readonly number[]): Promise<RoundDossierFacts[]> {
  return queryRows(
    db,
    ROUND_DOSSIER_ROW,
    sql`SELECT ${selectColumns(db, RoundDossier, 'rd')}, d.product_id AS "productId", p.subject_id AS "subjectId",
               d.product_set_code AS "productSetCode", d.submitted_on AS "submittedOn", d.version AS "dossierVersion", e.stars AS "evaluationStars"
        FROM round_dossier rd JOIN dossier d ON d.id = rd.dossier_id JOIN product p ON p.id = d.product_id
        LEFT JOIN evaluation e ON e.id = rd.evaluation_id
        WHERE rd.round_id = ANY(${[...roundIds]}::int[]) ORDER BY rd.round_id, rd.dossier_id`,
  );
}

export async function insertRoundDossier(tx: EntityManager, r: { roundId: number; dossierId: number; ruleSetId: string; sheetId: string }): Promise<void> {
  await execute(
    tx,
    sql`INSERT INTO round_dossier (round_id, dossier_id, rule_set_id, sheet_id) VALUES (${r.roundId}, ${r.dossierId}, ${r.ruleSetId}, ${r.sheetId})`,
  );
}

/** Whether a dossier was in another round before this one (it came forwarded). */
export async function inEarlierRound(tx: EntityManager, dossierId: number, roundId: number): Promise<boolean> {
  return Boolean(
    await queryOne(tx, rowShape({ n: 'int' }), sql`SELECT 1 AS n FROM round_dossier WHERE dossier_id = ${dossierId} AND round_id <> ${roundId} LIMIT 1`),
  );
}

export async function deleteRoundDossier(tx: EntityManager, roundId: number, dossierId: number): Promise<void> {
  await execute(tx, sql`DELETE FROM round_dossier WHERE round_id = ${roundId} AND dossier_id = ${dossierId}`);
}

export async function setRoundDossier(tx: EntityManager, roundId: number, dossierId: number, values: Sql): Promise<void> {
  await execute(tx, sql`UPDATE round_dossier SET ${values} WHERE round_id = ${roundId} AND dossier_id = ${dossierId}`);
}

const SHEET_ROW = entityRow(ScoreSheet);

/** One member's sheet for one dossier, locked for a change. */
export function lockSheet(tx: EntityManager, roundId: number, dossierId: number, memberId: number): Promise<ScoreSheet | undefined> {
  return queryOne(
    tx,
    SHEET_ROW,
    sql`SELECT ${selectColumns(tx, ScoreSheet, 's')} FROM score_sheet s
        WHERE s.round_id = ${roundId} AND s.dossier_id = ${dossierId} AND s.member_id = ${memberId} FOR UPDATE OF s`,
  );
}

export interface SheetValues {
  roundId: number;
  dossierId: number;
  memberId: number;
  scores: Record<string, number>;
  parts: { A: string; B: string; C: string };
  submitted: boolean;
  source: string;
}

/** Writes a member's sheet; a submitted sheet keeps its first submission time. */
export function upsertSheet(tx: EntityManager, v: SheetValues): Promise<ScoreSheet | undefined> {
  return queryOne(
    tx,
    SHEET_ROW,
    sql`WITH written AS (
          INSERT INTO score_sheet AS s (round_id, dossier_id, member_id, scores, score_a, score_b, score_c, submitted_at, source)
          VALUES (${v.roundId}, ${v.dossierId}, ${v.memberId}, ${JSON.stringify(v.scores)}, ${v.parts.A}, ${v.parts.B}, ${v.parts.C},
                  ${v.submitted ? sql`now()` : sql`NULL`}, ${v.source})
          ON CONFLICT (round_id, dossier_id, member_id) DO UPDATE SET
            scores = EXCLUDED.scores, score_a = EXCLUDED.score_a, score_b = EXCLUDED.score_b, score_c = EXCLUDED.score_c,
            submitted_at = CASE WHEN ${v.submitted} THEN COALESCE(s.submitted_at, now()) END,
            source = EXCLUDED.source, version = s.version + 1, updated_at = now()
          RETURNING ${selectColumns(tx, ScoreSheet, 's')})
        SELECT * FROM written`,
  );
}

/** Removes a member's sheets for the dossiers of a subject (a conflict declared after scoring began); the ids removed. */
export async function deleteSheetsOfSubject(tx: EntityManager, memberId: number, subjectId: number): Promise<number[]> {
  const rows = await queryRows(
    tx,
    rowShape({ id: 'int' }),
    sql`WITH gone AS (DELETE FROM score_sheet s USING dossier d, product p
                      WHERE s.member_id = ${memberId} AND d.id = s.dossier_id AND p.id = d.product_id AND p.subject_id = ${subjectId} RETURNING s.id)
        SELECT id FROM gone`,
  );
  return rows.map((r) => r.id);
}

/** Every sheet of a round: only ever called once the seal is lifted, or for the viewer's own. */
export function sheetsOfRound(db: Db, roundId: number, memberId: number | null = null): Promise<ScoreSheet[]> {
  return queryRows(
    db,
    SHEET_ROW,
    sql`SELECT ${selectColumns(db, ScoreSheet, 's')} FROM score_sheet s
        WHERE s.round_id = ${roundId} ${memberId === null ? sql`` : sql`AND s.member_id = ${memberId}`} ORDER BY s.dossier_id, s.member_id`,
  );
}

const PROGRESS_ROW = rowShape({ _key: 'int', dossierId: 'int', submitted: 'int', drafts: 'int' });

/**
 * Loaders for a round's parts. `sheetsByRound` holds every member's scores:
 * the resolvers hand them out only once the seal is lifted, or the viewer's
 * own (council.resolver.ts).
 */
export function createCouncilLoaders(db: Db) {
  const byRound = <T extends { roundId: number }>(load: (ids: readonly number[]) => Promise<T[]>) =>
    new DataLoader<number, T[]>(async (ids) => {
      const rows = await load(ids);
      return ids.map((id) => rows.filter((r) => r.roundId === id));
    });
  return {
    membersByRound: groupLoader<CouncilMember>(db, CouncilMember, 'round_id', { orderBy: 't.id' }),
    conflictsByRound: byRound((ids) => conflictsOfRounds(db, ids)),
    dossiersByRound: byRound((ids) => dossiersOfRounds(db, ids)),
    sheetsByRound: groupLoader<ScoreSheet>(db, ScoreSheet, 'round_id', { orderBy: 't.dossier_id, t.member_id' }),
    councilRoundById: new DataLoader<number, CouncilRound | null>(async (ids) => {
      const rows = await queryRows(
        db,
        entityRow(CouncilRound),
        sql`SELECT ${selectColumns(db, CouncilRound, 'c')} FROM council_round c WHERE c.id = ANY(${[...ids]}::int[])`,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    roundDossiersByDossier: new DataLoader<number, RoundDossier[]>(async (ids) =>
      groupByKey(
        ids,
        await queryRows(
          db,
          entityRow(RoundDossier).with({ _key: 'int' }),
          sql`SELECT ${selectColumns(db, RoundDossier, 'rd')}, rd.dossier_id AS "_key" FROM round_dossier rd WHERE rd.dossier_id = ANY(${[...ids]}::int[]) ORDER BY rd.round_id`,
        ),
      ),
    ),
    sheetCountsByRound: new DataLoader<number, RowType<typeof PROGRESS_ROW>[]>(async (ids) =>
      groupByKey(
        ids,
        await queryRows(
          db,
          PROGRESS_ROW,
          sql`SELECT s.round_id AS "_key", s.dossier_id AS "dossierId",
                     count(*) FILTER (WHERE s.submitted_at IS NOT NULL)::int AS submitted, count(*) FILTER (WHERE s.submitted_at IS NULL)::int AS drafts
              FROM score_sheet s WHERE s.round_id = ANY(${[...ids]}::int[]) GROUP BY s.round_id, s.dossier_id`,
        ),
      ),
    ),
  };
}
