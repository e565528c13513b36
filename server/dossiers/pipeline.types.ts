import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { LabelText } from '../labels/label.types.ts';
import type { Label } from '../labels/language.ts';
import { MetricInfo } from '../metrics/metric.types.ts';
import { DossierState } from './dossier.entity.ts';

@ObjectType({ simpleResolvers: true, description: 'How many dossiers of the unit stand at one state.' })
export class PipelineStateCount {
  @Field(() => DossierState, { description: 'The state.' })
  state: DossierState;

  @Field(() => Int, {
    description: 'Dossiers at that state now; for the end states (decided, withdrawn), those that reached it within the year.',
  })
  dossiers: number;
}

@ObjectType({ simpleResolvers: true, description: 'How long dossiers stayed at one state, read from their history (dossier_event).' })
export class PipelineStage {
  @Field(() => DossierState, { description: 'The state (the stage).' })
  state: DossierState;

  @Field(() => Int, { description: 'Dossiers that left this state within the year: the durations are theirs.' })
  dossiers: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median days a dossier stayed at the state (a dossier at it twice, e.g. returned and submitted again, counts its days added up); null when none left it.',
  })
  medianDays: number | null;

  @Field(() => Int, { nullable: true, description: 'The longest stay, in days; null when none left it.' })
  longestDays: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The pipeline’s forecast of new products of 3★ or more in a year: those recognised so far, plus the dossiers whose council result (an average in the 3★ band) awaits the competent level; the dossiers still earlier in the pipeline are given apart, never added in.',
})
export class PipelineForecast {
  @Field(() => MetricInfo, { description: 'The metric whose figure the forecast starts from (new_certified_products, 3★ or more, this year).' })
  metric: MetricInfo;

  @Field(() => Int, { description: 'Products recognised this year so far: the metric’s value from 1 January to the date.' })
  recognised: number;

  @Field(() => Int, {
    description:
      'Dossiers of products not yet holding a 3★+ certificate whose round is closed or finalised with an average of at least the 3★ band (50 points), not yet approved.',
  })
  awaitingApproval: number;

  @Field(() => Int, { description: 'recognised + awaitingApproval: the products the year will have if the competent level approves those results.' })
  forecast: number;

  @Field(() => Int, {
    description:
      'Dossiers of such products still earlier in the pipeline (registered, returned, complete, checked, in a round not yet closed, forwarded): possible, not counted in the forecast.',
  })
  earlierInPipeline: number;

  @Field(() => LabelText, { description: 'How the forecast is made, in Vietnamese and English.' })
  explanation: Label;
}

@ObjectType({ simpleResolvers: true, description: 'A unit’s dossiers by state, the time each stage takes and the forecast of new 3★+ products.' })
export class DossierPipeline {
  @Field(() => AdminUnit, { description: 'The province or commune.' })
  unit: AdminUnit;

  @Field(() => Int, { description: 'The year of the durations and the forecast.' })
  year: number;

  @Field(() => LocalDate, { description: 'The day of the figures (today).' })
  asOf: string;

  @Field(() => LocalDate, { nullable: true, description: 'The map whose units the dossiers are counted in (null: as recorded).' })
  mapOn: string | null;

  @Field(() => [PipelineStateCount], { description: 'Every state, in the order of the cycle.' })
  states: PipelineStateCount[];

  @Field(() => [PipelineStage], { description: 'Every state a dossier passes through on its way (not the end states), in the order of the cycle.' })
  stages: PipelineStage[];

  @Field(() => PipelineForecast, { nullable: true, description: 'The forecast of new 3★+ products: for the current year only (null for another).' })
  forecast: PipelineForecast | null;
}
