// A metric's parameters checked against the ones it declares: at write time a
// bad one is refused naming `input.params.<name>`, at read time a target stored
// before the rule shows as an invalid definition instead of failing its plan.
import { badInput } from '../common/errors.ts';
import type { Label } from '../labels/language.ts';
import { findMetric, METRICS } from './catalogue.ts';
import type { MetricDefinition, MetricParams, ParamSpec } from './metric-definition.ts';

export interface ParamProblem {
  name: string;
  message: Label;
}

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

function valueProblem(spec: ParamSpec, value: unknown): Label | null {
  if (spec.type === 'int') {
    if (typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max) return null;
    return {
      vi: `phải là số nguyên từ ${spec.min} đến ${spec.max} (${spec.label.vi}), nhận được ${shown(value)}`,
      en: `must be a whole number from ${spec.min} to ${spec.max} (${spec.label.en}), got ${shown(value)}`,
    };
  }
  if (typeof value === 'string' && spec.values.includes(value)) return null;
  return {
    vi: `phải là một trong ${spec.values.join(', ')} (${spec.label.vi}), nhận được ${shown(value)}`,
    en: `must be one of ${spec.values.join(', ')} (${spec.label.en}), got ${shown(value)}`,
  };
}

/** Every parameter that the metric does not declare or whose value it does not accept. */
export function paramProblems(metric: MetricDefinition, params: object): ParamProblem[] {
  const declared = metric.params as Record<string, ParamSpec | undefined>;
  const names = Object.keys(declared);
  const problems: ParamProblem[] = [];
  for (const [name, value] of Object.entries(params)) {
    const spec = declared[name];
    if (!spec) {
      problems.push({
        name,
        message: names.length
          ? {
              vi: `không phải tham số của chỉ số ${metric.id}; tham số hợp lệ: ${names.join(', ')}`,
              en: `is not a parameter of metric ${metric.id}; it takes ${names.join(', ')}`,
            }
          : { vi: `chỉ số ${metric.id} không có tham số nào`, en: `metric ${metric.id} takes no parameters` },
      });
      continue;
    }
    const problem = valueProblem(spec, value);
    if (problem) problems.push({ name, message: problem });
  }
  const { minStars, maxStars } = params as MetricParams;
  if (!problems.length && typeof minStars === 'number' && typeof maxStars === 'number' && maxStars < minStars) {
    problems.push({ name: 'maxStars', message: { vi: `phải không nhỏ hơn minStars (${minStars})`, en: `must be at least minStars (${minStars})` } });
  }
  return problems;
}

/** The metric a query argument names, with parameters it accepts; else BAD_USER_INPUT naming `metric` or `params.<name>`. */
export function requireMetric(id: string, params: object): MetricDefinition {
  const metric = findMetric(id);
  if (!metric) {
    const ids = METRICS.map((m) => m.id).join(', ');
    throw badInput('metric', { vi: `không có chỉ số này trong danh mục; một trong ${ids}`, en: `unknown metric; one of ${ids}` });
  }
  const [problem] = paramProblems(metric, params);
  if (problem) throw badInput(`params.${problem.name}`, problem.message);
  return metric;
}
