// Every root field but `login` needs a viewer, whichever transport ran the
// operation (HTTP, or in-process callers such as tests and scripts). Only root
// fields are wrapped: a global middleware would cost a promise on every field.
import type { GraphQLSchema } from 'graphql';
import { currentViewer } from './viewer.ts';

export function requireViewerOnRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve;
      if (field.name === 'login' || !resolve) continue;
      field.resolve = (source, args, context, info) => {
        currentViewer();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
