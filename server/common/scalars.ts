// Scalars shared by every domain.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** Dates the library has already accepted for an answer; forgotten whole when full. */
const servedDates = new Set<string>();
const SERVED_DATES = 20_000;

/**
 * Calendar dates as ISO strings ("2024-12-31"), never shifted by time zones:
 * graphql-scalars' LocalDate, whose check of an answer's date (a regular
 * expression and two Date conversions, about 0.4 µs) is made once per distinct
 * date: a 100-row page repeats a few hundred dates. Anything it refuses is
 * refused as it refuses it, every time.
 */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  serialize(value) {
    if (typeof value === 'string' && servedDates.has(value)) return value;
    const served = LocalDateResolver.serialize(value) as string;
    if (servedDates.size >= SERVED_DATES) servedDates.clear();
    servedDates.add(served);
    return served;
  },
});

const DIGITS = /^-?\d+$/;

function parseVnd(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && DIGITS.test(value)) return value.replace(/^(-?)0+(?=\d)/, '$1');
  throw new GraphQLError(`Vnd must be a whole number of đồng as digits, e.g. "20967000000"; got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Money in Vietnamese đồng, exact: serialised as a string of digits because
 * programme totals exceed what a double holds exactly once summed nationally.
 */
export const Vnd = new GraphQLScalarType<string, string>({
  name: 'Vnd',
  description: 'An exact amount of Vietnamese đồng (VND), as a string of digits, e.g. "20967000000". Never rounded.',
  serialize(value) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return parseVnd(String(value));
    throw new GraphQLError(`Vnd cannot represent ${String(value)}`);
  },
  parseValue: parseVnd,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseVnd(ast.value);
    throw new GraphQLError('Vnd must be a string of digits or an integer literal', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
