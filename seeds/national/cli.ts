// `npx tsx scripts/seed-national.ts --scale 1 [--database-url URL] [--seed TEXT]`
// Without --database-url (or DATABASE_URL), starts the embedded PostgreSQL the
// way the hub does (loadConfig + openDatabase), which also applies migrations.
import { loadConfig } from '../../server/config.ts';
import { openDatabase } from '../../server/db/database.ts';
import { formatReport, seedNational, type NationalResult } from './load.ts';

export interface CliArgs {
  scale: number;
  databaseUrl?: string;
  seed?: string;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { scale: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--scale') {
      args.scale = Number(value());
      if (!Number.isFinite(args.scale) || args.scale <= 0) throw new Error(`--scale must be a positive number (e.g. 0.01, 1, 10)`);
    } else if (flag === '--database-url') args.databaseUrl = value();
    else if (flag === '--seed') args.seed = value();
    else throw new Error(`unknown argument ${argv[i]} (usage: --scale N [--database-url URL] [--seed TEXT])`);
  }
  return args;
}

export async function main(argv: readonly string[], out: (line: string) => void = console.log): Promise<NationalResult> {
  const args = parseArgs(argv);
  const config = loadConfig();
  if (args.databaseUrl) config.databaseUrl = args.databaseUrl;
  const database = await openDatabase(config);
  try {
    out(`national seed: scale ${args.scale} into ${database.embedded ? `embedded PostgreSQL (${config.embeddedDir})` : 'the given database'}`);
    const result = await seedNational(database.db, { scale: args.scale, seed: args.seed, log: out, progress: Boolean(process.stdout.isTTY) });
    out(formatReport(result));
    return result;
  } finally {
    await database.close();
  }
}
