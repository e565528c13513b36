// GraphQL errors with the codes clients switch on.
import { GraphQLError } from 'graphql';

export function badInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Invalid value for "${argument}": ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

export function notFound(what: string, key: string | number): GraphQLError {
  return new GraphQLError(`${what} ${JSON.stringify(key)} was not found`, { extensions: { code: 'NOT_FOUND' } });
}
