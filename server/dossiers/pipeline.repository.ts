// All SQL of the pipeline figures: dossiers by state, the days each stage
// takes (from dossier_event) and the dossier counts behind the forecast of new
// 3★+ products. These are counts, read within the viewer's read scope like
// every other figure; no dossier's content leaves here.
import sql from 'sql-template-tag';
import { andReadScope } from '../auth/viewer.ts';
import { queryRows, type Db } from '../db/sql.ts';
import { oneOf, rowShape } from '../db/rows.ts';
import { unitClosure } from '../geo/unit-map.repository.ts';
import { withinUnitId } from '../geo/unit-scope.ts';
import { DossierState } from './dossier.entity.ts';

/** Dossiers (alias `d`) whose product lies in the unit, on the map of `mapOn`, within the read scope. */
const unitDossiers = (unitId: number, mapOn: string | null) =>
  sql`SELECT d.id, d.state FROM dossier d JOIN product p ON p.id = d.product_id
      WHERE ${withinUnitId(sql`p.unit_id`, unitId, mapOn)} ${andReadScope(sql`p.unit_id`)}`;

const FIGURE_ROW = rowShape({
  kind: 'text',
  state: oneOf(DossierState),
  dossiers: 'int',
  median: 'numeric?',
  longest: 'int?',
});

/**
 * In one statement: dossiers at each state now (the end states: reached within
 * the year), and per state the dossiers that left it within the year with the
 * median and longest days they stayed (a state's stay ends at the next event).
 */
export function pipelineFigures(db: Db, unitId: number, mapOn: string | null, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return queryRows(
    db,
    FIGURE_ROW,
    sql`WITH d AS (${unitDossiers(unitId, mapOn)}),
        ev AS (SELECT e.dossier_id, e.to_state, e.on_date, lead(e.on_date) OVER (PARTITION BY e.dossier_id ORDER BY e.id) AS left_on
               FROM dossier_event e WHERE e.dossier_id IN (SELECT id FROM d)),
        stay AS (SELECT dossier_id, to_state AS state, sum(left_on - on_date)::int AS days
                 FROM ev WHERE left_on BETWEEN ${from}::date AND ${to}::date GROUP BY dossier_id, to_state)
        SELECT 'state' AS kind, d.state, count(*)::int AS dossiers, NULL::numeric AS median, NULL::int AS longest
        FROM d
        WHERE d.state NOT IN ('decided', 'withdrawn')
           OR (SELECT max(e.on_date) FROM dossier_event e WHERE e.dossier_id = d.id) BETWEEN ${from}::date AND ${to}::date
        GROUP BY d.state
        UNION ALL
        SELECT 'stage', state, count(*)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::numeric, max(days)
        FROM stay GROUP BY state`,
  );
}

const FORECAST_ROW = rowShape({ unitId: 'int', awaiting: 'int', earlier: 'int' });
export type ForecastCounts = { awaiting: number; earlier: number };

/**
 * For each unit, the dossiers under way of products holding no 3★+ certificate
 * (the new-3★+ metric counts a product's first one): those whose round is
 * closed or finalised with an average of at least the 3★ band of their rule
 * set, and those earlier in the pipeline. A round still scoring is sealed:
 * its sheets are never read here.
 */
export async function forecastCounts(db: Db, unitIds: number[], mapOn: string | null): Promise<Map<number, ForecastCounts>> {
  const rows = await queryRows(
    db,
    FORECAST_ROW,
    sql`WITH open AS (
          SELECT d.id, p.unit_id, c.state AS round_state,
                 CASE c.state
                   WHEN 'finalised' THEN (SELECT e.total_score FROM evaluation e WHERE e.id = rd.evaluation_id)
                   WHEN 'closed' THEN (SELECT floor(avg(s.total) * 100) / 100 FROM score_sheet s
                                       WHERE s.round_id = rd.round_id AND s.dossier_id = d.id AND s.submitted_at IS NOT NULL)
                 END AS average,
                 (SELECT (b->>'minPoints')::numeric FROM rule_set rs CROSS JOIN jsonb_array_elements(rs.bands) b
                  WHERE rs.id = rd.rule_set_id AND (b->>'stars')::int = rs.certificate_min_stars) AS band
          FROM dossier d JOIN product p ON p.id = d.product_id
          LEFT JOIN round_dossier rd ON rd.dossier_id = d.id AND rd.outcome IS NULL AND d.state = 'in_round'
          LEFT JOIN council_round c ON c.id = rd.round_id
          WHERE d.state NOT IN ('decided', 'withdrawn') ${andReadScope(sql`p.unit_id`)}
            AND NOT EXISTS (SELECT 1 FROM certificate k WHERE k.product_id = d.product_id AND k.deleted_at IS NULL AND k.stars >= 3))
        SELECT cl.ancestor_id AS "unitId",
               count(*) FILTER (WHERE o.round_state IN ('closed', 'finalised') AND o.average >= o.band)::int AS awaiting,
               count(*) FILTER (WHERE o.round_state IS NULL OR o.round_state NOT IN ('closed', 'finalised'))::int AS earlier
        FROM open o JOIN ${unitClosure(mapOn)} cl ON cl.descendant_id = o.unit_id AND cl.ancestor_id = ANY(${unitIds}::int[])
        GROUP BY cl.ancestor_id`,
  );
  const counts = new Map<number, ForecastCounts>(unitIds.map((id) => [id, { awaiting: 0, earlier: 0 }]));
  for (const r of rows) counts.set(r.unitId, { awaiting: r.awaiting, earlier: r.earlier });
  return counts;
}
