// The GraphQL face of a catalogue metric: how a figure is computed, what its
// values are (unit, kind, roll-up) and which parameters it takes, so that no
// client has to guess any of it from the metric's id.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TargetUnit } from '../plans/plan.entity.ts';
import { isRatio, type MetricDefinition, type ParamSpec, type Rollup } from './metric-definition.ts';

export enum MetricKind {
  stock = 'stock',
  flow = 'flow',
  ratio = 'ratio',
}
registerEnumType(MetricKind, {
  name: 'MetricKind',
  description: 'What a metric’s value is, and so how it may be combined.',
  valuesConfig: {
    stock: { description: 'A level on a date (products certified, subjects): values of disjoint units add up; values of different dates do not.' },
    flow: { description: 'What happened from the period start to the date (new products, money paid): values add up across units and periods.' },
    ratio: { description: 'A percentage of two sums (a share, a rate): never added or averaged across units; recomputed from the rows at every level.' },
  },
});

export enum MetricRollup {
  distinct_count = 'distinct_count',
  sum = 'sum',
  ratio_of_sums = 'ratio_of_sums',
  distinct_share = 'distinct_share',
}
registerEnumType(MetricRollup, {
  name: 'MetricRollup',
  description: 'How a metric’s rows aggregate into a value, at any level.',
  valuesConfig: {
    distinct_count: { description: 'Distinct items counted (a product once however many certificates it holds).' },
    sum: { description: 'A sum (exact đồng for money).' },
    ratio_of_sums: { description: '100 × Σ numerator ÷ Σ denominator.' },
    distinct_share: { description: '100 × items meeting the condition ÷ all items.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A parameter a metric declares: targets and comparisons may set it, nothing else.' })
export class MetricParamInfo {
  @Field(() => String, { description: 'Name, e.g. minStars.' })
  name: string;

  @Field(() => String, { description: 'Meaning in Vietnamese.' })
  labelVi: string;

  @Field(() => String, { description: 'Meaning in English.' })
  labelEn: string;

  @Field(() => [String], { nullable: true, description: 'The values it takes, for a choice; null for a whole number.' })
  values: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Smallest value, for a whole number.' })
  min: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest value, for a whole number.' })
  max: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A metric of the catalogue: how a figure is computed, its unit, kind and roll-up.' })
export class MetricInfo {
  @Field(() => String, { description: 'Metric id, e.g. certified_products.' })
  id: string;

  @Field(() => Int, { description: 'Version of the rule; bumped whenever the rule changes.' })
  version: number;

  @Field(() => String, { description: 'Name in Vietnamese; where two metrics attribute the same records differently, the name says how.' })
  labelVi: string;

  @Field(() => String, { description: 'Name in English; where two metrics attribute the same records differently, the name says how.' })
  labelEn: string;

  @Field(() => String, { description: 'The rule, in English.' })
  rule: string;

  @Field(() => String, { description: 'stock (a value on a date) or flow (what happened since the period start): the period behaviour. See also `valueKind`.' })
  kind: string;

  @Field(() => String, { description: 'How values roll up: distinct_count, sum, ratio_of_sums, distinct_share (the same as `rollupMethod`).' })
  rollup: string;

  @Field(() => TargetUnit, { description: 'Unit of the values as read here (percent where a count is read as a share).' })
  unit: TargetUnit;

  @Field(() => MetricKind, { description: 'stock, flow or ratio: whether values may be added across units.' })
  valueKind: MetricKind;

  @Field(() => MetricRollup, { description: 'How the rows aggregate into a value.' })
  rollupMethod: MetricRollup;

  @Field(() => [MetricParamInfo], { description: 'The parameters the metric takes; any other is refused.' })
  params: MetricParamInfo[];

  @Field(() => String, {
    nullable: true,
    description: 'Id of the metric that reads the same figure another way (a cumulative count "valid on the date" or "recognised to date").',
  })
  otherReading: string | null;

  /** A metric id a target names that the catalogue does not hold (stored before the rule): described, never computed. */
  static unknown(id: string, unit: TargetUnit): MetricInfo {
    const ratio = unit === TargetUnit.percent;
    return Object.assign(new MetricInfo(), {
      id,
      version: 0,
      labelVi: `Chỉ số không có trong danh mục: ${id}`,
      labelEn: `Metric not in the catalogue: ${id}`,
      rule: 'Not in the metric catalogue (version 0): nothing is computed for it.',
      kind: 'stock',
      rollup: ratio ? 'ratio_of_sums' : 'distinct_count',
      unit,
      valueKind: ratio ? MetricKind.ratio : MetricKind.stock,
      rollupMethod: ratio ? MetricRollup.ratio_of_sums : MetricRollup.distinct_count,
      params: [],
      otherReading: null,
    });
  }

  static of(m: MetricDefinition, rollup: Rollup = m.rollup): MetricInfo {
    const ratio = isRatio(rollup);
    return Object.assign(new MetricInfo(), {
      id: m.id,
      version: m.version,
      labelVi: m.label.vi,
      labelEn: m.label.en,
      rule: m.rule,
      kind: m.kind,
      rollup,
      unit: ratio ? TargetUnit.percent : (m.unit as TargetUnit),
      valueKind: ratio ? MetricKind.ratio : (m.kind as MetricKind),
      rollupMethod: rollup as MetricRollup,
      params: Object.entries(m.params as Record<string, ParamSpec>).map(([name, spec]) =>
        Object.assign(new MetricParamInfo(), {
          name,
          labelVi: spec.label.vi,
          labelEn: spec.label.en,
          values: spec.type === 'choice' ? [...spec.values] : null,
          min: spec.type === 'int' ? spec.min : null,
          max: spec.type === 'int' ? spec.max : null,
        }),
      ),
      otherReading: m.otherReading ?? null,
    });
  }
}
