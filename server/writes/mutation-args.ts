// Descriptions of the arguments every update and delete mutation takes.
export const ID_ARG = { description: 'Id of the record.' };
export const VERSION_ARG = {
  description: 'The `version` of the record as you read it. If someone changed it since, the mutation is refused with CONFLICT and nothing is written.',
};
export const INPUT_ARG = { description: 'The record as it should be.' };
