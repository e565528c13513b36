// Every message class-validator can give about an input has Vietnamese: the
// messages the inputs declare, the defaults of the constraints they use, and
// the hub's own decorators.
import { getMetadataStorage } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../server/schema.ts';
import { validationLabel, vietnameseOf } from '../../server/writes/validation-messages.ts';

describe('validation messages', () => {
  it('has a Vietnamese wording for every message an input declares', async () => {
    await buildHubSchema(); // loads every input class
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { name?: string; message?: unknown; constraints?: unknown[] }[]> };
    const declared = [...storage.validationMetadatas.values()].flat().filter((m) => typeof m.message === 'string');
    expect(declared.length).toBeGreaterThan(40);
    const missing = declared.filter((m) => vietnameseOf(m.name ?? '', m.message as string) === undefined).map((m) => m.message);
    expect(missing).toEqual([]);
  });

  it('words class-validator defaults and the hub decorators in Vietnamese', () => {
    expect(validationLabel('min', 'must not be less than 1')).toEqual({ vi: 'không được nhỏ hơn 1', en: 'must not be less than 1' });
    expect(validationLabel('isInt', 'must be an integer number').vi).toBe('phải là số nguyên');
    expect(validationLabel('notBlank', 'must not be blank').vi).toBe('không được để trống');
    expect(validationLabel('onOrAfter', 'must be on or after startsOn (02/05/2024)').vi).toBe('phải cùng ngày hoặc sau ngày bắt đầu (02/05/2024)');
    expect(validationLabel('vndAtLeast', 'must be a positive whole number of đồng (at most 18 digits)').vi).toBe(
      'phải là số đồng nguyên dương (tối đa 18 chữ số)',
    );
    expect(validationLabel('isPositive', 'an unforeseen message')).toEqual({ vi: 'an unforeseen message', en: 'an unforeseen message' });
  });
});
