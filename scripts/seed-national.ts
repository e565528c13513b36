// Loads the whole country (all administrative units and illustrative programme
// data at the given scale) with COPY. See docs/seeding.md.
//   npx tsx scripts/seed-national.ts --scale 1 [--database-url URL]
import { main } from '../seeds/national/cli.ts';

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
