// Writes schema.graphql from the resolvers (npm run schema). The test suite
// fails when the checked-in file differs from what the server emits.
import fs from 'node:fs';
import { printHubSchema, SCHEMA_FILE } from '../server/schema.ts';

fs.writeFileSync(SCHEMA_FILE, await printHubSchema());
console.log(`wrote ${SCHEMA_FILE}`);
