// class-validator for every argument of the schema (buildSchema's validateFn),
// reporting each bad field by its path from the argument ("input.amount"), and
// the same check for inputs built from imported files.
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage, type ValidatorFn } from 'type-graphql';
import { validate, ValidateBy, type ValidationError, type ValidationOptions } from 'class-validator';
import { formatDate } from '../common/dates.ts';
import { validationLabel } from './validation-messages.ts';
import { invalidInput, type Problem } from './write-errors.ts';

const OPTIONS = {
  // Inputs say which fields may be absent with @IsOptional; everything else is checked as given.
  skipMissingProperties: false,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
};

function flatten(errors: ValidationError[], prefix: string, out: Problem[]): Problem[] {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      // class-validator's own messages start with the property name; the field path says it already.
      out.push({ field, message: validationLabel(constraint, message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message) });
    }
    if (error.children?.length) flatten(error.children, field, out);
  }
  return out;
}

/** Every problem class-validator finds in `value`, with paths under `prefix`. */
export async function validateInput(value: object, prefix: string): Promise<Problem[]> {
  return flatten(await validate(value, OPTIONS), prefix, []);
}

/** The argument an input object arrived in, e.g. "input"; empty for @ArgsType classes, whose fields are the arguments. */
function argumentName(argType: unknown, info: GraphQLResolveInfo): string {
  const typeName = getMetadataStorage().inputTypes.find((t) => t.target === argType)?.name;
  if (!typeName) return '';
  const field = info.parentType.getFields()[info.fieldName];
  return field?.args.find((a) => getNamedType(a.type).name === typeName)?.name ?? '';
}

/** type-graphql's validateFn: every object argument (and array of them) through class-validator. */
export const validateArgument: ValidatorFn = async (argValue, argType, { info }) => {
  if (argValue === null || typeof argValue !== 'object') return;
  const prefix = argumentName(argType, info);
  const items: unknown[] = Array.isArray(argValue) ? argValue : [argValue];
  const problems: Problem[] = [];
  for (const [i, item] of items.entries()) {
    // Plain objects are JSON scalars (metric params), not input classes: nothing to check.
    const proto: unknown = item === null || typeof item !== 'object' ? null : Object.getPrototypeOf(item);
    if (proto === null || proto === Object.prototype) continue;
    problems.push(...(await validateInput(item as object, Array.isArray(argValue) ? `${prefix}[${i}]` : prefix)));
  }
  if (problems.length) throw invalidInput(problems);
};

/** Text with at least one non-space character. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'notBlank', validator: { validate: (v: unknown) => typeof v === 'string' && v.trim().length > 0, defaultMessage: () => 'must not be blank' } },
    options,
  );
}

/**
 * A date (ISO string) on or after another date of the same input; passes when
 * either is absent. `what` names the other date in the message.
 */
export function OnOrAfter(property: string, what: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'onOrAfter',
      constraints: [property],
      validator: {
        validate: (value: unknown, args) => {
          const other = (args?.object as Record<string, unknown>)[property];
          return typeof value !== 'string' || typeof other !== 'string' || value >= other;
        },
        defaultMessage: (args) => `must be on or after ${what} (${formatDate(String((args?.object as Record<string, unknown>)[property]))})`,
      },
    },
    options,
  );
}

/** A VND amount (digit string) of at least `min` đồng. */
export function VndAtLeast(min: 0 | 1, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'vndAtLeast',
      constraints: [min],
      validator: {
        validate: (v: unknown) => typeof v === 'string' && /^\d{1,18}$/.test(v) && BigInt(v) >= BigInt(min),
        defaultMessage: () =>
          min === 1 ? 'must be a positive whole number of đồng (at most 18 digits)' : 'must be a whole number of đồng, 0 or more (at most 18 digits)',
      },
    },
    options,
  );
}

/**
 * A finite number with at most `places` decimals. class-validator's
 * IsNumber({ maxDecimalPlaces }) reads the decimals from toString() and throws
 * on exponent forms such as 5e-324; this compares the rounded value instead.
 */
export function Decimals(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'decimals',
      constraints: [places],
      validator: {
        validate: (v: unknown) => typeof v === 'number' && Number.isFinite(v) && Number(v.toFixed(places)) === v,
        defaultMessage: () => `must be a number with at most ${places} decimals`,
      },
    },
    options,
  );
}
