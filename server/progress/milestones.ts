// Whether a plan's milestones were met: recorded completion, or for an
// evaluation-round milestone the rounds held for its deadline. Pure functions,
// the rules written in docs/targets.md.
import type { Milestone } from '../plans/plan.entity.ts';
import type { RoundHeld } from './progress.repository.ts';
import { MilestoneProgress, MilestoneStatus } from './progress.types.ts';

const ROUND_LEVEL: Record<string, string> = { district_round: 'district', province_round: 'province', central_round: 'central' };

export function milestoneStatus(deadline: string, doneOn: string | null, asOf: string): MilestoneStatus {
  if (doneOn !== null) return doneOn > deadline ? MilestoneStatus.done_late : MilestoneStatus.done;
  if (deadline === asOf) return MilestoneStatus.due;
  return deadline < asOf ? MilestoneStatus.overdue : MilestoneStatus.pending;
}

/**
 * Recorded completion, or for an evaluation-round milestone the day the last
 * council met among the rounds of its level, inside its scope, held for its
 * deadline (a round's own deadline): never an earlier round held for another.
 */
export function milestoneProgress(milestones: Milestone[], rounds: RoundHeld[], asOf: string): MilestoneProgress[] {
  return milestones.map((m) => {
    const level = ROUND_LEVEL[m.kind];
    const held = level
      ? rounds.find((r) => r.planId === m.planId && r.scopeUnitId === m.scopeUnitId && r.level === level && r.deadline === m.deadline)
      : undefined;
    const recorded = m.doneOn ?? (held?.allHeld ? held.heldOn : null);
    const doneOn = recorded !== null && recorded <= asOf ? recorded : null;
    return Object.assign(new MilestoneProgress(), {
      milestone: m,
      status: milestoneStatus(m.deadline, doneOn, asOf),
      doneOn,
      late: doneOn !== null && doneOn > m.deadline,
    });
  });
}
