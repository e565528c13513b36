// The errors a write can end in, each with the code clients switch on:
// BAD_USER_INPUT listing every bad field, FORBIDDEN naming the unit or the
// reason, CONFLICT naming the current version, NOT_FOUND.
import { GraphQLError } from 'graphql';

/** One bad field: its path from the argument (`input.amount`) and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function invalidInput(problems: FieldProblem[]): GraphQLError {
  const list = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid input (${problems.length} ${problems.length === 1 ? 'field' : 'fields'}) — ${list}`, {
    extensions: { code: 'BAD_USER_INPUT', fields: problems },
  });
}

/** Collects the problems of one input, so that the client hears about all of them at once. */
export class Problems {
  readonly list: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  throwIfAny(): void {
    if (this.list.length) throw invalidInput(this.list);
  }
}

export function isBadInput(error: unknown): error is GraphQLError & { extensions: { fields: FieldProblem[] } } {
  return error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT' && Array.isArray(error.extensions.fields);
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

export function conflict(label: string, id: number, current: number, given: number): GraphQLError {
  return new GraphQLError(
    `${label} ${id} was changed by someone else since you read it: version ${current} is current (you sent ${given}). Reload it and apply your change again.`,
    { extensions: { code: 'CONFLICT', currentVersion: current } },
  );
}

/** Deleting a row other rows still refer to; `reasons` like "products (3)". */
export function stillReferenced(label: string, id: number, reasons: string[]): GraphQLError {
  const message = `still referred to by ${reasons.join(', ')}`;
  return new GraphQLError(`${label} ${id} cannot be deleted: it is ${message}. Delete or move those first.`, {
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'id', message }] },
  });
}
