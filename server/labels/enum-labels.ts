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
    target_off_track: { vi: 'Chỉ tiêu chậm tiến độ', en: 'Target off track' },
    target_overdue: { vi: 'Chỉ tiêu quá hạn', en: 'Target overdue' },
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
    report_draft: { vi: 'Nội dung báo cáo do cán bộ nhập', en: 'Report text typed by the officer' },
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
  MilestoneStatus: {
    done: { vi: 'Đã xong', en: 'Done' },
    pending: { vi: 'Chưa đến hạn', en: 'Pending' },
    overdue: { vi: 'Quá hạn', en: 'Overdue' },
  },
  // The six groups of Decision 148/QĐ-TTg, in its order.
  PeriodKind: {
    month: { vi: 'Tháng', en: 'Month' },
    quarter: { vi: 'Quý', en: 'Quarter' },
  },
  ProductGroup: {
    food: { vi: 'Thực phẩm', en: 'Food' },
    beverage: { vi: 'Đồ uống', en: 'Beverages' },
    herbal: { vi: 'Thảo dược', en: 'Herbal products' },
    handicraft: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts', also: ['Thủ công mỹ nghệ, trang trí'] },
    ornamental: { vi: 'Sinh vật cảnh', en: 'Ornamentals' },
    tourism: { vi: 'Dịch vụ du lịch', en: 'Tourism services', also: ['Du lịch', 'Dịch vụ du lịch cộng đồng và điểm du lịch'] },
  },
  // "Đánh giá, phân hạng" is the programme's own term (Decisions 1048/2019 and 148/2023) for the council's scoring.
  ProductStatus: {
    idea: { vi: 'Ý tưởng', en: 'Idea' },
    registered: { vi: 'Đã đăng ký', en: 'Registered', also: ['Đăng ký'] },
    rated: { vi: 'Đã đánh giá', en: 'Rated', also: ['Đã chấm điểm'] },
    certified: { vi: 'Được công nhận', en: 'Certified', also: ['Đạt OCOP', 'Đã công nhận'] },
    expired: { vi: 'Hết hạn', en: 'Expired' },
    revoked: { vi: 'Bị thu hồi', en: 'Revoked', also: ['Thu hồi'] },
  },
  ProgressStatus: {
    achieved: { vi: 'Đã đạt', en: 'Achieved' },
    on_track: { vi: 'Đúng tiến độ', en: 'On track' },
    at_risk: { vi: 'Có nguy cơ', en: 'At risk' },
    off_track: { vi: 'Chậm tiến độ', en: 'Off track' },
    not_started: { vi: 'Chưa bắt đầu', en: 'Not started' },
    overdue: { vi: 'Quá hạn', en: 'Overdue' },
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
