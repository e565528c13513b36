// Histories of the products the plans name (loaded by loadNamedProducts with
// codes NP001…). The plans say what was expected of them; the outcomes here are
// illustrative: the Lý Sơn black-garlic products recognised by the province in
// 2022, the Bắc Giang candidates certified 4 stars and proposed for 5.
import { dayOf } from './dates.ts';
import type { HistoryBuilder } from './history.ts';
import { slotOf } from './rounds.ts';

export const NAMED_HISTORIES: Readonly<Partial<Record<string, (b: HistoryBuilder) => void>>> = {
  'Vải thiều Lục Ngạn': (b) => {
    b.registered = dayOf('2019-02-20');
    b.award(slotOf(2019, 1), 4);
    b.award(slotOf(2022, 1), 4, true);
    b.award(slotOf(2025, 1), 4, true);
  },
  'Gà đồi Yên Thế': (b) => {
    b.registered = dayOf('2019-05-10');
    b.award(slotOf(2019, 2), 4);
    b.award(slotOf(2022, 2), 4, true);
    // "huyện Yên Thế hoàn thiện hồ sơ … đủ điều kiện đánh giá 5 sao cấp quốc gia đầu năm 2025"
    b.award(slotOf(2025, 1), 4, true);
  },
  'Mỳ gạo Chũ': (b) => {
    b.registered = dayOf('2020-01-15');
    b.award(slotOf(2020, 1), 3);
    b.award(slotOf(2022, 2), 4, true);
    b.award(slotOf(2025, 2), 4, true);
  },
  'Tỏi đen cô đơn': (b) => {
    b.registered = dayOf('2022-04-20');
    b.award(slotOf(2022, 2), 4);
    b.award(slotOf(2025, 2), 4);
  },
  'Rượu tỏi đen': (b) => {
    b.registered = dayOf('2022-04-20');
    b.award(slotOf(2022, 2), 3);
    b.award(slotOf(2025, 2), 3);
  },
  // The household did not apply again: the certificate ran out at the end of 2025.
  'Tỏi đen nhiều nhánh': (b) => {
    b.registered = dayOf('2022-05-06');
    b.award(slotOf(2022, 2), 3);
  },
  // The Liên Chung pilot (approved in Q2 2024) was rated 3 stars by the district in 2025.
  'Dịch vụ du lịch tâm linh sinh thái núi Dành và du lịch sinh thái ven sông Thương': (b) => {
    b.registered = dayOf('2024-06-20');
    b.award(slotOf(2025, 1), 3);
  },
  'Du lịch cộng đồng thôn Bắc An Bình': (b) => {
    b.registered = dayOf('2022-09-05');
    b.fail(slotOf(2023, 2), 2);
    b.award(slotOf(2024, 2), 3);
  },
};
