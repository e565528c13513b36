// The create, update and delete mutations of a record, generated from its
// writer (type-graphql resolver inheritance): each domain's resolver extends
// recordMutations(…) with its descriptions, and adds its special mutations
// (a revocation, a "done" mark) next to the generated ones.
import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/guard.ts';
import type { Context } from '../context.ts';
import type { EntityClass } from '../db/rows.ts';
import { ID_ARG, INPUT_ARG, VERSION_ARG } from './mutation-args.ts';
import type { RecordWriter, Versioned } from './record-writer.ts';
import { runMutation } from './write-context.ts';
import { DeletedRecord, deletedRecord } from './write.types.ts';

export interface MutationDescriptions {
  create: string;
  update: string;
  delete: string;
}

/**
 * `create<Entity>(input)`, `update<Entity>(id, version, input)` and
 * `delete<Entity>(id, version)`, named after the entity's class (which is
 * also its GraphQL type), each one transaction through `writer`.
 */
export function recordMutations<Row extends Versioned, Input extends object>(
  entity: EntityClass<Row>,
  input: EntityClass<Input>,
  writer: RecordWriter<Row, Input>,
  describe: MutationDescriptions,
) {
  const name = entity.name;

  @Authorized(ACCESS.write.roles)
  @Resolver()
  abstract class RecordMutations {
    @Mutation(() => entity, { name: `create${name}`, description: describe.create })
    create(@Arg('input', () => input, INPUT_ARG) record: Input, @Ctx() ctx: Context): Promise<Row> {
      return runMutation(ctx, async (w) => (await writer.create(w, record)).row);
    }

    @Mutation(() => entity, { name: `update${name}`, description: describe.update })
    update(
      @Arg('id', () => Int, ID_ARG) id: number,
      @Arg('version', () => Int, VERSION_ARG) version: number,
      @Arg('input', () => input, INPUT_ARG) record: Input,
      @Ctx() ctx: Context,
    ): Promise<Row> {
      return runMutation(ctx, async (w) => (await writer.update(w, id, version, record)).row);
    }

    @Mutation(() => DeletedRecord, { name: `delete${name}`, description: describe.delete })
    delete(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
      return runMutation(ctx, async (w) => deletedRecord(id, (await writer.delete(w, id, version)).soft));
    }
  }
  return RecordMutations;
}
