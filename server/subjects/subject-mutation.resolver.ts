import { Resolver } from 'type-graphql';
import { recordMutations } from '../writes/record-mutations.ts';
import { Subject } from './subject.entity.ts';
import { SubjectInput } from './subject.inputs.ts';
import { subjectWriter } from './subject.writer.ts';

@Resolver()
export class SubjectMutationResolver extends recordMutations(Subject, SubjectInput, subjectWriter, {
  create: 'Registers an OCOP subject in a unit inside your write scope.',
  update: 'Replaces the fields of a subject; its version goes up by one when anything changed.',
  delete: 'Deletes a subject; refused while products, disbursements, sales points or events refer to it.',
}) {}
