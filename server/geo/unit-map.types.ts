import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AdminUnit } from './admin-unit.entity.ts';

export enum AttributionRule {
  split = 'split',
  predecessor = 'predecessor',
  parent = 'parent',
}
registerEnumType(AttributionRule, {
  name: 'AttributionRule',
  description: 'The documented rule by which a unit’s records count in a unit of another map (docs/administration.md).',
  valuesConfig: {
    split: { description: 'The unit was split between several new units: all its records count in the first part the official mapping lists (its successor).' },
    predecessor: {
      description: 'A unit created later, on an earlier map: its records count in the unit it took over whose code it kept, else the one with the lowest code.',
    },
    parent: { description: 'No successor or predecessor link: its records count where its parent’s do.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A unit whose records a figure counts by a rule rather than as recorded: the figure rests on that choice.' })
export class UnitAttribution {
  @Field(() => AdminUnit, { description: 'The unit the records were entered against.' })
  unit: AdminUnit;

  @Field(() => AdminUnit, { description: 'The unit of the map they count in.' })
  countedIn: AdminUnit;

  @Field(() => AttributionRule, { description: 'The rule.' })
  rule: AttributionRule;
}
