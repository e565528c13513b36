// The periodic report of Decree 09/2019 in the layout of Decree 30/2020: the
// Bắc Giang 2024 yearly report, opened as DOCX (its XML, and a DOCX reader) and
// PDF (its text, through pdf.js), must carry every target's figure as the
// progress API computes it, the plan's budget total in figures and in words,
// and the period's dates; the officer's text is saved, versioned, audited and
// printed; a viewer only gets reports of units they may read.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';
import { readDocx, readPdf, squash, type DocxContent, type PdfContent } from '../support/report-files.ts';
import { MAX_QUEUED_FILES } from '../../server/reports/report-files.ts';
import { badFields, errorOf, makeViewers, unitId, type Viewers } from './mutations-support.ts';

const FILE = `query ($unitCode: String!, $period: ReportPeriodCode!, $year: Int!, $endMonth: Int, $format: ReportFormat!) {
  periodicReportFile(unitCode: $unitCode, period: $period, year: $year, endMonth: $endMonth, format: $format) { fileName contentType byteSize base64 }
}`;

const PREVIEW = `query ($unitCode: String!, $period: ReportPeriodCode!, $year: Int!, $endMonth: Int) {
  periodicReport(unitCode: $unitCode, period: $period, year: $year, endMonth: $endMonth) {
    unit { code name } asOf period { from to labelVi }
    header { issuingBody numberLine placeDate documentType summary }
    sections { key heading blocks { kind text table { caption headers rows } chart { caption description svg } } }
    recipients signerTitle signerName approval { recorded statement } illustrative
    sources { kind title detail }
    draft { id version difficulties proposals documentNumber issuedOn }
  }
}`;

const KPIS = `query { kpis(unitCode: "24", year: 2024, asOf: "2024-12-14") {
  target { key } actual targetMin ratio status final otherReading { metric { labelVi } actual }
  districts { target { key } actual targetMin ratio status }
} }`;

const SAVE = `mutation ($input: ReportDraftInput!) { createReportDraft(input: $input) { id version difficulties } }`;
const UPDATE = `mutation ($id: Int!, $version: Int!, $input: ReportDraftInput!) { updateReportDraft(id: $id, version: $version, input: $input) { id version difficulties } }`;

const YEARLY_2024 = { unitCode: '24', period: 'year', year: 2024 };

// The reader's way of writing figures: Vietnamese grouping and decimal comma.
const vi = (n: number, digits = 1) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
const pct = (ratio: number) => `${vi(ratio * 100)}%`;

interface Progress {
  target: { key: string };
  actual: number;
  targetMin: number;
  ratio: number;
  status: string;
  final: boolean;
  otherReading: { metric: { labelVi: string }; actual: number } | null;
  districts: Progress[];
}

/** The verdict cell the report writes for a status of the progress API (the ones short enough to stay on one line of the PDF). */
const verdictCell = (p: Progress): string | null =>
  p.status === 'on_track' && p.actual >= p.targetMin ? 'Đã đạt mức kế hoạch trước thời hạn' : p.status === 'off_track' ? 'Chậm so với tiến độ' : null;

let db: DataSource;
let viewers: Viewers;
let kpis: Record<string, Progress>;

async function file(variables: Record<string, unknown>, format: 'DOCX' | 'PDF', viewer = viewers.admin) {
  const { data } = await gql(db, FILE, { ...variables, format }, viewer);
  const f = data.periodicReportFile;
  const bytes = Buffer.from(f.base64, 'base64');
  expect(bytes.length).toBe(f.byteSize);
  return { ...f, bytes };
}

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  viewers = await makeViewers(db);
  const { data } = await gql(db, KPIS);
  kpis = Object.fromEntries(data.kpis.map((p: Progress) => [p.target.key, p]));
});

describe('the Bắc Giang 2024 yearly report', () => {
  let docx: DocxContent;
  let pdf: PdfContent;
  let names: string[];

  beforeAll(async () => {
    const [d, p] = await Promise.all([file(YEARLY_2024, 'DOCX'), file(YEARLY_2024, 'PDF')]);
    expect(d).toMatchObject({
      fileName: 'Bao-cao-OCOP-tinh-Bac-Giang-nam-2024.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(p).toMatchObject({ fileName: 'Bao-cao-OCOP-tinh-Bac-Giang-nam-2024.pdf', contentType: 'application/pdf' });
    docx = await readDocx(d.bytes);
    pdf = await readPdf(p.bytes);
    names = (await db.query(`SELECT name, type FROM admin_unit WHERE key IN ('213','215','216','217','218','219','220','221','222','223') ORDER BY code`)).map(
      (u: { name: string; type: string }) => `${u.type} ${u.name}`,
    );
  });

  /** Each expectation must be found in the DOCX and in the PDF. */
  const inBoth = (text: string) => {
    expect(squash(docx.text), 'DOCX').toContain(text);
    expect(pdf.text, 'PDF').toContain(text);
  };

  it('opens in a DOCX reader and a PDF reader, on A4 with the decree’s margins and Times-metric type', () => {
    expect(docx.messages).toEqual([]);
    expect(docx.rawText).toContain('BÁO CÁO');
    expect(docx.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 20 mm top and bottom, 30 mm left, 15 mm right (Decree 30/2020, Annex I).
    expect(docx.documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(new TextDecoder().decode(docx.files['word/styles.xml'])).toContain('Times New Roman');
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    for (const [w, h] of pdf.sizes) expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    expect(pdf.fonts.length).toBeGreaterThan(0);
  });

  it('has the header of Decree 30/2020: national title, motto, issuing body, number, place and date, title', () => {
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN',
      'TỈNH BẮC GIANG',
      '/BC-UBND',
      'Bắc Giang, ngày',
      'BÁO CÁO',
      'Kết quả thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) năm 2024',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
    ]) {
      inBoth(text);
    }
    expect(pdf.pageTexts[0]).toMatch(/^ỦY BAN NHÂN DÂN|^CỘNG HÒA/);
  });

  it('states the Decree 09 window, 15/12/2023 – 14/12/2024, and that plan targets are read on its cut-off', () => {
    inBoth('được chốt từ ngày 15/12/2023 đến ngày 14/12/2024');
    inBoth('Các chỉ tiêu kế hoạch được đánh giá tại ngày 14/12/2024');
    inBoth('Các chỉ tiêu có thời hạn sau ngày chốt số liệu (31/12/2024, 31/03/2025)');
    inBoth('Trong kỳ báo cáo (từ ngày 15/12/2023 đến ngày 14/12/2024)');
  });

  it('writes every target’s figure, verdict and other reading as the progress API computes them on the cut-off date', () => {
    const cumulative = kpis['bg2024-cumulative-3star'];
    inBoth(
      `Lũy kế đến ngày 14/12/2024, toàn tỉnh có ${vi(cumulative.actual)} sản phẩm đạt từ 3 sao trở lên, đạt ${pct(cumulative.ratio)} kế hoạch năm (350 sản phẩm)`,
    );
    // Due on 31/12/2024: not final on the cut-off, and the plan's "lũy kế" read the other way too.
    expect(cumulative).toMatchObject({ final: false, status: 'on_track', otherReading: { metric: { labelVi: 'Sản phẩm OCOP còn hiệu lực' } } });
    inBoth('đạt mức kế hoạch trước thời hạn.');
    inBoth(`Theo cách tính “Sản phẩm OCOP còn hiệu lực”: ${vi(cumulative.otherReading!.actual)} sản phẩm.`);
    const candidates = kpis['bg2024-national-5star-candidates'];
    inBoth(
      `toàn tỉnh có thêm ${vi(candidates.actual)} sản phẩm được đề xuất đánh giá, phân hạng 5 sao cấp quốc gia, đạt ${pct(candidates.ratio)} kế hoạch năm (2 sản phẩm)`,
    );
    const upgraded = kpis['bg2024-upgraded'];
    inBoth(`toàn tỉnh có thêm ${vi(upgraded.actual)} sản phẩm được nâng hạng sao, đạt ${pct(upgraded.ratio)} kế hoạch năm (5 sản phẩm)`);
    const city = kpis['bg2024-bac-giang-city-5star'];
    // A 5★ target counts central certificates only (new_certified_products v2, level central), and says so.
    inBoth(`thành phố Bắc Giang có thêm ${vi(city.actual)} sản phẩm mới đạt 5 sao do cấp quốc gia công nhận, đạt ${pct(city.ratio)} kế hoạch năm (2 sản phẩm)`);
    const yenThe = kpis['bg2024-yen-the-5star-dossier'];
    expect(yenThe.actual).toBe(0);
    inBoth('huyện Yên Thế chưa có sản phẩm được đề xuất đánh giá, phân hạng 5 sao cấp quốc gia, so với kế hoạch (1 sản phẩm, hạn 31/03/2025)');
  });

  it('counts the districts that reached their own target, and gives each district’s figure', () => {
    const each = kpis['bg2024-each-district-new-3star'];
    expect(each.districts).toHaveLength(10);
    inBoth(`${vi(each.actual)}/10 huyện, thành phố của toàn tỉnh đã đạt chỉ tiêu`);
    each.districts.forEach((d, i) => {
      const status = verdictCell(d);
      const row = `${i + 1} | ${names[i]} | 10 | ${vi(d.actual)} | ${pct(d.ratio)}`;
      expect(docx.text, names[i]).toContain(row);
      expect(pdf.text, names[i]).toContain(`${names[i]} 10 ${vi(d.actual)} ${pct(d.ratio)}${status ? ` ${status}` : ''}`);
    });
  });

  it('gives the plan’s budget, 20.967.000.000 đồng, in figures and in words, by funding source', () => {
    inBoth('Tổng kinh phí thực hiện theo kế hoạch là 20.967.000.000 đồng (Hai mươi tỷ, chín trăm sáu mươi bảy triệu đồng)');
    inBoth('ngân sách trung ương: 5.867.000.000 đồng; ngân sách tỉnh: 8.970.000.000 đồng; ngân sách huyện: 6.130.000.000 đồng');
    expect(docx.text).toMatch(/Tổng cộng \| 20\.967\.000\.000 \| [\d.]+ \| [\d.]+ \| [\d,]+%/);
    expect(pdf.text).toMatch(/Tổng cộng 20\.967\.000\.000 [\d.]+ [\d.]+ [\d,]+%/);
  });

  it('says its data are unapproved and illustrative, and lists its sources with metric versions', () => {
    inBoth('Chưa có tháng báo cáo nào (từ ngày 15/12/2023 đến ngày 14/12/2024) được phê duyệt: các số liệu trong báo cáo là số liệu đã nhập');
    inBoth('là dữ liệu minh họa');
    inBoth('PHỤ LỤC');
    // Each metric by its name and the version of its rule, never by its internal code.
    for (const text of [squash(docx.text), pdf.text]) {
      expect(text).toMatch(/Sản phẩm OCOP còn hiệu lực (\| )?Cách tính phiên bản 1 trong danh mục chỉ số của hệ thống\./);
      expect(text).toMatch(/Tỷ lệ giải ngân (\| )?Cách tính phiên bản 2 trong danh mục chỉ số của hệ thống\./);
      expect(text).not.toMatch(/\b[a-z]+(_[a-z0-9]+)+\b/);
    }
    inBoth('văn bản không ghi số');
  });

  it('embeds its charts as images', () => {
    const media = Object.keys(docx.files).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBe(2);
    for (const m of media) expect([...docx.files[m].slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // PNG
    expect(docx.documentXml).toContain('Biểu đồ 1.');
  });
});

describe('the file writer', () => {
  it('writes a few files at a time and refuses a burst beyond that with TOO_MANY_REQUESTS', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => runGql(db, FILE, { ...YEARLY_2024, format: 'PDF' }, viewers.bacGiang)));
    const refused = results.filter((r) => r.errors?.length);
    for (const r of refused) expect(errorOf(r, 'TOO_MANY_REQUESTS').message).toContain('try again');
    expect(refused.length).toBeGreaterThan(0);
    const written = results.filter((r) => !r.errors?.length);
    expect(written.length).toBeGreaterThanOrEqual(MAX_QUEUED_FILES);
    for (const r of written) expect(Buffer.from(r.data.periodicReportFile.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // Once the burst is written, the next file is accepted again.
    expect((await file(YEARLY_2024, 'DOCX')).bytes.length).toBeGreaterThan(0);
  });
});

describe('the preview', () => {
  it('is the same model: sections in order, sentences from the progress API, the period and its cut-off', async () => {
    const { data } = await gql(db, PREVIEW, YEARLY_2024, viewers.bacGiang);
    const r = data.periodicReport;
    expect(r).toMatchObject({
      unit: { code: '24', name: 'Bắc Giang' },
      asOf: '2024-12-14',
      period: { from: '2023-12-15', to: '2024-12-14', labelVi: 'năm 2024' },
    });
    expect(r.sections.map((s: { key: string }) => s.key)).toEqual([
      'opening',
      'basis',
      'targets',
      'units',
      'budget',
      'activity',
      'milestones',
      'difficulties',
      'proposals',
      'closing',
    ]);
    expect(r.header.placeDate).toMatch(/^Bắc Giang, ngày\s+tháng\s+năm 2024$/);
    expect(r.approval.recorded).toBe(false);
    expect(r.illustrative).toBe(true);
    expect(r.draft).toBeNull();
    const officer = r.sections.filter((s: { key: string }) => ['difficulties', 'proposals'].includes(s.key));
    for (const s of officer) expect(s.blocks).toEqual([{ kind: 'officer_text', text: null, table: null, chart: null }]);
    const chart = r.sections.flatMap((s: { blocks: { chart: { svg: string } | null }[] }) => s.blocks).find((b: { chart: unknown }) => b.chart);
    expect(chart.chart.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // The districts that reached their own target by the cut-off, as the progress API counts them (no verdict is final yet).
    expect(chart.chart.description).toMatch(new RegExp(`; ${kpis['bg2024-each-district-new-3star'].actual} đơn vị đã đạt\\.$`));
  });

  it('reports on a district: its own targets, with the figures of its communes', async () => {
    const { data } = await gql(db, PREVIEW, { ...YEARLY_2024, unitCode: '219' }, viewers.lucNgan);
    const r = data.periodicReport;
    expect(r.header.issuingBody).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN LỤC NGẠN']);
    const lucNgan = kpis['bg2024-each-district-new-3star'].districts.find((d) => d.target.key.endsWith('@219'))!;
    // Already past its 10 products on the cut-off, the year not over: no final verdict yet.
    expect(verdictCell(lucNgan)).toBe('Đã đạt mức kế hoạch trước thời hạn');
    const targets = r.sections.find((s: { key: string }) => s.key === 'targets');
    expect(targets.blocks[0].text).toBe(
      `- Từ ngày 01/01/2024 đến ngày 14/12/2024, toàn huyện có thêm ${vi(lucNgan.actual)} sản phẩm mới đạt từ 3 sao trở lên, ` +
        `đạt ${pct(lucNgan.ratio)} kế hoạch năm (10 sản phẩm); đã đạt mức kế hoạch trước thời hạn.`,
    );
    const units = r.sections.find((s: { key: string }) => s.key === 'units').blocks[0].table;
    expect(units.rows.at(-1)[1]).toBe('Toàn huyện');
    expect(units.rows.length).toBeGreaterThan(10);
  });

  it('reports after the 2025 reform on the new province, whose parts are communes', async () => {
    const { data } = await gql(db, PREVIEW, { unitCode: '24', period: 'nine_months', year: 2025 });
    const r = data.periodicReport;
    // Code 24 on the cut-off, 14/09/2025, is the merged province of Bắc Ninh.
    expect(r).toMatchObject({ unit: { code: '24', name: 'Bắc Ninh' }, asOf: '2025-09-14', period: { from: '2024-12-15', to: '2025-09-14' } });
    expect(r.header.issuingBody).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH BẮC NINH']);
    const units = r.sections.find((s: { key: string }) => s.key === 'units').blocks[0].table;
    expect(units.rows.length).toBeGreaterThan(50);
    expect(units.rows.at(-1)[1]).toBe('Toàn tỉnh');
  });

  it('takes a quarter’s window from the rule data', async () => {
    const { data } = await gql(db, PREVIEW, { unitCode: '24', period: 'quarter', year: 2024, endMonth: 6 });
    expect(data.periodicReport).toMatchObject({ asOf: '2024-06-14', period: { from: '2024-03-15', to: '2024-06-14', labelVi: 'quý II năm 2024' } });
  });

  it('refuses a unit outside the viewer’s read scope, an unknown unit, a wrong month and a period not begun', async () => {
    const outside = await runGql(db, PREVIEW, YEARLY_2024, viewers.lySon);
    expect(errorOf(outside, 'FORBIDDEN').message).toContain('Bắc Giang');
    errorOf(await runGql(db, PREVIEW, { ...YEARLY_2024, unitCode: '98' }), 'NOT_FOUND');
    const month = errorOf(await runGql(db, PREVIEW, { unitCode: '24', period: 'quarter', year: 2024, endMonth: 5 }), 'BAD_USER_INPUT');
    expect(month.extensions.argument).toBe('endMonth');
    const later = errorOf(await runGql(db, PREVIEW, { ...YEARLY_2024, year: 2030 }), 'BAD_USER_INPUT');
    expect(later.extensions.argument).toBe('year');
  });
});

describe('the officer’s text', () => {
  let lucNganId: number;
  let bacGiangId: number;
  const input = (over: Record<string, unknown> = {}) => ({ unitId: bacGiangId, period: 'year', year: 2024, ...over });

  beforeAll(async () => {
    bacGiangId = await unitId(db, '24');
    lucNganId = await unitId(db, '219');
  });

  it('is saved, printed in both files, versioned and audited', async () => {
    const difficulties = 'Một số chủ thể chưa hoàn thiện hồ sơ công bố chất lượng.\nKinh phí hỗ trợ giải ngân chậm ở cấp huyện.';
    const { data } = await gql(
      db,
      SAVE,
      { input: input({ difficulties, proposals: 'Đề nghị Trung ương sớm ban hành hướng dẫn.', documentNumber: '312', issuedOn: '2024-12-16' }) },
      viewers.bacGiang,
    );
    const draft = data.createReportDraft;
    expect(draft).toMatchObject({ version: 1, difficulties });

    const { data: preview } = await gql(db, PREVIEW, YEARLY_2024, viewers.analyst);
    const r = preview.periodicReport;
    expect(r.draft).toMatchObject({ id: draft.id, documentNumber: '312', issuedOn: '2024-12-16' });
    expect(r.header.numberLine).toBe('Số:\u00a0312/BC-UBND');
    expect(r.header.placeDate).toBe('Bắc Giang, ngày 16 tháng 12 năm 2024');
    expect(r.sections.find((s: { key: string }) => s.key === 'difficulties').blocks[0]).toMatchObject({ kind: 'officer_text', text: difficulties });

    const docx = await readDocx((await file(YEARLY_2024, 'DOCX')).bytes);
    const pdf = await readPdf((await file(YEARLY_2024, 'PDF')).bytes);
    for (const text of ['Kinh phí hỗ trợ giải ngân chậm ở cấp huyện.', 'Đề nghị Trung ương sớm ban hành hướng dẫn.', 'Bắc Giang, ngày 16 tháng 12 năm 2024']) {
      expect(docx.text).toContain(text);
      expect(pdf.text).toContain(text);
    }

    const updated = await gql(db, UPDATE, { id: draft.id, version: 1, input: input({ difficulties: 'Đã cập nhật.' }) }, viewers.bacGiang);
    expect(updated.data.updateReportDraft).toMatchObject({ version: 2, difficulties: 'Đã cập nhật.' });
    const stale = await runGql(db, UPDATE, { id: draft.id, version: 1, input: input({ difficulties: 'Cũ.' }) }, viewers.bacGiang);
    errorOf(stale, 'CONFLICT');
    const audit: { action: string }[] = await db.query(`SELECT action FROM audit_log WHERE entity = 'report_draft' AND entity_id = $1 ORDER BY id`, [draft.id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('is written only inside the writer’s scope, once per unit and period, with valid dates and lengths', async () => {
    errorOf(await runGql(db, SAVE, { input: input({ year: 2023 }) }, viewers.lucNgan), 'FORBIDDEN');
    errorOf(await runGql(db, SAVE, { input: input({ year: 2023 }) }, viewers.analyst), 'FORBIDDEN');
    const own = await gql(db, SAVE, { input: input({ unitId: lucNganId, year: 2023, proposals: 'Hỗ trợ bao bì.' }) }, viewers.lucNgan);
    expect(own.data.createReportDraft.version).toBe(1);

    await gql(db, SAVE, { input: input({ year: 2022 }) }, viewers.bacGiang);
    expect(badFields(await runGql(db, SAVE, { input: input({ year: 2022 }) }, viewers.bacGiang))['input.period']).toContain('already has a report draft');
    const wrong = badFields(await runGql(db, SAVE, { input: input({ period: 'quarter', endMonth: 5, year: 2025 }) }, viewers.bacGiang));
    expect(wrong['input.endMonth']).toMatch(/3, 6, 9, 12/);
    const early = badFields(await runGql(db, SAVE, { input: input({ year: 2021, issuedOn: '2021-12-01' }) }, viewers.bacGiang));
    expect(early['input.issuedOn']).toContain('14/12/2021');
    const long = badFields(await runGql(db, SAVE, { input: input({ year: 2020, proposals: 'x'.repeat(20_001) }) }, viewers.bacGiang));
    expect(long['input.proposals']).toContain('20,000');
  });
});

describe('the approval statement', () => {
  const SUBMIT = 'mutation ($input: PeriodSubmissionInput!) { submitPeriod(input: $input) { id version } }';
  const APPROVE = 'mutation ($id: Int!, $version: Int!) { approvePeriod(id: $id, version: $version) { id } }';
  const APPROVAL = `query { periodicReport(unitCode: "219", period: year, year: 2023) {
    approval { recorded statement coverage { state periods approved submitted } } } }`;

  it('counts the unit-months approved, submitted and left, as the figures’ own approval coverage does', async () => {
    const lucNgan = await unitId(db, '219');
    const submit = async (number: number) =>
      (await gql(db, SUBMIT, { input: { unitId: lucNgan, kind: 'month', year: 2023, number } }, viewers.lucNgan)).data.submitPeriod;
    const june = await submit(6);
    await submit(7);
    await gql(db, APPROVE, { id: june.id, version: june.version }, viewers.bacGiang);

    const { approval } = (await gql(db, APPROVAL, {}, viewers.lucNgan)).data.periodicReport;
    // 15/12/2022 – 14/12/2023 touches 13 calendar months of the district.
    expect(approval.coverage).toEqual({ state: 'partly_approved', periods: 13, approved: 1, submitted: 1 });
    expect(approval.recorded).toBe(true);
    expect(approval.statement).toBe(
      'Đã phê duyệt số liệu của 1/13 tháng báo cáo của các đơn vị (từ ngày 15/12/2022 đến ngày 14/12/2023); 1 đang chờ phê duyệt. ' +
        'Các số liệu còn lại là số liệu đã nhập vào hệ thống, chưa được phê duyệt.',
    );
  });
});
