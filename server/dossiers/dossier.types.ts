import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { DateTime } from '../audit/audit.types.ts';
import { connectionType, PageArgs } from '../common/connection.ts';
import { LocalDate } from '../common/scalars.ts';
import { LabelText } from '../labels/label.types.ts';
import { ProductGroup } from '../products/product.entity.ts';
import { ProductInput } from '../products/product.inputs.ts';
import { NotBlank } from '../writes/validation.ts';
import { Dossier, DossierFile, DossierKind, DossierState } from './dossier.entity.ts';

export enum DocumentRequirement {
  mandatory = 'mandatory',
  conditional = 'conditional',
  supporting = 'supporting',
  optional = 'optional',
}
registerEnumType(DocumentRequirement, {
  name: 'DocumentRequirement',
  description: 'How firmly the rule set asks for a document (seeds/rules/dossier-documents.json).',
  valuesConfig: {
    mandatory: { description: 'Always required.' },
    conditional: { description: 'Required when its condition holds (e.g. business registration, for subjects that have one); else marked not applicable.' },
    supporting: { description: 'Evidence for the criteria the subject claims: never required for completeness.' },
    optional: { description: '“Nếu có”: never required.' },
  },
});

export enum DocumentStage {
  subject = 'subject',
  forwarding = 'forwarding',
}
registerEnumType(DocumentStage, {
  name: 'DocumentStage',
  description: 'Who adds a document to the dossier.',
  valuesConfig: {
    subject: { description: 'The subject, before the dossier is complete.' },
    forwarding: { description: 'The commune (before July 2025, the district), when it checks and forwards the dossier.' },
  },
});

export enum ChecklistStatus {
  provided = 'provided',
  on_paper = 'on_paper',
  not_applicable = 'not_applicable',
  missing = 'missing',
  not_required = 'not_required',
}
registerEnumType(ChecklistStatus, {
  name: 'ChecklistStatus',
  description: 'Where a checklist item stands.',
  valuesConfig: {
    provided: { description: 'At least one file is uploaded for it.' },
    on_paper: { description: 'Received on paper or as items (the samples).' },
    not_applicable: { description: 'Its condition does not hold for this subject (a conditional document).' },
    missing: { description: 'Required and not there yet.' },
    not_required: { description: 'Supporting or optional, and not there: it does not hold the dossier back.' },
  },
});

export enum DossierItemStatus {
  not_applicable = 'not_applicable',
  on_paper = 'on_paper',
}
registerEnumType(DossierItemStatus, {
  name: 'DossierItemStatus',
  description: 'An answer to a checklist item without a file.',
  valuesConfig: {
    not_applicable: { description: 'A conditional document whose condition does not hold (e.g. a subject without business registration).' },
    on_paper: { description: 'Received on paper or as items: the samples (sản phẩm mẫu), a form signed on paper.' },
  },
});

export enum CommuneCheck {
  origin = 'origin',
  local_labour = 'local_labour',
  idea_origin = 'idea_origin',
  local_identity = 'local_identity',
}
registerEnumType(CommuneCheck, {
  name: 'CommuneCheck',
  description: 'What the commune assesses before forwarding a dossier (QĐ 1489/QĐ-TTg; QĐ 26/2026 Điều 6 khoản 2, Mẫu 03).',
  valuesConfig: {
    origin: { description: 'Nguồn gốc sản phẩm, nguyên liệu địa phương.' },
    local_labour: { description: 'Sử dụng lao động địa phương.' },
    idea_origin: { description: 'Nguồn gốc ý tưởng sản phẩm.' },
    local_identity: { description: 'Bản sắc, trí tuệ địa phương.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One document of a dossier’s checklist: what the rule set asks, and what is there.' })
export class ChecklistItem {
  @Field(() => String, { description: 'Id of the document in the rule data (seeds/rules/dossier-documents.json).' })
  documentId: string;

  @Field(() => LabelText, { description: 'Name of the document.' })
  name: LabelText;

  @Field(() => DocumentStage, { description: 'Who adds it.' })
  stage: DocumentStage;

  @Field(() => DocumentRequirement, { description: 'How firmly it is asked for.' })
  requirement: DocumentRequirement;

  @Field(() => LabelText, { nullable: true, description: 'When a conditional document is required.' })
  condition: LabelText | null;

  @Field(() => Int, { nullable: true, description: 'How many items (the samples: 5); such items are received on paper, not uploaded.' })
  quantity: number | null;

  @Field(() => [String], { description: 'Forms it is written on (Mẫu số 01 Phụ lục III, …).' })
  forms: string[];

  @Field(() => [String], { description: 'Where the rule data found it (source id, locator).' })
  citations: string[];

  @Field(() => ChecklistStatus, { description: 'Where it stands.' })
  status: ChecklistStatus;

  @Field(() => String, { nullable: true, description: 'Note given with an answer without a file.' })
  note: string | null;

  @Field(() => [DossierFile], { description: 'Its files.' })
  files: DossierFile[];
}

@ObjectType({ simpleResolvers: true, description: 'A dossier’s checklist under the rule set of its submission (else registration) day.' })
export class DossierChecklist {
  @Field(() => String, { nullable: true, description: 'The rule set the list comes from.' })
  ruleSetId: string | null;

  @Field(() => String, {
    description: 'How firm the list is: found-official, found-secondary, partial, not-found (148: no list was found; the checklist is then empty).',
  })
  basis: string;

  @Field(() => String, { nullable: true, description: 'Why the list is as it is, where the rule data says (English).' })
  basisNote: string | null;

  @Field(() => [ChecklistItem], { description: 'The documents, subject’s first.' })
  items: ChecklistItem[];

  @Field(() => [String], { description: 'Ids of the required documents still missing from the subject’s part.' })
  missing: string[];

  @Field(() => [String], { description: 'Ids of the required documents the commune still has to add before forwarding.' })
  missingForForwarding: string[];
}

@ObjectType({ simpleResolvers: true, description: 'One change of a dossier’s state: who, when, why.' })
export class DossierEvent {
  @Field(() => DateTime, { description: 'When.' })
  at: Date;

  @Field(() => LocalDate, { description: 'The day in Vietnam.' })
  onDate: string;

  @Field(() => String, { description: 'Login name of who made the change (hidden from analysts: empty).' })
  username: string;

  @Field(() => DossierState, { nullable: true, description: 'State before; null at registration.' })
  fromState: DossierState | null;

  @Field(() => DossierState, { description: 'State after.' })
  toState: DossierState;

  @Field(() => String, { nullable: true, description: 'Why, as given.' })
  reason: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The commune’s finding on one of its checks.' })
export class CommuneCheckResult {
  @Field(() => CommuneCheck, { description: 'What was checked.' })
  code: CommuneCheck;

  @Field(() => Boolean, { description: 'Whether the dossier meets it.' })
  met: boolean;

  @Field(() => String, { nullable: true, description: 'The commune’s note.' })
  note: string | null;
}

export const DossierConnection = connectionType(Dossier, 'Dossier', 'dossiers');
export type DossierConnection = InstanceType<typeof DossierConnection>;

@InputType({ description: 'Which dossiers; all given conditions must hold.' })
export class DossierFilter {
  @Field(() => String, { nullable: true, description: 'GSO code of a province or commune: dossiers of products in it (read on `unitsAsOf`, default today).' })
  @IsOptional()
  @MaxLength(10)
  unitCode?: string | null;

  @Field(() => [DossierState], { nullable: true, description: 'Only in these states (the commune’s queue: registered, returned, complete).' })
  @IsOptional()
  states?: DossierState[] | null;

  @Field(() => DossierKind, { nullable: true, description: 'Only of this kind.' })
  @IsOptional()
  kind?: DossierKind | null;

  @Field(() => Int, { nullable: true, description: 'Only registered in this year.' })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only of this product.' })
  @IsOptional()
  @IsInt()
  productId?: number | null;
}

@ArgsType()
export class DossiersArgs extends PageArgs {
  @Field(() => DossierFilter, { nullable: true, description: 'Filters.' })
  filter?: DossierFilter | null;
}

@InputType({ description: 'A product registered for evaluation through its commune: an existing product of the hub (`productId`) or a new one (`product`).' })
export class RegisterProductInput {
  @Field(() => Int, { nullable: true, description: 'A product already in the hub.' })
  @IsOptional()
  @IsInt()
  productId?: number | null;

  @Field(() => ProductInput, {
    nullable: true,
    description:
      'A product new to the hub, in its commune: status `idea` for a product idea, `registered` for an existing product; registered today unless dated.',
  })
  @IsOptional()
  @ValidateNested()
  product?: ProductInput | null;

  @Field(() => DossierKind, { defaultValue: DossierKind.first, description: 'First evaluation, upgrade or re-evaluation.' })
  kind: DossierKind;

  @Field(() => String, {
    nullable: true,
    description: 'Product set (ps01–ps26) of the product’s group: the sheet it is scored on. Required from Decision 148/QĐ-TTg on; see `productSets`.',
  })
  @IsOptional()
  @MaxLength(4)
  productSetCode?: string | null;
}

@InputType({ description: 'A file for one document of a dossier.' })
export class DossierFileInput {
  @Field(() => String, { description: 'Id of the document in the checklist (ChecklistItem.documentId).' })
  @NotBlank()
  @MaxLength(60)
  documentId: string;

  @Field(() => String, { description: 'File name (folders are dropped).' })
  @NotBlank()
  @MaxLength(255, { message: 'must be at most 255 characters' })
  fileName: string;

  @Field(() => String, { nullable: true, description: 'Declared content type; it must agree with the content, which is sniffed.' })
  @IsOptional()
  @MaxLength(100)
  contentType?: string | null;

  @Field(() => String, { description: 'The file, base64-encoded (at most 5 MB of content: PDF, JPEG, PNG, WebP, DOCX or XLSX).' })
  fileBase64: string;
}

@InputType({ description: 'An answer to a checklist item without a file.' })
export class DossierItemInput {
  @Field(() => String, { description: 'Id of the document in the checklist.' })
  @NotBlank()
  @MaxLength(60)
  documentId: string;

  @Field(() => DossierItemStatus, { nullable: true, description: 'The answer; null clears an earlier one.' })
  @IsOptional()
  status?: DossierItemStatus | null;

  @Field(() => String, { nullable: true, description: 'Why (who has no business registration, how many samples arrived).' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'Why the commune returns a dossier, and what is missing.' })
export class ReturnDossierInput {
  @Field(() => String, { description: 'What the subject must do, in words.' })
  @NotBlank()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  reason: string;

  @Field(() => [String], { defaultValue: [], description: 'Ids of the documents found missing or unusable (besides those the checklist shows missing).' })
  @ArrayMaxSize(100)
  missingDocumentIds: string[];
}

@InputType({ description: 'The commune’s finding on one check.' })
export class CommuneCheckInput {
  @Field(() => CommuneCheck, { description: 'What was checked.' })
  code: CommuneCheck;

  @Field(() => Boolean, { description: 'Whether the dossier meets it.' })
  @IsBoolean()
  met: boolean;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'The commune’s check of a complete dossier before it forwards it (Mẫu 03).' })
export class CheckDossierInput {
  @Field(() => [CommuneCheckInput], { description: 'One finding per check (origin, local labour, idea origin, local identity).' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(4)
  checks: CommuneCheckInput[];

  @Field(() => String, { nullable: true, description: 'Note recorded with the change.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Why a dossier is withdrawn.' })
export class ReasonInput {
  @Field(() => String, { description: 'The reason, recorded with the change.' })
  @NotBlank()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  reason: string;
}

@ObjectType({ simpleResolvers: true, description: 'A product set (bộ sản phẩm): one scoring sheet, within one product group.' })
export class ProductSetInfo {
  @Field(() => String, { description: 'ps01–ps26.' })
  code: string;

  @Field(() => Int, { description: 'Its number in the decision (1–26).' })
  number: number;

  @Field(() => LabelText, { description: 'Name.' })
  name: LabelText;

  @Field(() => ProductGroup, { description: 'The group it belongs to.' })
  group: ProductGroup;
}
