// The periodic report as the API serves it: the document's parts in order
// (header, sections of paragraphs, tables and charts, recipients, signature),
// what was approved, its sources; the same model the DOCX and PDF are drawn from.
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { ApprovalCoverage } from '../approvals/period-approval.types.ts';
import { Plan } from '../plans/plan.entity.ts';
import { ReportBlockKind } from './report-block-kind.ts';
import { ReportDraft } from './report-draft.entity.ts';
import { ReportPeriodCode } from './report-period.ts';

export { ReportBlockKind };

export enum ReportFormat {
  DOCX = 'DOCX',
  PDF = 'PDF',
}
registerEnumType(ReportFormat, {
  name: 'ReportFormat',
  description: 'File format of a periodic report.',
  valuesConfig: {
    DOCX: { description: 'Word document (editable before signing).' },
    PDF: { description: 'PDF (A4, fonts embedded).' },
  },
});

registerEnumType(ReportBlockKind, {
  name: 'ReportBlockKind',
  description: 'What a block of a report section holds.',
  valuesConfig: {
    paragraph: { description: 'A paragraph written from the data.' },
    table: { description: 'A table.' },
    chart: { description: 'A chart (SVG; a PNG in the files).' },
    officer_text: { description: 'Text the officer types (difficulties, proposals); `text` is null until typed.' },
  },
});

export enum ReportSourceKind {
  plan = 'plan',
  metric = 'metric',
  data = 'data',
  rule = 'rule',
}
registerEnumType(ReportSourceKind, {
  name: 'ReportSourceKind',
  description: 'Kind of source a report cites.',
  valuesConfig: {
    plan: { description: 'A plan whose targets and budget the report follows.' },
    metric: { description: 'A metric of the catalogue (id and version) behind figures.' },
    data: { description: 'The records behind the figures, and whether they are illustrative.' },
    rule: { description: 'A legal text the report follows (period windows, layout).' },
  },
});

@ArgsType()
export class ReportArgs {
  @Field(() => String, { description: 'GSO code of the reporting unit (province, district or commune), read on the cut-off date.' })
  unitCode: string;

  @Field(() => ReportPeriodCode, { description: 'Type of period.' })
  period: ReportPeriodCode;

  @Field(() => Int, { description: 'Year of the period (the year its cut-off falls in).' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'Month the period ends in; may be left out for yearly and nine-month reports.' })
  endMonth?: number | null;

  @Field(() => [Int], { nullable: true, description: 'Plans to report on (ids); default every plan that sets something for the unit in the year.' })
  planIds?: number[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'A type of periodic report and its cut-off rule (seeds/rules/reporting.json).' })
export class ReportPeriodRule {
  @Field(() => ReportPeriodCode, { description: 'Type of period.' })
  code: ReportPeriodCode;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  nameVi: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn: string;

  @Field(() => [Int], { description: 'Months a period of this type ends in.' })
  endMonths: number[];

  @Field(() => String, { description: 'The cut-off rule in Vietnamese, as the legal text words it.' })
  ruleVi: string;

  @Field(() => String, { description: 'Where the rule comes from: decree-text, secondary, local-regulation.' })
  basis: string;
}

@ObjectType({ simpleResolvers: true, description: 'The reporting period and its data window (Decree 09/2019/NĐ-CP).' })
export class ReportPeriod {
  @Field(() => ReportPeriodCode, { description: 'Type of period.' })
  code: ReportPeriodCode;

  @Field(() => Int, { description: 'Year.' })
  year: number;

  @Field(() => Int, { description: 'Month the period ends in.' })
  endMonth: number;

  @Field(() => LocalDate, { description: 'First day of the data window.' })
  from: string;

  @Field(() => LocalDate, { description: 'Cut-off: last day of the data window.' })
  to: string;

  @Field(() => String, { description: 'The period in Vietnamese, as the title names it ("năm 2024").' })
  labelVi: string;

  @Field(() => String, { description: 'The period in English.' })
  labelEn: string;

  @Field(() => String, { description: 'The cut-off rule in Vietnamese, as the legal text words it.' })
  ruleVi: string;

  @Field(() => String, { description: 'Where the rule comes from: decree-text, secondary, local-regulation (seeds/rules/README.md).' })
  basis: string;
}

@ObjectType({ simpleResolvers: true, description: 'The document header of Decree 30/2020 (cells 1–5).' })
export class ReportHeader {
  @Field(() => String, { description: 'Quốc hiệu.' })
  nationalTitle: string;

  @Field(() => String, { description: 'Tiêu ngữ.' })
  motto: string;

  @Field(() => [String], { description: 'Issuing body, one line each, upper case ("ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG").' })
  issuingBody: string[];

  @Field(() => String, { description: 'Number and symbol ("Số:      /BC-UBND"): blank number until the office fills it.' })
  numberLine: string;

  @Field(() => String, { description: 'Place and date line.' })
  placeDate: string;

  @Field(() => String, { description: 'Document type ("BÁO CÁO").' })
  documentType: string;

  @Field(() => String, { description: 'Subject line (trích yếu).' })
  summary: string;
}

@ObjectType({ simpleResolvers: true, description: 'A table of a report: cells as printed.' })
export class ReportTable {
  @Field(() => String, { description: 'Caption.' })
  caption: string;

  @Field(() => [String], { description: 'Column headers.' })
  headers: string[];

  @Field(() => [[String]], { description: 'Rows of cells, as printed.' })
  rows: string[][];

  @Field(() => [Int], { description: 'Columns holding figures (right-aligned).' })
  numericColumns: number[];

  @Field(() => [Int], { description: 'Relative column widths.' })
  widths: number[];

  @Field(() => Boolean, { description: 'The last row is a total (printed bold).' })
  totalRow: boolean;

  @Field(() => [String], { description: 'Notes printed under the table.' })
  notes: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A chart of a report.' })
export class ReportChart {
  @Field(() => String, { description: 'Caption.' })
  caption: string;

  @Field(() => String, { description: 'What the chart shows, in words (for readers who cannot see it).' })
  description: string;

  @Field(() => String, { description: 'The chart as SVG (the files embed it as PNG).' })
  svg: string;
}

@ObjectType({ simpleResolvers: true, description: 'One block of a section.' })
export class ReportBlock {
  @Field(() => ReportBlockKind, { description: 'What the block holds.' })
  kind: ReportBlockKind;

  @Field(() => String, { nullable: true, description: 'Text of a paragraph or of the officer’s section (null until typed).' })
  text: string | null;

  @Field(() => ReportTable, { nullable: true, description: 'A table.' })
  table: ReportTable | null;

  @Field(() => ReportChart, { nullable: true, description: 'A chart.' })
  chart: ReportChart | null;
}

@ObjectType({ simpleResolvers: true, description: 'A section of the report body.' })
export class ReportSection {
  @Field(() => String, { description: 'Stable key ("targets", "budget", "difficulties"…).' })
  key: string;

  @Field(() => String, { description: 'Heading as printed ("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU").' })
  heading: string;

  @Field(() => [ReportBlock], { description: 'Blocks in order.' })
  blocks: ReportBlock[];
}

@ObjectType({ simpleResolvers: true, description: 'What was approved of the period’s data.' })
export class ReportApproval {
  @Field(() => Boolean, { description: 'Whether the hub holds approval records for the unit and period.' })
  recorded: boolean;

  @Field(() => ApprovalCoverage, { description: 'The approval of the unit-months behind the report, from its first day to its as-of date.' })
  coverage: ApprovalCoverage;

  @Field(() => String, { description: 'The statement the report prints, in Vietnamese.' })
  statement: string;
}

@ObjectType({ simpleResolvers: true, description: 'A source the report cites.' })
export class ReportSource {
  @Field(() => ReportSourceKind, { description: 'Kind of source.' })
  kind: ReportSourceKind;

  @Field(() => String, { description: 'Title, in Vietnamese.' })
  title: string;

  @Field(() => String, { description: 'Details (document number and date, metric id and version, record counts).' })
  detail: string;
}

@ObjectType({ simpleResolvers: true, description: 'A periodic report of a unit for a period, ready to preview or to write as DOCX/PDF.' })
export class PeriodicReport {
  unitId: number;

  /** "tỉnh Bắc Giang": names the files. */
  unitName: string;

  @Field(() => ReportPeriod, { description: 'The period and its data window.' })
  period: ReportPeriod;

  @Field(() => LocalDate, { description: 'The date every figure is read at: the cut-off, or today while the period runs.' })
  asOf: string;

  @Field(() => [Plan], { description: 'The plans reported on.' })
  plans: Plan[];

  @Field(() => [Plan], { description: 'Every plan that sets something for the unit in the year: what `planIds` may choose from.' })
  availablePlans: Plan[];

  @Field(() => ReportHeader, { description: 'Header.' })
  header: ReportHeader;

  @Field(() => [ReportSection], { description: 'Body sections in order.' })
  sections: ReportSection[];

  @Field(() => [String], { description: 'Recipients ("Nơi nhận"), each line as printed.' })
  recipients: string[];

  @Field(() => [String], { description: 'Signature block lines above the signature (capacity, title).' })
  signerTitle: string[];

  @Field(() => String, { nullable: true, description: 'Signer’s name, when the officer gave it.' })
  signerName: string | null;

  @Field(() => ReportApproval, { description: 'What was approved of the period’s data.' })
  approval: ReportApproval;

  @Field(() => [ReportSource], { description: 'Sources: plans, metrics with versions, data provenance, rules.' })
  sources: ReportSource[];

  @Field(() => Boolean, { description: 'True when some figures come from illustrative (invented) records: the report says so.' })
  illustrative: boolean;

  @Field(() => ReportDraft, { nullable: true, description: 'The officer’s saved part of the report; null before the first save.' })
  draft: ReportDraft | null;
}

@ObjectType({ simpleResolvers: true, description: 'A report file, base64-encoded.' })
export class ReportFile {
  @Field(() => String, { description: 'Suggested file name.' })
  fileName: string;

  @Field(() => String, { description: 'MIME type.' })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  byteSize: number;

  @Field(() => String, { description: 'The file, base64.' })
  base64: string;
}
