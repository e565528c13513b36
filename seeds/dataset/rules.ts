// The score-part maxima of the rule set an evaluation of a given day falls
// under, read from seeds/rules/rule-sets.json as the hub reads it, so every
// illustrative evaluation fits the real rules (the database refuses any that
// does not). The choice mirrors the database function rule_set_on: among the
// sets in force that day, the newest.
import { ruleSetRows } from '../../server/rules/rule-set-source.ts';
import { iso, type Day } from './dates.ts';

export interface PartMaxima {
  a: number;
  b: number;
  c: number;
}

const NEWEST_FIRST = ruleSetRows().sort((x, y) => y.effective_from.localeCompare(x.effective_from));

export function partMaxima(day: Day): PartMaxima {
  const date = iso(day);
  const rs = NEWEST_FIRST.find((r) => r.effective_from <= date && (r.effective_to === null || r.effective_to >= date));
  if (!rs) throw new Error(`seed: no OCOP rule set applies on ${date}`);
  const max = (part: string) => rs.parts.find((p) => p.part === part)!.maxPoints;
  return { a: max('A'), b: max('B'), c: max('C') };
}
