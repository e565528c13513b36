// The arguments every create, update and delete mutation takes.
import { validateArgument } from './validation.ts';
export const ID_ARG = { description: 'Id of the record.' };
export const VERSION_ARG = {
  description: 'The `version` of the record as you read it. If someone changed it since, the mutation is refused with CONFLICT and nothing is written.',
};
/**
 * Input arguments run through class-validator (each bad field reported by its
 * path). Only these: a validator on every argument would make every field
 * resolver with an argument asynchronous.
 */
export const VALIDATED = { validateFn: validateArgument };
export const INPUT_ARG = { description: 'The record as it should be.', ...VALIDATED };
