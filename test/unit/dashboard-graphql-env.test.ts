// The dashboard's documents are typed from dashboard/src/graphql-env.d.ts,
// gql.tada's introspection of schema.graphql. It must be what `npm run
// graphql-env` writes from the schema as checked in, or the typecheck would
// check the documents against an old schema.
import fs from 'node:fs';
import path from 'node:path';
import { extractIntrospectionHeader, loadRef, minifyIntrospection, outputIntrospectionFile } from 'gql.tada/internal';
import { expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';

const OUTPUT = path.join(ROOT_DIR, 'dashboard', 'src', 'graphql-env.d.ts');

it('graphql-env.d.ts is generated from the checked-in schema.graphql (npm run graphql-env)', async () => {
  const ref = await loadRef({ schema: './schema.graphql' }).load({ rootPath: ROOT_DIR });
  const current = fs.readFileSync(OUTPUT, 'utf8');
  const expected = outputIntrospectionFile(minifyIntrospection(ref.current.introspection), {
    fileType: OUTPUT,
    shouldPreprocess: true,
    preamble: extractIntrospectionHeader(current) ?? undefined,
  });
  expect(current === expected, 'dashboard/src/graphql-env.d.ts is stale: run `npm run graphql-env`').toBe(true);
});
