// LocalDate answers as graphql-scalars' LocalDate does, though it checks each distinct date once.
import { describe, expect, it } from 'vitest';
import { LocalDateResolver } from 'graphql-scalars';
import { LocalDate } from '../../server/common/scalars.ts';

function refusal(serialize: () => unknown): string {
  try {
    serialize();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('not refused');
}

describe('LocalDate', () => {
  it('serialises, refuses and parses as the library, on the first and every later time', () => {
    for (let round = 0; round < 3; round++) {
      for (const value of ['2024-12-31', '2024-02-29', '1900-01-01']) expect(LocalDate.serialize(value)).toBe(LocalDateResolver.serialize(value));
      for (const value of ['2023-02-29', '2024-13-01', '31/12/2024', '', 20241231, null, new Date('2024-12-31')])
        expect(refusal(() => LocalDate.serialize(value))).toBe(refusal(() => LocalDateResolver.serialize(value)));
    }
    expect(LocalDate.parseValue('2024-12-31')).toBe('2024-12-31');
    expect(() => LocalDate.parseValue('2024-12-32')).toThrow('Value is not a valid LocalDate: 2024-12-32');
    expect(LocalDate.name).toBe(LocalDateResolver.name);
    expect(LocalDate.description).toBe(LocalDateResolver.description);
  });
});
