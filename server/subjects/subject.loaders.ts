import { byIdLoader } from '../common/loaders.ts';
import type { Db } from '../db/sql.ts';
import { Subject } from './subject.entity.ts';

export function createSubjectLoaders(db: Db) {
  return {
    subjectById: byIdLoader<Subject>(db, Subject),
  };
}
