// Ready example queries for analysts, opened as tabs in the GraphQL explorer.
// `{{planId:KEY}}` is replaced by the id of the plan with that key when the
// explorer starts (ids depend on load order; keys are stable).

export interface ExampleTab {
  title: string;
  query: string;
  variables?: string;
}

export const EXAMPLES: ExampleTab[] = [
  {
    title: 'products: search + relations',
    query: `# Cần đăng nhập: đăng nhập trên bảng điều khiển (cùng tab), hoặc lấy token bằng
# mutation login(username, password) rồi gửi header "Authorization: Bearer <token>".
# Sign in on the dashboard (same tab), or get a token with the login mutation and send it as a header.
#
# Sản phẩm theo từ khoá: tìm kiếm bỏ qua dấu ("toi den" tìm được "Tỏi đen"),
# kèm chủ thể, địa bàn, hạng sao hiện tại và toàn bộ lịch sử chứng nhận.
# Products by keyword (diacritics ignored), with owner, place, current rating and history.
query ProductSearch($search: String, $first: Int = 10) {
  products(first: $first, filter: { search: $search }, orderBy: [{ field: NAME }]) {
    totalCount
    edges {
      node {
        id
        code
        name
        group
        status
        subject { name type }
        unit { name type district { name } province { name } }
        currentCertificate { stars decidedOn expiresOn }
        certificates { decisionNumber level stars decidedOn expiresOn revokedOn }
        evaluations { evaluatedOn totalScore stars }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: '{ "search": "toi den" }',
  },
  {
    title: 'analytics: by district',
    query: `# Sản phẩm OCOP còn hiệu lực ngày 31/12/2024 theo huyện và hạng sao, tỉnh Bắc Giang.
# Mã "24" đọc theo bản đồ trước 01/7/2025 (unitsAsOf), vì từ đó "24" là tỉnh Bắc Ninh mới.
# Certified products on 31 Dec 2024 by district and stars, Bắc Giang (pre-2025 codes).
query CertifiedByDistrict($province: String = "24", $asOf: LocalDate = "2024-12-31") {
  analytics(
    measure: CERTIFIED_PRODUCTS
    groupBy: [DISTRICT, STARS]
    filter: { provinceCode: $province, unitsAsOf: $asOf, asOf: $asOf }
  ) {
    asOf
    total { value }
    rows { keys { dimension key label } value }
  }
}`,
  },
  {
    title: 'targetProgress: Bắc Giang 2024',
    query: `# Tiến độ mọi chỉ tiêu và mốc của Kế hoạch OCOP tỉnh Bắc Giang năm 2024, tại ngày 31/12/2024.
# Progress of every target and milestone of the Bắc Giang 2024 plan on 31 Dec 2024.
query BacGiang2024($planId: Int! = {{planId:bac-giang-2024}}, $asOf: LocalDate = "2024-12-31") {
  targetProgress(planId: $planId, asOf: $asOf) {
    plan { key title }
    targets {
      target { key wording dueDate scopeUnit { name } }
      metric { id version labelVi }
      actual
      targetMin
      targetMax
      status
      forecast
      districts { target { scopeUnit { name } } actual targetMin status }
    }
    milestones { milestone { title deadline } status doneOn late }
  }
}`,
  },
  {
    title: 'districtComparison',
    query: `# So sánh các huyện của Bắc Giang: sản phẩm mới đạt 3 sao trở lên năm 2024,
# xếp hạng, thay đổi hạng so với kỳ trước, và chuẩn hoá theo số xã / số chủ thể.
# District league table: new 3★+ products in 2024, rank and rank change, per 10 communes / per subject.
query Districts($province: String! = "24", $from: LocalDate! = "2024-01-01", $to: LocalDate! = "2024-12-31") {
  districtComparison(provinceCode: $province, metric: "new_certified_products", params: { minStars: 3 }, from: $from, to: $to) {
    province { name }
    metric { labelVi version }
    provinceValue
    rows {
      district { code name validTo }
      abolished
      actual
      target
      status
      rank
      rankChange
      perTenCommunes
      perSubject
    }
  }
}`,
  },
  {
    title: 'pagination: first / after',
    query: `# Phân trang Relay: chạy lần đầu với "after": null, rồi dán pageInfo.endCursor vào "after"
# để lấy trang tiếp theo, cho đến khi hasNextPage = false.
# Relay pagination: run with "after": null, then pass pageInfo.endCursor as "after".
query ProductPages($first: Int = 5, $after: String) {
  products(first: $first, after: $after, orderBy: [{ field: CODE }]) {
    totalCount
    edges { cursor node { code name } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: '{ "first": 5, "after": null }',
  },
];

/** Replaces `{{planId:KEY}}` placeholders with ids; unknown keys become `null`. */
export function fillPlanIds(query: string, idsByKey: ReadonlyMap<string, number>): string {
  return query.replace(/\{\{planId:([a-z0-9-]+)\}\}/g, (_m, key: string) => String(idsByKey.get(key) ?? 'null'));
}
