// Every root field but `login` needs a viewer, whichever transport ran the
// operation (HTTP, or in-process callers such as tests and scripts).
import type { MiddlewareFn } from 'type-graphql';
import { currentViewer } from './viewer.ts';

export const RequireViewer: MiddlewareFn = ({ info }, next) => {
  const root = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (root && info.fieldName !== 'login') currentViewer();
  return next();
};
