// A target's definition checked against the catalogue: its metric must exist
// and its parameters be ones the metric declares, with values it accepts
// (issue 11). Target writes refuse a bad one naming the field; progress shows a
// target stored before the rule as an invalid definition in its own row.
import { joinLabels, type Label } from '../labels/language.ts';
import { findMetric } from '../metrics/catalogue.ts';
import { paramProblems } from '../metrics/metric-params.ts';

export interface DefinitionProblem {
  /** Under the target: "metric", "params.minStars". */
  field: string;
  message: Label;
}

/** `each: "district"` breaks a target down by district; the plan loader and writers set it beside the metric's own parameters. */
const BREAKDOWNS = ['district'];

export function targetDefinitionProblems(metricId: string, params: Record<string, unknown>): DefinitionProblem[] {
  const metric = findMetric(metricId);
  if (!metric) {
    return [
      {
        field: 'metric',
        message: {
          vi: `"${metricId}" không có trong danh mục chỉ số (xem truy vấn metrics)`,
          en: `"${metricId}" is not in the metric catalogue (see the metrics query)`,
        },
      },
    ];
  }
  const { each, ...own } = params;
  const problems = paramProblems(metric, own).map((p) => ({ field: `params.${p.name}`, message: p.message }));
  if (each !== undefined && !BREAKDOWNS.includes(each as string)) {
    problems.push({
      field: 'params.each',
      message: { vi: `chỉ nhận "district", nhận được ${JSON.stringify(each)}`, en: `takes only "district", got ${JSON.stringify(each)}` },
    });
  }
  return problems;
}

/** The problems as one reason, field by field. */
export function definitionReason(problems: DefinitionProblem[]): Label {
  return joinLabels(problems.map((p) => ({ vi: `${p.field}: ${p.message.vi}`, en: `${p.field}: ${p.message.en}` })));
}
