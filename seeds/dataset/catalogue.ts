// Vocabulary of the illustrative data: the six product groups of Decision
// 148/QĐ-TTg with their sub-groups, local specialities of the four seeded
// provinces' districts (pre-2025 GSO codes), a generic product list for the rest
// of the country, and the words subject, event and budget names are built from.
// Names are invented in the style of real OCOP lists; none is an official record.

export type ProductGroup = 'food' | 'beverage' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';

/** Sub-groups as Decision 148/QĐ-TTg words them (quoted in the Bắc Giang 2024 plan). */
export const SUB_GROUPS = {
  fresh: ['food', 'Nông, thủy sản tươi sống'],
  proc: ['food', 'Nông, thủy sản sơ chế, chế biến'],
  other: ['food', 'Thực phẩm khác'],
  alc: ['beverage', 'Đồ uống có cồn'],
  soft: ['beverage', 'Đồ uống không cồn'],
  func: ['herbal', 'Sản phẩm chức năng'],
  med: ['herbal', 'Thuốc dược liệu, thuốc y học cổ truyền'],
  cosm: ['herbal', 'Mỹ phẩm có thành phần từ thảo dược'],
  oil: ['herbal', 'Tinh dầu và dược liệu khác'],
  wood: ['handicraft', 'Sản phẩm từ gỗ, mây tre, sợi tự nhiên'],
  pottery: ['handicraft', 'Gốm sứ'],
  textile: ['handicraft', 'Dệt may, thêu ren'],
  metal: ['handicraft', 'Kim loại'],
  flower: ['ornamental', 'Hoa'],
  plant: ['ornamental', 'Cây cảnh'],
  animal: ['ornamental', 'Động vật cảnh'],
  tour: ['tourism', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'],
} as const satisfies Record<string, readonly [ProductGroup, string]>;

export type SubKey = keyof typeof SUB_GROUPS;

/**
 * A kind of product. `core` is the product word ("Vải thiều"); `place` fixes the
 * place it is named after ("Lục Ngạn"), `true` means "the district's name", and
 * absent means the core already carries its place ("Rượu làng Vân") or the name
 * takes a commune or brand. `forms` are variants ("sấy khô").
 */
export interface Item {
  core: string;
  sub: SubKey;
  place?: string | true;
  forms?: readonly string[];
}

type Spec = readonly [core: string, sub: SubKey, place?: string | true | null, forms?: readonly string[]];
const items = (specs: readonly Spec[]): Item[] =>
  specs.map(([core, sub, place, forms]) => ({ core, sub, ...(place ? { place } : {}), ...(forms ? { forms } : {}) }));

/** Local specialities by pre-2025 district code (Bắc Giang 24, Quảng Ngãi 51, Bình Thuận 60, Bình Dương 74). */
export const LOCAL_SPECIALITIES: Readonly<Record<string, readonly Item[]>> = {
  // Bắc Giang
  '213': items([
    ['Bánh đa Kế', 'proc', null, ['vừng đen', 'nem']], ['Hoa đào Song Mai', 'flower'], ['Rau an toàn Đa Mai', 'fresh'],
    ['Giò chả', 'proc', true], ['Nem chua', 'proc', true], ['Bún khô', 'proc', 'Xương Giang'], ['Trà xanh', 'soft', true],
    ['Đồ gỗ mỹ nghệ', 'wood', true],
  ]),
  '215': items([
    ['Mật ong', 'proc', true, ['hoa rừng', 'hoa nhãn']], ['Trứng gà đồi', 'fresh', true], ['Gà ủ muối', 'proc', true],
    ['Gạo nếp cái hoa vàng', 'fresh', true], ['Nấm linh chi', 'func', true], ['Lạc', 'proc', true, ['rang húng lìu', 'nhân đỏ']],
    ['Gà đồi', 'proc', true, ['ủ xì dầu', 'hun khói']], ['Du lịch trải nghiệm Khu di tích Hoàng Hoa Thám', 'tour'],
  ]),
  '216': items([
    ['Vải sớm Phúc Hòa', 'fresh'], ['Lạc', 'proc', true, ['rang', 'nhân đỏ']], ['Bánh gio', 'proc', true], ['Ổi', 'fresh', true],
    ['Gạo thơm', 'fresh', true], ['Tương', 'other', true], ['Mật ong', 'proc', true], ['Nhãn lồng', 'fresh', true],
  ]),
  '217': items([
    ['Rau an toàn', 'fresh', true], ['Bánh chưng', 'proc', true], ['Nấm sò', 'fresh', true], ['Thịt lợn sạch', 'fresh', true],
    ['Dưa hấu', 'fresh', true], ['Tinh bột nghệ', 'func', true], ['Rượu nếp', 'alc', true],
  ]),
  '218': items([
    ['Na dai', 'fresh', true], ['Thanh long ruột đỏ', 'fresh', true], ['Mật ong', 'proc', true, ['hoa vải', 'hoa rừng']],
    ['Rượu nếp', 'alc', true], ['Chè xanh', 'soft', true], ['Dược liệu Huyền Đinh', 'med'], ['Tinh dầu bạch đàn', 'oil', true],
  ]),
  '219': items([
    ['Vải thiều', 'fresh', 'Lục Ngạn', ['sấy khô', 'VietGAP', 'chín sớm']], ['Mỳ Chũ', 'proc', null, ['Nam Hòa', 'gạo lứt']],
    ['Cam', 'fresh', true, ['đường canh', 'Vinh']], ['Bưởi', 'fresh', true, ['Diễn', 'đỏ']], ['Mật ong hoa vải', 'proc', true],
    ['Rượu vải', 'alc', true], ['Nhãn', 'fresh', true], ['Du lịch trải nghiệm vườn vải', 'tour', true],
  ]),
  '220': items([
    ['Trà hoa vàng', 'soft', true], ['Ba kích', 'med', true, ['tím', 'ngâm']], ['Gà ri', 'fresh', true], ['Măng tre', 'proc', true],
    ['Thịt lợn đen', 'fresh', true], ['Khu du lịch sinh thái Khe Rỗ', 'tour'], ['Tinh dầu quế', 'oil', true], ['Thổ cẩm', 'textile', true],
  ]),
  '221': items([
    ['Rau cần', 'fresh', true], ['Cá thát lát', 'proc', true], ['Gạo', 'fresh', true, ['thơm', 'nếp']], ['Bánh đa', 'proc', true],
    ['Rượu nếp', 'alc', true], ['Hoa cây cảnh Nội Hoàng', 'plant'],
  ]),
  '222': items([
    ['Rượu làng Vân', 'alc', null, ['nếp cái hoa vàng', 'ngâm mơ']], ['Gốm Thổ Hà', 'pottery', null, ['mỹ nghệ']],
    ['Bánh đa Thổ Hà', 'proc'], ['Mây tre đan Tăng Tiến', 'wood'], ['Gạo nếp', 'fresh', true], ['Bánh mật', 'proc', true],
  ]),
  '223': items([
    ['Gà', 'fresh', true, ['ri', 'mía']], ['Nấm', 'fresh', true, ['sò', 'rơm']], ['Gạo', 'fresh', true, ['thơm', 'nếp cẩm']],
    ['Dưa chuột', 'fresh', true], ['Bánh tẻ', 'proc', true], ['Chiếu trúc', 'wood', true], ['Mật ong', 'proc', true],
  ]),
  // Quảng Ngãi
  '522': items([
    ['Đường phèn', 'other', 'Quảng Ngãi'], ['Kẹo gương', 'proc', 'Quảng Ngãi'], ['Cá bống sông Trà', 'proc', null, ['kho tiêu', 'rim']],
    ['Mạch nha', 'other', 'Quảng Ngãi'], ['Nước mắm', 'other', 'Sa Kỳ'], ['Bánh ít lá gai', 'proc', 'Quảng Ngãi'],
  ]),
  '524': items([
    ['Nước mắm', 'other', true, ['cá cơm', 'nhĩ']], ['Mực khô', 'proc', true], ['Gạo', 'fresh', true], ['Chè xanh', 'soft', true],
    ['Hành tím', 'fresh', true], ['Điểm du lịch cộng đồng Gành Yến', 'tour'],
  ]),
  '525': items([
    ['Quế Trà Bồng', 'other', null, ['thanh', 'bột']], ['Tinh dầu quế', 'oil', 'Trà Bồng'], ['Rượu cần', 'alc', 'Trà Bồng'],
    ['Mật ong rừng', 'proc', 'Trà Bồng'], ['Trà quế', 'soft', 'Trà Bồng'], ['Thổ cẩm Cor', 'textile'],
  ]),
  '527': items([
    ['Bánh tráng', 'proc', true, ['mè', 'nước dừa']], ['Gạo', 'fresh', true], ['Mật mía', 'other', true], ['Cá bống', 'proc', true],
    ['Bánh xèo đóng gói', 'proc', true],
  ]),
  '528': items([
    ['Mạch nha Thu Xà', 'other'], ['Bánh tráng', 'proc', true], ['Nước mắm', 'other', true], ['Hành tím', 'fresh', true],
    ['Bánh nổ', 'proc', true],
  ]),
  '529': items([
    ['Mật ong rừng', 'proc', true], ['Ba kích', 'med', true], ['Trà dây', 'med', true], ['Quế', 'other', true], ['Heo kiềng', 'fresh', true],
  ]),
  '530': items([
    ['Quế', 'other', true], ['Mật ong rừng', 'proc', true], ['Sâm cau', 'med', true], ['Rượu cần', 'alc', true],
  ]),
  '531': items([
    ['Rượu cần', 'alc', true], ['Chuối mốc', 'fresh', true], ['Mật ong', 'proc', true], ['Heo kiềng', 'fresh', true],
    ['Điểm du lịch sinh thái thác Trắng', 'tour'],
  ]),
  '532': items([
    ['Gạo', 'fresh', true], ['Bưởi', 'fresh', true], ['Mật mía', 'other', true], ['Bánh tráng', 'proc', true], ['Nấm linh chi', 'func', true],
  ]),
  '533': items([
    ['Hành tím', 'fresh', true], ['Bánh tráng', 'proc', true], ['Nước mắm', 'other', true], ['Gạo', 'fresh', true],
    ['Chiếu cói', 'wood', true], ['Rau sạch', 'fresh', true],
  ]),
  '534': items([
    ['Muối Sa Huỳnh', 'other', null, ['tinh', 'tôm']], ['Nước mắm Sa Huỳnh', 'other'], ['Cá cơm khô', 'proc', true],
    ['Mực một nắng', 'proc', true], ['Tôm khô', 'proc', true], ['Điểm du lịch cộng đồng Sa Huỳnh', 'tour'],
  ]),
  '535': items([
    ['Bò Ba Tơ', 'fresh', null, ['một nắng']], ['Quế Ba Tơ', 'other'], ['Mật ong rừng', 'proc', true], ['Rượu cần', 'alc', true],
    ['Thổ cẩm', 'textile', true],
  ]),
  '536': items([
    ['Tỏi', 'fresh', 'Lý Sơn', ['cô đơn', 'nhiều nhánh']], ['Hành tím', 'fresh', 'Lý Sơn'], ['Rong biển', 'proc', 'Lý Sơn'],
    ['Tỏi ngâm mật ong', 'proc', 'Lý Sơn'], ['Mực khô', 'proc', 'Lý Sơn'], ['Điểm du lịch cộng đồng', 'tour', 'Lý Sơn'],
  ]),
  // Bình Thuận
  '593': items([
    ['Nước mắm Phan Thiết', 'other', null, ['cá cơm', 'nhĩ 40 độ đạm']], ['Mực một nắng', 'proc', 'Phan Thiết'], ['Thanh long', 'fresh', 'Phan Thiết'],
    ['Khô cá', 'proc', 'Phan Thiết'], ['Bánh tráng', 'proc', 'Phan Thiết'], ['Điểm du lịch cộng đồng làng chài Mũi Né', 'tour'],
  ]),
  '594': items([
    ['Nước mắm', 'other', 'La Gi'], ['Cá khô', 'proc', 'La Gi'], ['Mực khô', 'proc', 'La Gi'], ['Hạt điều', 'proc', 'La Gi', ['rang muối']],
  ]),
  '595': items([
    ['Nho', 'fresh', true], ['Mắm ruốc', 'other', true], ['Rượu nho', 'alc', true], ['Tỏi', 'fresh', 'Phước Thể'], ['Hành tím', 'fresh', true],
    ['Mực một nắng', 'proc', true],
  ]),
  '596': items([
    ['Hạt điều', 'proc', true, ['rang muối', 'vỏ lụa']], ['Thanh long', 'fresh', true], ['Dưa lưới', 'fresh', true], ['Nho', 'fresh', true],
    ['Gạo', 'fresh', true], ['Điểm du lịch cộng đồng Bàu Trắng', 'tour'],
  ]),
  '597': items([
    ['Thanh long', 'fresh', 'Hàm Thuận Bắc', ['ruột đỏ', 'ruột trắng']], ['Rượu thanh long', 'alc', true], ['Nước ép thanh long', 'soft', true],
    ['Mứt thanh long', 'proc', true], ['Hạt điều', 'proc', true],
  ]),
  '598': items([
    ['Thanh long', 'fresh', 'Hàm Thuận Nam', ['ruột đỏ', 'VietGAP']], ['Thanh long sấy dẻo', 'proc', true], ['Hạt điều', 'proc', true],
    ['Trà thanh long', 'soft', true], ['Bánh tráng', 'proc', true],
  ]),
  '599': items([
    ['Sầu riêng', 'fresh', true], ['Gạo', 'fresh', true], ['Nấm mèo', 'proc', true], ['Măng cụt', 'fresh', true], ['Chôm chôm', 'fresh', true],
  ]),
  '600': items([
    ['Gạo', 'fresh', true, ['thơm', 'ST25']], ['Hạt tiêu', 'other', true], ['Sầu riêng', 'fresh', true], ['Hạt điều', 'proc', true],
    ['Cà phê', 'soft', true],
  ]),
  '601': items([
    ['Hạt điều', 'proc', true], ['Bánh tráng', 'proc', true], ['Thanh long', 'fresh', true], ['Nước mắm', 'other', true],
  ]),
  '602': items([
    ['Mực khô', 'proc', 'Phú Quý'], ['Cá khô', 'proc', 'Phú Quý'], ['Đậu phộng', 'fresh', 'Phú Quý'], ['Mắm cá', 'other', 'Phú Quý'],
  ]),
  // Bình Dương
  '718': items([
    ['Sơn mài Tương Bình Hiệp', 'wood', null, ['khảm trứng', 'tranh']], ['Gốm', 'pottery', 'Thủ Dầu Một'], ['Trà', 'soft', 'Thủ Dầu Một'],
    ['Điểm du lịch làng nghề sơn mài Tương Bình Hiệp', 'tour'], ['Bánh bèo', 'proc', 'Thủ Dầu Một'],
  ]),
  '719': items([
    ['Hạt điều', 'proc', true, ['rang muối']], ['Măng cụt', 'fresh', 'Lai Uyên'], ['Mít', 'fresh', true], ['Nấm rơm', 'fresh', true],
    ['Rau sạch', 'fresh', true], ['Sầu riêng', 'fresh', true],
  ]),
  '720': items([
    ['Hạt điều', 'proc', true], ['Măng cụt', 'fresh', true], ['Khô cá lóc', 'proc', true], ['Mật ong', 'proc', true],
    ['Bánh tráng', 'proc', true], ['Du lịch sinh thái hồ Dầu Tiếng', 'tour'],
  ]),
  '721': items([
    ['Bánh tráng', 'proc', true], ['Mít', 'fresh', true], ['Sầu riêng', 'fresh', true], ['Nem', 'proc', true], ['Rau thủy canh', 'fresh', true],
  ]),
  '722': items([
    ['Hạt điều', 'proc', true, ['rang muối', 'vỏ lụa']], ['Măng cụt', 'fresh', true], ['Sầu riêng', 'fresh', true], ['Mật ong', 'proc', true],
    ['Bưởi', 'fresh', true],
  ]),
  '723': items([
    ['Bưởi Bình Dương', 'fresh', null, ['da xanh', 'đường lá cam']], ['Bưởi da xanh', 'fresh', 'Bạch Đằng'], ['Gốm', 'pottery', 'Tân Phước Khánh'],
    ['Bánh tráng', 'proc', true], ['Du lịch sinh thái cù lao Bạch Đằng', 'tour'],
  ]),
  '724': items([
    ['Chả lụa', 'proc', true], ['Cà phê', 'soft', true], ['Gốm sứ', 'pottery', true], ['Hoa lan', 'flower', true], ['Bánh bao', 'proc', true],
  ]),
  '725': items([
    ['Măng cụt Lái Thiêu', 'fresh'], ['Gốm Lái Thiêu', 'pottery'], ['Sầu riêng Lái Thiêu', 'fresh'], ['Bánh bò', 'proc', true],
    ['Du lịch miệt vườn Lái Thiêu', 'tour'],
  ]),
  '726': items([
    ['Bưởi', 'fresh', true], ['Cam sành', 'fresh', true], ['Sầu riêng', 'fresh', true], ['Hạt điều', 'proc', true], ['Mật ong', 'proc', true],
    ['Nấm', 'fresh', true],
  ]),
};

/** Products any district may have; names take a commune, the district or a brand. */
export const GENERIC_ITEMS: readonly Item[] = items([
  ['Gạo', 'fresh', null, ['thơm', 'nếp', 'hữu cơ', 'lứt']], ['Gạo nếp cái hoa vàng', 'fresh'], ['Trứng gà', 'fresh'], ['Trứng vịt', 'fresh'],
  ['Bưởi', 'fresh'], ['Cam', 'fresh'], ['Chuối', 'fresh'], ['Ổi', 'fresh'], ['Nhãn', 'fresh'], ['Dưa lưới', 'fresh'], ['Rau an toàn', 'fresh'],
  ['Nấm sò', 'fresh'], ['Gà ta', 'fresh'], ['Thịt lợn', 'fresh'], ['Cá rô đồng', 'fresh'],
  ['Mật ong', 'proc', null, ['hoa nhãn', 'hoa cà phê', 'rừng']], ['Giò lụa', 'proc'], ['Nem chua', 'proc'], ['Bánh chưng', 'proc'],
  ['Bánh đa', 'proc'], ['Bánh tráng', 'proc'], ['Bún khô', 'proc'], ['Miến dong', 'proc'], ['Mỳ gạo', 'proc'], ['Lạc rang', 'proc'],
  ['Hạt điều rang muối', 'proc'], ['Chuối sấy', 'proc'], ['Mít sấy', 'proc'], ['Lạp xưởng', 'proc'], ['Cá khô', 'proc'], ['Tôm khô', 'proc'],
  ['Ruốc', 'proc'], ['Tinh bột nghệ', 'proc'], ['Bột sắn dây', 'proc'], ['Mứt gừng', 'proc'], ['Kẹo lạc', 'proc'], ['Chả cá', 'proc'],
  ['Nước mắm', 'other'], ['Tương', 'other'], ['Tương ớt', 'other'], ['Muối ớt', 'other'], ['Mắm tôm', 'other'], ['Dầu lạc', 'other'],
  ['Đường phèn', 'other'], ['Mạch nha', 'other'],
  ['Rượu nếp', 'alc', null, ['cái hoa vàng', 'cẩm']], ['Rượu ngô', 'alc'], ['Rượu chuối hột', 'alc'], ['Rượu mơ', 'alc'], ['Rượu sim', 'alc'],
  ['Trà xanh', 'soft'], ['Chè búp', 'soft'], ['Trà túi lọc', 'soft'], ['Cà phê', 'soft', null, ['rang xay', 'hạt']], ['Nước ép trái cây', 'soft'],
  ['Trà hoa cúc', 'soft'], ['Trà gạo lứt', 'soft'],
  ['Tinh dầu sả', 'oil'], ['Tinh dầu tràm', 'oil'], ['Cao dược liệu', 'med'], ['Trà giảo cổ lam', 'med'], ['Cao actiso', 'med'],
  ['Xà phòng thảo dược', 'cosm'], ['Dầu gội thảo dược', 'cosm'], ['Nấm linh chi', 'func'], ['Đông trùng hạ thảo', 'func'],
  ['Viên tinh nghệ mật ong', 'func'],
  ['Mây tre đan', 'wood'], ['Đồ gỗ mỹ nghệ', 'wood'], ['Chổi đót', 'wood'], ['Nón lá', 'wood'], ['Chiếu cói', 'wood'], ['Gốm', 'pottery'],
  ['Thổ cẩm', 'textile'], ['Tranh thêu', 'textile'], ['Đồ đồng', 'metal'],
  ['Hoa lan', 'flower'], ['Hoa đào', 'flower'], ['Hoa cúc', 'flower'], ['Cây cảnh bonsai', 'plant'], ['Mai vàng', 'plant'], ['Quất cảnh', 'plant'],
  ['Cá cảnh', 'animal'],
  ['Điểm du lịch cộng đồng', 'tour'], ['Khu du lịch sinh thái', 'tour'], ['Du lịch trải nghiệm làng nghề', 'tour'], ['Homestay', 'tour'],
  ['Du lịch sinh thái miệt vườn', 'tour'],
]);

/** How often each group is picked among generic products (food dominates real OCOP lists). */
export const GROUP_WEIGHTS: readonly (readonly [ProductGroup, number])[] = [
  ['food', 62], ['beverage', 12], ['herbal', 10], ['handicraft', 8], ['ornamental', 3], ['tourism', 5],
];

/** Two-syllable brand names ("Phúc Lộc"), as subjects name their product lines. */
export const BRAND_FIRST = [
  'Phúc', 'Minh', 'Hoàng', 'Thành', 'Bảo', 'Tâm', 'An', 'Hưng', 'Thịnh', 'Kim', 'Ngọc', 'Hồng', 'Thiên', 'Việt', 'Đại', 'Tân', 'Quang',
  'Gia', 'Hòa', 'Trường', 'Hải', 'Lộc', 'Tài', 'Đức', 'Nam', 'Phú', 'Sơn', 'Hương', 'Xuân', 'Mai', 'Ánh', 'Khánh', 'Thảo', 'Vĩnh', 'Trung',
  'Hiền', 'Lâm', 'Cường', 'Thái', 'Đông',
] as const;
export const BRAND_SECOND = [
  'Lộc', 'Phát', 'An', 'Thịnh', 'Hưng', 'Đạt', 'Nguyên', 'Tâm', 'Phúc', 'Gia', 'Long', 'Thành', 'Quê', 'Việt', 'Hà', 'Linh', 'Sơn', 'Tín',
  'Nghĩa', 'Hương', 'Xanh', 'Mỹ', 'Hạnh', 'Khang', 'Minh', 'Đức', 'Bình', 'Hòa',
] as const;

export const VILLAGES = [
  'Đồng Tâm', 'Tân Lập', 'Trung', 'Đông', 'Tây', 'Nam', 'Bắc', 'Làng Mới', 'Hòa Bình', 'Quyết Tiến', 'Đồng Mai', 'Tiền Phong', 'Thắng Lợi',
  'An Lạc', 'Phú Mỹ', 'Bình An', 'Tân Thành', 'Đoàn Kết', 'Hạ', 'Thượng',
] as const;

export const REVOCATION_REASONS = [
  'Chủ thể không duy trì chất lượng sản phẩm như khi được công nhận',
  'Chủ thể ngừng sản xuất, kinh doanh sản phẩm',
  'Vi phạm quy định về an toàn thực phẩm',
  'Sử dụng nhãn, logo OCOP không đúng quy định',
  'Chủ thể giải thể, đề nghị thu hồi giấy chứng nhận',
] as const;

export const TRAINING_TOPICS: readonly (readonly [topic: string, audience: 'cadres' | 'subjects' | 'mixed', fromYear: number])[] = [
  ['Tập huấn nâng cao năng lực quản lý, điều hành Chương trình OCOP cho cán bộ cấp huyện, xã', 'cadres', 2019],
  ['Tập huấn nghiệp vụ đánh giá, phân hạng sản phẩm OCOP cho thành viên Hội đồng, Tổ giúp việc', 'cadres', 2019],
  ['Tập huấn Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP theo Quyết định 148/QĐ-TTg', 'mixed', 2023],
  ['Tập huấn kỹ năng xây dựng hồ sơ sản phẩm tham gia đánh giá OCOP', 'subjects', 2019],
  ['Tập huấn thiết kế bao bì, nhãn mác và truy xuất nguồn gốc sản phẩm', 'subjects', 2019],
  ['Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho chủ thể OCOP', 'subjects', 2020],
  ['Tập huấn quản trị hợp tác xã và xây dựng câu chuyện sản phẩm', 'subjects', 2019],
  ['Tập huấn tiêu chuẩn chất lượng, an toàn thực phẩm cho chủ thể OCOP', 'subjects', 2019],
  ['Tập huấn phát triển sản phẩm du lịch cộng đồng gắn với OCOP', 'mixed', 2021],
  ['Tập huấn chuyển đổi số trong Chương trình OCOP', 'mixed', 2022],
];

export const BUDGET_ACTIVITY: Readonly<Record<'central' | 'provincial' | 'district' | 'commune' | 'other', (year: number) => string>> = {
  central: (y) => `Kinh phí sự nghiệp Chương trình MTQG xây dựng nông thôn mới năm ${y} thực hiện Chương trình OCOP`,
  provincial: (y) => `Ngân sách tỉnh hỗ trợ thực hiện Chương trình OCOP năm ${y}`,
  district: (y) => `Ngân sách huyện thực hiện Chương trình OCOP năm ${y}`,
  commune: (y) => `Ngân sách xã hỗ trợ chủ thể tham gia Chương trình OCOP năm ${y}`,
  other: (y) => `Vốn lồng ghép khuyến công, khoa học và công nghệ năm ${y} cho sản phẩm OCOP`,
};

export const SPENDING_ACTIVITIES = [
  'Tổ chức đánh giá, phân hạng sản phẩm OCOP',
  'Tuyên truyền, quảng bá Chương trình OCOP',
  'Tổ chức tập huấn nâng cao năng lực',
  'Xây dựng, nâng cấp điểm giới thiệu và bán sản phẩm OCOP',
  'Tổ chức tham gia hội chợ, triển lãm',
  'Tư vấn hoàn thiện hồ sơ sản phẩm',
] as const;

/** Support paid to a subject (disbursement.subject_id is set). */
export const SUBJECT_SUPPORT = [
  'Hỗ trợ chủ thể thiết kế bao bì, nhãn mác',
  'Hỗ trợ chủ thể xây dựng hệ thống truy xuất nguồn gốc',
  'Hỗ trợ chủ thể chứng nhận VietGAP, hữu cơ',
  'Hỗ trợ chủ thể phân tích chỉ tiêu chất lượng sản phẩm',
  'Hỗ trợ chủ thể mua sắm trang thiết bị sản xuất, chế biến',
  'Hỗ trợ chủ thể đăng ký nhãn hiệu, bảo hộ sở hữu trí tuệ',
  'Hỗ trợ chủ thể xây dựng nhà xưởng đạt chuẩn',
] as const;

export const OUT_OF_PROVINCE_CITIES = ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Hạ Long, Quảng Ninh', 'Cần Thơ', 'Hải Phòng', 'Huế'] as const;

export const INTERNATIONAL_EVENTS: readonly (readonly [name: string, location: string])[] = [
  ['Hội chợ Thương mại Quốc tế Việt Nam (Vietnam Expo)', 'Hà Nội'],
  ['Hội chợ Thương mại Quốc tế Việt – Trung', 'Lào Cai'],
  ['Hội chợ Trung Quốc – ASEAN (CAEXPO)', 'Nam Ninh, Trung Quốc'],
  ['Tuần lễ hàng Việt Nam tại Nhật Bản', 'Osaka, Nhật Bản'],
  ['Triển lãm Thực phẩm và Đồ uống Quốc tế Food & Hotel Vietnam', 'TP. Hồ Chí Minh'],
  ['Hội chợ Quốc tế Hàng nông sản, thực phẩm SIAL', 'Paris, Pháp'],
];
