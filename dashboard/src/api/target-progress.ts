// Progress of every target and milestone of a plan on a date, computed by the server.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { PlanProgress } from './types.ts';
import { useQuery } from './use-query.ts';

const UNIT = 'code name type validTo';

export const TARGET_PROGRESS_QUERY = `query DashboardTargetProgress($planId: Int!, $asOf: LocalDate) {
  targetProgress(planId: $planId, asOf: $asOf) {
    asOf
    plan {
      id key year title periodStart periodEnd issuer { ${UNIT} }
      budgetAllocations { id source amount year activity note recipientUnit { ${UNIT} } }
    }
    targets {
      target { id key wording dueDate params scopeUnit { ${UNIT} } }
      metric { id version labelVi labelEn }
      asOf unit actual targetMin targetMax ratio expectedToDate forecast status sourceRows
      series { date actual expected }
      districts {
        target { id scopeUnit { ${UNIT} } }
        actual targetMin targetMax ratio status
      }
    }
    milestones {
      status doneOn late
      milestone { id key kind title wording deadline doneOn scopeUnit { ${UNIT} } }
    }
  }
}`;

export interface TargetProgressVariables {
  planId: number;
  asOf: string;
}

export async function fetchTargetProgress(v: TargetProgressVariables, options?: RequestOptions): Promise<PlanProgress | null> {
  const data = await gqlRequest<{ targetProgress: PlanProgress | null }>(TARGET_PROGRESS_QUERY, v, options);
  return data.targetProgress;
}

export function useTargetProgress(v: TargetProgressVariables | null) {
  return useQuery('targetProgress', fetchTargetProgress, v);
}
