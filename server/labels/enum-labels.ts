// What every GraphQL enum value is called in Vietnamese and in English: the
// one place the dashboard, the importer (values typed in a file), the import
// templates and docs, and later exports and server messages take them from.
// Dependency-free, so the dashboard bundles it as it is. A unit test checks
// that every value of every enum in schema.graphql (sort orders aside) is here.

import type { Label } from './language.ts';

export type { Label, Lang } from './language.ts';

export interface EnumLabel extends Label {
  /** Other spellings an import accepts for the value (older or official names, short forms), Vietnamese. */
  also?: readonly string[];
}

export type EnumLabels = Readonly<Record<string, EnumLabel>>;

export const ENUM_LABELS = {
  AlertKind: {
    target_off_track: { vi: 'Chỉ tiêu chậm tiến độ', en: 'Target behind' },
    target_not_started: { vi: 'Chỉ tiêu chưa có kết quả', en: 'Target not started' },
    target_not_achieved: { vi: 'Chỉ tiêu không đạt', en: 'Target not achieved' },
    target_no_data: { vi: 'Chỉ tiêu không đo được', en: 'Target cannot be measured' },
    target_invalid: { vi: 'Chỉ tiêu cần sửa định nghĩa', en: 'Target definition to correct' },
    disbursement_lagging: { vi: 'Giải ngân chậm', en: 'Disbursement lagging' },
    certificates_expiring: { vi: 'Chứng nhận sắp hết hạn', en: 'Certificates expiring' },
    milestone_overdue: { vi: 'Mốc quá hạn', en: 'Milestone overdue' },
  },
  AlertSeverity: {
    high: { vi: 'Cao', en: 'High' },
    medium: { vi: 'Trung bình', en: 'Medium' },
    low: { vi: 'Thấp', en: 'Low' },
  },
  AnalyticsDimension: {
    PROVINCE: { vi: 'Tỉnh', en: 'Province' },
    DISTRICT: { vi: 'Huyện', en: 'District' },
    COMMUNE: { vi: 'Xã', en: 'Commune' },
    YEAR: { vi: 'Năm', en: 'Year' },
    QUARTER: { vi: 'Quý', en: 'Quarter' },
    MONTH: { vi: 'Tháng', en: 'Month' },
    PRODUCT_GROUP: { vi: 'Nhóm sản phẩm', en: 'Product group' },
    SUBJECT_TYPE: { vi: 'Loại chủ thể', en: 'Subject type' },
    STARS: { vi: 'Hạng sao', en: 'Stars' },
    FUNDING_SOURCE: { vi: 'Nguồn vốn', en: 'Funding source' },
  },
  AnalyticsMeasure: {
    PRODUCTS: { vi: 'Sản phẩm', en: 'Products' },
    CERTIFIED_PRODUCTS: { vi: 'Sản phẩm OCOP còn hiệu lực', en: 'Products with a valid certificate' },
    CERTIFICATES: { vi: 'Chứng nhận cấp mới', en: 'Certificates issued' },
    EVALUATIONS: { vi: 'Lượt đánh giá', en: 'Evaluations' },
    SUBJECTS: { vi: 'Chủ thể OCOP', en: 'OCOP subjects' },
    ALLOCATED_VND: { vi: 'Kinh phí phân bổ', en: 'Funds allocated' },
    DISBURSED_VND: { vi: 'Kinh phí giải ngân', en: 'Funds disbursed' },
    TRAINING_CLASSES: { vi: 'Lớp tập huấn', en: 'Training classes' },
    LEARNERS: { vi: 'Học viên', en: 'Learners' },
    PROMOTION_EVENTS: { vi: 'Sự kiện xúc tiến thương mại', en: 'Trade-promotion events' },
    SALES_POINTS: { vi: 'Điểm giới thiệu và bán sản phẩm OCOP', en: 'OCOP sales points' },
  },
  ApprovalState: {
    approved: { vi: 'Đã phê duyệt', en: 'Approved' },
    partly_approved: { vi: 'Phê duyệt một phần', en: 'Partly approved' },
    not_approved: { vi: 'Chưa phê duyệt', en: 'Not approved' },
    no_periods: { vi: 'Không có kỳ báo cáo', en: 'No reporting periods' },
  },
  ApprovalStatus: {
    open: { vi: 'Chưa nộp', en: 'Open' },
    submitted: { vi: 'Chờ phê duyệt', en: 'Submitted' },
    approved: { vi: 'Đã phê duyệt', en: 'Approved' },
    returned: { vi: 'Bị trả lại', en: 'Returned' },
  },
  AttributionRule: {
    split: { vi: 'Xã bị chia tách: tính vào phần đầu tiên', en: 'Split unit: counted in its first part' },
    predecessor: { vi: 'Đơn vị mới: tính vào đơn vị cũ cùng mã (hoặc mã nhỏ nhất)', en: 'Later unit: counted in the old unit with its code (else the lowest)' },
    parent: { vi: 'Tính theo đơn vị cấp trên', en: 'Counted with its parent' },
  },
  AuditAction: {
    create: { vi: 'Tạo mới', en: 'Created' },
    update: { vi: 'Cập nhật', en: 'Updated' },
    delete: { vi: 'Xóa', en: 'Deleted' },
    import: { vi: 'Nhập từ tệp', en: 'Imported' },
    submit: { vi: 'Nộp số liệu kỳ', en: 'Submitted' },
    approve: { vi: 'Phê duyệt', en: 'Approved' },
    return: { vi: 'Trả lại', en: 'Returned' },
    reopen: { vi: 'Mở lại', en: 'Reopened' },
  },
  AuditEntity: {
    subject: { vi: 'Chủ thể', en: 'Subject' },
    product: { vi: 'Sản phẩm', en: 'Product' },
    evaluation_round: { vi: 'Đợt đánh giá', en: 'Evaluation round' },
    evaluation: { vi: 'Kết quả đánh giá', en: 'Evaluation' },
    certificate: { vi: 'Giấy chứng nhận', en: 'Certificate' },
    plan: { vi: 'Kế hoạch', en: 'Plan' },
    target: { vi: 'Chỉ tiêu', en: 'Target' },
    milestone: { vi: 'Mốc thời gian', en: 'Milestone' },
    budget_allocation: { vi: 'Phân bổ ngân sách', en: 'Budget allocation' },
    disbursement: { vi: 'Giải ngân', en: 'Disbursement' },
    training_class: { vi: 'Lớp tập huấn', en: 'Training class' },
    promotion_event: { vi: 'Sự kiện xúc tiến', en: 'Promotion event' },
    sales_point: { vi: 'Điểm bán', en: 'Sales point' },
    period_approval: { vi: 'Phê duyệt số liệu kỳ', en: 'Period approval' },
    dossier: { vi: 'Hồ sơ sản phẩm', en: 'Dossier' },
    dossier_file: { vi: 'Tệp hồ sơ', en: 'Dossier file' },
    council_round: { vi: 'Phiên hội đồng', en: 'Council round' },
    council_member: { vi: 'Thành viên hội đồng', en: 'Council member' },
    score_sheet: { vi: 'Phiếu chấm điểm', en: 'Score sheet' },
    inspection: { vi: 'Kiểm tra sau công nhận', en: 'Post-certification check' },
    report_draft: { vi: 'Nội dung báo cáo do cán bộ nhập', en: 'Report text typed by the officer' },
  },
  CertificateStatus: {
    valid: { vi: 'Còn hiệu lực', en: 'Valid' },
    expired: { vi: 'Hết hiệu lực', en: 'Expired' },
    revoked: { vi: 'Đã bị thu hồi', en: 'Revoked' },
    none: { vi: 'Chưa được công nhận', en: 'Not recognised' },
  },
  ChecklistStatus: {
    provided: { vi: 'Đã nộp', en: 'Provided' },
    on_paper: { vi: 'Đã nhận bản giấy/hiện vật', en: 'Received on paper' },
    not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
    missing: { vi: 'Còn thiếu', en: 'Missing' },
    not_required: { vi: 'Không bắt buộc', en: 'Not required' },
  },
  CommuneCheck: {
    origin: { vi: 'Nguồn gốc sản phẩm, nguyên liệu địa phương', en: 'Product origin, local raw materials' },
    local_labour: { vi: 'Sử dụng lao động địa phương', en: 'Local labour' },
    idea_origin: { vi: 'Nguồn gốc ý tưởng sản phẩm', en: 'Origin of the product idea' },
    local_identity: { vi: 'Bản sắc, trí tuệ địa phương', en: 'Local identity and know-how' },
  },
  CouncilRole: {
    chair: { vi: 'Chủ tịch hội đồng', en: 'Chair' },
    secretary: { vi: 'Thư ký', en: 'Secretary' },
    member: { vi: 'Thành viên', en: 'Member' },
  },
  CouncilRoundState: {
    setup: { vi: 'Đang chuẩn bị', en: 'Setting up' },
    scoring: { vi: 'Đang chấm điểm', en: 'Scoring' },
    closed: { vi: 'Đã khóa chấm điểm', en: 'Scoring closed' },
    finalised: { vi: 'Đã tổng hợp kết quả', en: 'Results finalised' },
    approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  },
  DocumentRequirement: {
    mandatory: { vi: 'Bắt buộc', en: 'Mandatory' },
    conditional: { vi: 'Có điều kiện', en: 'Conditional' },
    supporting: { vi: 'Minh chứng (nếu có)', en: 'Supporting' },
    optional: { vi: 'Không bắt buộc', en: 'Optional' },
  },
  DocumentStage: {
    subject: { vi: 'Chủ thể nộp', en: 'From the subject' },
    forwarding: { vi: 'Xã bổ sung khi gửi tỉnh', en: 'Added by the commune when forwarding' },
  },
  DossierItemStatus: {
    not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
    on_paper: { vi: 'Đã nhận bản giấy/hiện vật', en: 'Received on paper' },
  },
  DossierKind: {
    first: { vi: 'Đánh giá lần đầu', en: 'First evaluation' },
    upgrade: { vi: 'Nâng hạng', en: 'Upgrade' },
    reevaluation: { vi: 'Đánh giá lại', en: 'Re-evaluation' },
  },
  DossierOutcome: {
    recognised: { vi: 'Được công nhận', en: 'Recognised' },
    not_recognised: { vi: 'Không được công nhận', en: 'Not recognised' },
    forwarded: { vi: 'Chuyển cấp trên', en: 'Forwarded' },
  },
  DossierState: {
    registered: { vi: 'Đã đăng ký', en: 'Registered' },
    returned: { vi: 'Bị trả lại', en: 'Returned' },
    complete: { vi: 'Đủ hồ sơ', en: 'Complete' },
    checked: { vi: 'Xã đã kiểm tra', en: 'Checked by the commune' },
    in_round: { vi: 'Đang đánh giá', en: 'In a council round' },
    forwarded: { vi: 'Chuyển cấp trên', en: 'Forwarded' },
    decided: { vi: 'Đã có quyết định', en: 'Decided' },
    withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
  },
  ReevaluationStatus: {
    due: { vi: 'Đến hạn nộp hồ sơ', en: 'Due' },
    overdue: { vi: 'Quá hạn nộp hồ sơ', en: 'Overdue' },
    in_progress: { vi: 'Đang đánh giá lại', en: 'In progress' },
    done: { vi: 'Đã có giấy chứng nhận mới', en: 'Done' },
  },
  EnterpriseSize: {
    micro: { vi: 'Siêu nhỏ', en: 'Micro' },
    small: { vi: 'Nhỏ', en: 'Small' },
    medium: { vi: 'Vừa', en: 'Medium' },
  },
  EvaluationLevel: {
    district: { vi: 'Cấp huyện', en: 'District', also: ['Huyện'] },
    province: { vi: 'Cấp tỉnh', en: 'Province', also: ['Tỉnh'] },
    central: { vi: 'Trung ương', en: 'National', also: ['Cấp trung ương', 'Quốc gia'] },
  },
  ResultFlagKind: {
    outlier: { vi: 'Điểm lệch xa trung vị', en: 'Far from the median' },
    star_mark_shortfall: { vi: 'Chưa đạt tiêu chí dấu sao', en: 'Star mark not met' },
    missing_sheets: { vi: 'Thiếu phiếu chấm', en: 'Missing sheets' },
    conflict_excluded: { vi: 'Thành viên không chấm do xung đột lợi ích', en: 'Member excluded for a conflict of interest' },
    sheet_gaps: { vi: 'Phiếu chấm chưa đủ điểm tối đa', en: 'Sheet does not add up' },
    parts_only: { vi: 'Chấm theo phần', en: 'Scored by part only' },
  },
  EventKind: {
    fair: { vi: 'Hội chợ', en: 'Fair' },
    exhibition: { vi: 'Triển lãm', en: 'Exhibition' },
    conference: { vi: 'Hội nghị', en: 'Conference', also: ['Hội thảo'] },
    online: { vi: 'Trực tuyến', en: 'Online', also: ['Thương mại điện tử'] },
  },
  EventScope: {
    in_province: { vi: 'Trong tỉnh', en: 'In the province' },
    out_of_province: { vi: 'Ngoài tỉnh', en: 'Other provinces' },
    international: { vi: 'Quốc tế', en: 'International', also: ['Nước ngoài'] },
  },
  FundingSource: {
    central: { vi: 'Ngân sách trung ương', en: 'Central budget' },
    provincial: { vi: 'Ngân sách tỉnh', en: 'Provincial budget' },
    district: { vi: 'Ngân sách huyện', en: 'District budget' },
    commune: { vi: 'Ngân sách xã', en: 'Commune budget' },
    other: { vi: 'Nguồn khác', en: 'Other sources' },
  },
  InspectionConsequence: {
    none: { vi: 'Không xử lý', en: 'None' },
    warning: { vi: 'Cảnh cáo', en: 'Warning' },
    fix_deadline: { vi: 'Yêu cầu khắc phục có thời hạn', en: 'Fix by a deadline' },
    downgrade: { vi: 'Hạ hạng sao', en: 'Downgrade' },
    revocation: { vi: 'Thu hồi giấy chứng nhận', en: 'Revocation' },
  },
  InspectionMethod: {
    random: { vi: 'Chọn ngẫu nhiên', en: 'Random' },
    risk: { vi: 'Theo mức rủi ro', en: 'By risk' },
    complaint: { vi: 'Đột xuất (phản ánh)', en: 'After a complaint' },
  },
  InspectionState: {
    planned: { vi: 'Đã lập kế hoạch', en: 'Planned' },
    awaiting_fix: { vi: 'Chờ khắc phục', en: 'Awaiting fix' },
    closed: { vi: 'Đã kết thúc', en: 'Closed' },
  },
  ImportCellType: {
    text: { vi: 'Văn bản', en: 'Text' },
    code: { vi: 'Mã (như trong hệ thống)', en: 'Code (as in the hub)' },
    integer: { vi: 'Số nguyên', en: 'Whole number' },
    amount: { vi: 'Số tiền (đồng)', en: 'Amount (đồng)' },
    score: { vi: 'Điểm (tối đa 2 chữ số thập phân)', en: 'Score (up to two decimals)' },
    date: { vi: 'Ngày (dd/mm/yyyy)', en: 'Date (dd/mm/yyyy)' },
    yes_no: { vi: 'Có / không', en: 'Yes / no' },
    choice: { vi: 'Một giá trị trong danh sách', en: 'One of the listed values' },
    unit_code: { vi: 'Mã đơn vị hành chính (GSO)', en: 'GSO unit code' },
    code_list: { vi: 'Danh sách mã, cách nhau bởi dấu ;', en: 'Codes separated by ;' },
  },
  ImportFormat: {
    CSV: { vi: 'CSV', en: 'CSV' },
    XLSX: { vi: 'Excel (XLSX)', en: 'Excel (XLSX)' },
  },
  ImportKind: {
    products: { vi: 'Sản phẩm', en: 'Products' },
    evaluations: { vi: 'Kết quả đánh giá, phân hạng', en: 'Evaluations' },
    disbursements: { vi: 'Giải ngân', en: 'Disbursements' },
    training_classes: { vi: 'Lớp tập huấn', en: 'Training classes' },
    promotion_events: { vi: 'Sự kiện xúc tiến', en: 'Promotion events' },
    council_scores: { vi: 'Phiếu chấm của hội đồng', en: 'Council score sheets' },
  },
  Language: {
    vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
    en: { vi: 'Tiếng Anh', en: 'English' },
  },
  MilestoneKind: {
    district_round: { vi: 'Đánh giá cấp huyện', en: 'District evaluation' },
    province_round: { vi: 'Đánh giá cấp tỉnh', en: 'Provincial evaluation' },
    central_round: { vi: 'Đánh giá cấp trung ương', en: 'National evaluation' },
    ceremony: { vi: 'Lễ công bố', en: 'Ceremony' },
    training: { vi: 'Tập huấn', en: 'Training' },
    study_tour: { vi: 'Tham quan học tập', en: 'Study tour' },
    deliverable: { vi: 'Sản phẩm bàn giao', en: 'Deliverable' },
    other: { vi: 'Khác', en: 'Other' },
  },
  MetricKind: {
    stock: { vi: 'Số lượng tại thời điểm', en: 'Stock' },
    flow: { vi: 'Phát sinh trong kỳ', en: 'Flow' },
    ratio: { vi: 'Tỷ lệ', en: 'Ratio' },
  },
  MetricRollup: {
    distinct_count: { vi: 'Đếm không trùng lặp', en: 'Distinct count' },
    sum: { vi: 'Tổng', en: 'Sum' },
    ratio_of_sums: { vi: 'Tỷ lệ của hai tổng', en: 'Ratio of sums' },
    distinct_share: { vi: 'Tỷ lệ số đối tượng', en: 'Share of items' },
  },
  MilestoneStatus: {
    done: { vi: 'Đã xong', en: 'Done' },
    done_late: { vi: 'Xong muộn', en: 'Done late' },
    due: { vi: 'Đến hạn', en: 'Due today' },
    pending: { vi: 'Chưa đến hạn', en: 'Not yet due' },
    overdue: { vi: 'Quá hạn', en: 'Overdue' },
  },
  PeriodKind: {
    month: { vi: 'Tháng', en: 'Month' },
    quarter: { vi: 'Quý', en: 'Quarter' },
  },
  // The six groups of Decision 148/QĐ-TTg, in its order, by their official names (seeds/rules/product-groups.json);
  // `also` keeps the shorter names in use and the Decision 1048 name where it differs.
  ProductGroup: {
    food: { vi: 'Thực phẩm', en: 'Food' },
    beverage: { vi: 'Đồ uống', en: 'Beverages' },
    herbal: { vi: 'Dược liệu và sản phẩm từ dược liệu', en: 'Medicinal herbs and herbal products', also: ['Dược liệu', 'Thảo dược'] },
    handicraft: { vi: 'Hàng thủ công mỹ nghệ', en: 'Handicrafts', also: ['Thủ công mỹ nghệ'] },
    ornamental: { vi: 'Sinh vật cảnh', en: 'Ornamental plants and animals' },
    tourism: {
      vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
      en: 'Community tourism, eco-tourism and tourist sites',
      also: ['Dịch vụ du lịch', 'Du lịch', 'Dịch vụ du lịch cộng đồng và điểm du lịch'],
    },
  },
  // The six groups of Decision 1048/QĐ-TTg (2019–2023), by their official names.
  ProductGroup1048: {
    food: { vi: 'Thực phẩm', en: 'Food' },
    beverage: { vi: 'Đồ uống', en: 'Beverages' },
    herbal: { vi: 'Thảo dược', en: 'Herbal products' },
    textile: { vi: 'Vải và may mặc', en: 'Fabrics and garments', also: ['Vải, may mặc'] },
    souvenir_decor: { vi: 'Lưu niệm - nội thất - trang trí', en: 'Souvenirs, furnishings and decorations', also: ['Thủ công mỹ nghệ, trang trí'] },
    rural_tourism_sales: { vi: 'Dịch vụ du lịch nông thôn, bán hàng', en: 'Rural tourism services and sales', also: ['Dịch vụ du lịch nông thôn và bán hàng'] },
  },
  ProductStatus: {
    idea: { vi: 'Ý tưởng', en: 'Idea' },
    registered: { vi: 'Đã đăng ký', en: 'Registered', also: ['Đăng ký'] },
    rated: { vi: 'Đã đánh giá', en: 'Rated', also: ['Đã chấm điểm'] },
    certified: { vi: 'Được công nhận', en: 'Certified', also: ['Đạt OCOP', 'Đã công nhận'] },
    expired: { vi: 'Hết hạn', en: 'Expired' },
    revoked: { vi: 'Bị thu hồi', en: 'Revoked', also: ['Thu hồi'] },
  },
  ProgressStatus: {
    achieved: { vi: 'Đạt', en: 'Achieved' },
    not_achieved: { vi: 'Không đạt', en: 'Not achieved' },
    on_track: { vi: 'Đúng tiến độ', en: 'On track' },
    at_risk: { vi: 'Có nguy cơ', en: 'At risk' },
    off_track: { vi: 'Chậm tiến độ', en: 'Behind' },
    not_started: { vi: 'Chưa bắt đầu', en: 'Not started' },
    no_data: { vi: 'Không có dữ liệu', en: 'No data' },
    invalid_definition: { vi: 'Định nghĩa không hợp lệ', en: 'Invalid definition' },
  },
  ReportBlockKind: {
    paragraph: { vi: 'Đoạn văn', en: 'Paragraph' },
    table: { vi: 'Bảng', en: 'Table' },
    chart: { vi: 'Biểu đồ', en: 'Chart' },
    officer_text: { vi: 'Nội dung do cán bộ nhập', en: 'Text typed by the officer' },
  },
  ReportFormat: {
    DOCX: { vi: 'Word (DOCX)', en: 'Word (DOCX)' },
    PDF: { vi: 'PDF', en: 'PDF' },
  },
  ReportPeriodCode: {
    month: { vi: 'Hằng tháng', en: 'Monthly' },
    quarter: { vi: 'Hằng quý', en: 'Quarterly' },
    half_year: { vi: '6 tháng', en: 'Six-monthly' },
    nine_months: { vi: '9 tháng', en: 'Nine months' },
    year: { vi: 'Hằng năm', en: 'Yearly' },
  },
  ReportSourceKind: {
    plan: { vi: 'Kế hoạch', en: 'Plan' },
    metric: { vi: 'Chỉ số', en: 'Metric' },
    data: { vi: 'Dữ liệu', en: 'Data' },
    rule: { vi: 'Văn bản quy định', en: 'Legal text' },
  },
  ReportingStage: {
    in_progress: { vi: 'Chưa kết thúc kỳ', en: 'In progress' },
    awaiting_submission: { vi: 'Chờ nộp', en: 'Awaiting submission' },
    awaiting_approval: { vi: 'Chờ phê duyệt', en: 'Awaiting approval' },
    returned: { vi: 'Bị trả lại', en: 'Returned' },
    approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  },
  Role: {
    admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
    province_admin: { vi: 'Quản trị tỉnh', en: 'Provincial administrator' },
    district_officer: { vi: 'Cán bộ huyện', en: 'District officer' },
    commune_officer: { vi: 'Cán bộ xã', en: 'Commune officer' },
    analyst: { vi: 'Cán bộ phân tích (chỉ xem)', en: 'Analyst (read only)' },
    council_member: { vi: 'Thành viên hội đồng đánh giá', en: 'Council member' },
  },
  ScoreSheetSource: {
    hub: { vi: 'Chấm trên hệ thống', en: 'In the hub' },
    import: { vi: 'Nhập từ phần mềm khác', en: 'Imported' },
  },
  SalesPointStatus: {
    existing: { vi: 'Hiện có', en: 'Existing' },
    upgraded: { vi: 'Nâng cấp', en: 'Upgraded' },
    new: { vi: 'Mới', en: 'New' },
  },
  SubjectType: {
    cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
    cooperative_group: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
    enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
    household: { vi: 'Hộ kinh doanh', en: 'Household business' },
  },
  SheetStatus: {
    full: { vi: 'Đầy đủ (tiêu chí và mức điểm)', en: 'Full (criteria and answers)' },
    criteria: { vi: 'Đến mức tiêu chí', en: 'To criterion level' },
    criteria_incomplete: { vi: 'Đến mức tiêu chí, chưa đủ điểm', en: 'To criterion level, not adding up' },
    parts_only: { vi: 'Chỉ theo phần A, B, C', en: 'Parts A, B, C only' },
  },
  TargetUnit: {
    count: { vi: 'số lượng', en: 'count' },
    people: { vi: 'người', en: 'people' },
    percent: { vi: '%', en: '%' },
    vnd: { vi: 'đồng', en: 'VND' },
  },
  TrainingAudience: {
    cadres: { vi: 'Cán bộ', en: 'Cadres' },
    subjects: { vi: 'Chủ thể OCOP', en: 'OCOP subjects', also: ['Chủ thể'] },
    mixed: { vi: 'Cán bộ và chủ thể', en: 'Cadres and subjects', also: ['Hỗn hợp', 'Cả hai'] },
  },
  UnitLevel: {
    province: { vi: 'Cấp tỉnh', en: 'Province' },
    district: { vi: 'Cấp huyện', en: 'District' },
    commune: { vi: 'Cấp xã', en: 'Commune' },
  },
} as const satisfies Record<string, EnumLabels>;

/** A GraphQL enum that has labels. */
export type LabelledEnum = keyof typeof ENUM_LABELS;

/** The values of a labelled enum, as the API spells them. */
export type EnumValue<E extends LabelledEnum> = keyof (typeof ENUM_LABELS)[E] & string;
