import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { LabelText } from '../labels/label.types.ts';
import type { Label } from '../labels/language.ts';

export enum ReevaluationStatus {
  due = 'due',
  overdue = 'overdue',
  in_progress = 'in_progress',
  done = 'done',
}
registerEnumType(ReevaluationStatus, {
  name: 'ReevaluationStatus',
  description: 'Where the re-evaluation of an expiring certificate stands (docs/ocop-cycle.md, "Re-evaluation before expiry").',
  valuesConfig: {
    due: { description: 'Its filing window is open: the re-evaluation dossier is to be filed between windowOpensOn and lastDayToFile.' },
    overdue: { description: 'The last day to file has passed and no re-evaluation dossier was registered.' },
    in_progress: { description: 'A re-evaluation dossier is registered for the product and not yet decided.' },
    done: { description: 'The product holds a newer certificate.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'The filing window of a re-evaluation, as the rule set in force today sets it.' })
export class ReevaluationWindow {
  @Field(() => String, { description: 'The rule set whose window applies (the one in force today).' })
  ruleSetId: string;

  @Field(() => Int, { description: 'The dossier is filed no earlier than this many days before the certificate expires.' })
  opensDaysBeforeExpiry: number;

  @Field(() => Int, { description: 'And no later than this many days before it expires.' })
  closesDaysBeforeExpiry: number;

  @Field(() => LabelText, { description: 'Where the decision says so.' })
  citation: Label;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A certificate in or past its re-evaluation window: a work item for the product’s commune, with where it stands.',
})
export class ReevaluationItem {
  @Field(() => Int, { description: 'Id of the certificate.' })
  certificateId: number;

  @Field(() => Int, { description: 'Id of the product (registerProduct or startReevaluation take it).' })
  productId: number;

  @Field(() => String, { description: 'Product code.' })
  productCode: string;

  @Field(() => String, { description: 'Product name.' })
  productName: string;

  @Field(() => Int, { description: 'Stars of the certificate.' })
  stars: number;

  @Field(() => String, { description: 'Number of the decision that issued it.' })
  decisionNumber: string;

  @Field(() => LocalDate, { description: 'Day of that decision.' })
  decidedOn: string;

  @Field(() => LocalDate, { description: 'Last day of its validity (certificate_validity).' })
  expiresOn: string;

  @Field(() => Boolean, { description: 'Whether it is the product’s valid certificate today (certificate_validity).' })
  validToday: boolean;

  @Field(() => LocalDate, { description: 'Due from: the first day the re-evaluation dossier may be filed.' })
  windowOpensOn: string;

  @Field(() => LocalDate, { description: 'The last day to file it.' })
  lastDayToFile: string;

  @Field(() => ReevaluationStatus, { description: 'Due, overdue, in progress or done.' })
  status: ReevaluationStatus;

  @Field(() => Int, { nullable: true, description: 'Id of the re-evaluation dossier under way (in_progress), if the viewer may read it.' })
  dossierId: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'Decision day of the newer certificate (done).' })
  renewedOn: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The re-evaluation work items of a unit, with the window they were computed by.' })
export class ReevaluationWork {
  @Field(() => ReevaluationWindow, { nullable: true, description: 'The window applied; null when the rule set in force today sets none.' })
  window: ReevaluationWindow | null;

  @Field(() => LocalDate, { description: 'The day the statuses are read on (today).' })
  asOf: string;

  @Field(() => [ReevaluationItem], { description: 'The items, soonest last day to file first (at most 500).' })
  items: ReevaluationItem[];
}
