import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../audit/audit.types.ts';
import { LocalDate } from '../common/scalars.ts';
import { DeletedAt, RowVersion } from '../db/columns.ts';

export enum DossierKind {
  first = 'first',
  upgrade = 'upgrade',
  reevaluation = 'reevaluation',
}
registerEnumType(DossierKind, {
  name: 'DossierKind',
  description: 'Why the product is evaluated (QĐ 26/2026 Điều 6 khoản 1).',
  valuesConfig: {
    first: { description: 'Đánh giá lần đầu: first evaluation.' },
    upgrade: { description: 'Nâng hạng: a certified product asks for more stars.' },
    reevaluation: { description: 'Đánh giá lại: its certificate reaches the end of its 36 months.' },
  },
});

export enum DossierState {
  registered = 'registered',
  returned = 'returned',
  complete = 'complete',
  checked = 'checked',
  in_round = 'in_round',
  forwarded = 'forwarded',
  decided = 'decided',
  withdrawn = 'withdrawn',
}
registerEnumType(DossierState, {
  name: 'DossierState',
  description: 'Where a dossier stands: registered → complete → checked by the commune → in a council round → decided (docs/ocop-cycle.md).',
  valuesConfig: {
    registered: { description: 'Registered at the commune; its documents are being gathered.' },
    returned: { description: 'Returned by the commune with what is missing; to be completed and submitted again.' },
    complete: { description: 'Every required document is there and the dossier is submitted: the commune is to check it.' },
    checked: { description: 'Checked by the commune and forwarded: it waits for a council round.' },
    in_round: { description: 'Assigned to a council round: being scored.' },
    forwarded: { description: 'Scored for more stars than its council’s level recognises: forwarded to the level above (5★: the central council).' },
    decided: { description: 'The competent level decided: recognised with a certificate, or not recognised.' },
    withdrawn: { description: 'Withdrawn by the subject; kept for history.' },
  },
});

export enum DossierOutcome {
  recognised = 'recognised',
  not_recognised = 'not_recognised',
  forwarded = 'forwarded',
}
registerEnumType(DossierOutcome, {
  name: 'DossierOutcome',
  description: 'What the competent level decided on a dossier’s result.',
  valuesConfig: {
    recognised: { description: 'Recognised at 3★ or more: a certificate was issued.' },
    not_recognised: { description: 'Below the certificate’s minimum (1–2★): no certificate.' },
    forwarded: { description: 'Its stars are recognised by a higher level: forwarded there.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'A product’s dossier (hồ sơ) for one evaluation: its documents, its state and its history, from registration at the commune to the decision.',
})
@Entity('dossier')
export class Dossier {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'product_id' })
  productId: number;

  @Field(() => DossierKind, { description: 'First evaluation, upgrade or re-evaluation.' })
  @Column('varchar', { length: 12 })
  kind: DossierKind;

  @Field(() => String, {
    nullable: true,
    description: 'Product set (bộ sản phẩm, ps01–ps26): the scoring sheet the product is scored on; null under 1048, which had none.',
  })
  @Column('varchar', { name: 'product_set_code', length: 4, nullable: true })
  productSetCode: string | null;

  @Field(() => DossierState, { description: 'Where the dossier stands.' })
  @Column('varchar', { length: 12 })
  state: DossierState;

  @Field(() => LocalDate, { description: 'Day the product was registered with its commune.' })
  @Column('date', { name: 'registered_on' })
  registeredOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Day the complete dossier was submitted: it selects the rule set (the set in force that day).' })
  @Column('date', { name: 'submitted_on', nullable: true })
  submittedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Day the commune checked and forwarded it.' })
  @Column('date', { name: 'checked_on', nullable: true })
  checkedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Day of the decision on it.' })
  @Column('date', { name: 'decided_on', nullable: true })
  decidedOn: string | null;

  /** The rule set of the submission (else registration) day. */
  @Column('varchar', { name: 'rule_set_id', length: 20, nullable: true })
  ruleSetId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the commune last returned it.' })
  @Column('text', { name: 'return_reason', nullable: true })
  returnReason: string | null;

  /** Ids of the documents the commune found missing when it returned the dossier. */
  @Column('json', { nullable: true })
  missing: string[] | null;

  /** The commune's assessment: [{code, met, note}]. */
  @Column('json', { name: 'commune_checks', nullable: true })
  communeChecks: { code: string; met: boolean; note: string | null }[] | null;

  @Field(() => DossierOutcome, { nullable: true, description: 'What was decided; null until then.' })
  @Column('varchar', { length: 16, nullable: true })
  outcome: DossierOutcome | null;

  @RowVersion()
  version: number;
}

@ObjectType({ simpleResolvers: true, description: 'A file uploaded to a dossier as one of its documents. Download: GET /files/dossier/<id> with your token.' })
@Entity('dossier_file')
export class DossierFile {
  @Field(() => Int, { description: 'Internal id (the download path’s last part).' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'dossier_id' })
  dossierId: number;

  @Field(() => String, { description: 'The document it is, by its id in the rule data (seeds/rules/dossier-documents.json).' })
  @Column('varchar', { name: 'document_id', length: 60 })
  documentId: string;

  @Field(() => String, { description: 'File name as uploaded (without any folder).' })
  @Column('text', { name: 'file_name' })
  fileName: string;

  @Field(() => String, { description: 'Content type as sniffed from the file’s bytes (application/pdf, image/jpeg, …).' })
  @Column('varchar', { name: 'content_type', length: 100 })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column('int', { name: 'size_bytes' })
  sizeBytes: number;

  @Field(() => String, { description: 'SHA-256 of the content, hexadecimal: the file is stored under it.' })
  @Column('varchar', { length: 64 })
  sha256: string;

  @Field(() => DateTime, { description: 'When it was uploaded.' })
  @Column({ type: 'timestamptz', name: 'uploaded_at', insert: false, update: false })
  uploadedAt: Date;

  @Column('int', { name: 'uploaded_by', nullable: true })
  uploadedBy: number | null;

  @DeletedAt()
  deletedAt: Date | null;

  @RowVersion()
  version: number;
}
