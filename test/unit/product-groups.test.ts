// The product groups the hub shows and imports are the decisions' own, as the
// rule data records them, and every Decision 1048 group is counted somewhere.
import { describe, expect, it } from 'vitest';
import { ENUM_LABELS } from '../../server/labels/enum-labels.ts';
import { ProductGroup, ProductGroup1048 } from '../../server/products/product.entity.ts';
import { GROUP_148_OF_1048, officialGroups } from '../../server/products/product-groups.ts';

describe('product groups', () => {
  it('are labelled with the official names of Decision 148 and of Decision 1048', () => {
    for (const [classification, values, labels] of [
      ['qd148-2023', Object.values(ProductGroup), ENUM_LABELS.ProductGroup],
      ['qd1048-2019', Object.values(ProductGroup1048), ENUM_LABELS.ProductGroup1048],
    ] as const) {
      const official = officialGroups(classification);
      expect([...official.keys()].sort()).toEqual([...values].sort());
      for (const value of values) {
        const label = (labels as Record<string, { vi: string; en: string }>)[value];
        expect(label, `${classification} ${value}`).toMatchObject({ vi: official.get(value)!.nameVi, en: official.get(value)!.nameEn });
      }
    }
    expect(ENUM_LABELS.ProductGroup.herbal.vi).toBe('Dược liệu và sản phẩm từ dược liệu');
    expect(ENUM_LABELS.ProductGroup1048.textile.vi).toBe('Vải và may mặc');
  });

  it('map every Decision 1048 group to the Decision 148 group it is counted in', () => {
    expect(GROUP_148_OF_1048).toEqual({
      food: 'food',
      beverage: 'beverage',
      herbal: 'herbal',
      textile: 'handicraft',
      souvenir_decor: 'handicraft',
      rural_tourism_sales: 'tourism',
    });
  });
});
