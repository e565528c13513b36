// The one TypeORM DataSource: entities, reviewed migrations, statement counting.
import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { CountingLogger } from './statement-counter.ts';
import { ENTITIES } from './entities.ts';
import { Init1763800000000 } from './migrations/1763800000000-Init.ts';
import { Access1763900000000 } from './migrations/1763900000000-Access.ts';
import { DataVersion1763950000000 } from './migrations/1763950000000-DataVersion.ts';
import { Writes1764000000000 } from './migrations/1764000000000-Writes.ts';
import { CertificateValidity1764100000000 } from './migrations/1764100000000-CertificateValidity.ts';
import { ProductProvenance1764100001000 } from './migrations/1764100001000-ProductProvenance.ts';
import { CodeSearch1764200000000 } from './migrations/1764200000000-CodeSearch.ts';
import { ReportDrafts1765010000000 } from './migrations/1765010000000-ReportDrafts.ts';
import { RuleSets1765100000000 } from './migrations/1765100000000-RuleSets.ts';
import { CommuneOfficers1765100000100 } from './migrations/1765100000100-CommuneOfficers.ts';
import { PeriodApprovals1765100000200 } from './migrations/1765100000200-PeriodApprovals.ts';
import { UnitMaps1765100000300 } from './migrations/1765100000300-UnitMaps.ts';
import { CertificateValiditySpans1765100000400 } from './migrations/1765100000400-CertificateValiditySpans.ts';
import { OcopCycle1765200000000 } from './migrations/1765200000000-OcopCycle.ts';
import { CertificateValidityByProduct1765260000000 } from './migrations/1765260000000-CertificateValidityByProduct.ts';
import { CertificateValidityUnit1765270000000 } from './migrations/1765270000000-CertificateValidityUnit.ts';

// DATE columns stay ISO strings ("2024-12-31"): converting them to JS Dates
// would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
// bigint counts fit in a double for every figure this programme holds.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export interface DataSourceOptions {
  url: string;
  /** Streaming replicas for read-only requests (DATABASE_REPLICA_URLS). */
  replicaUrls?: string[];
  logQueries?: boolean;
  poolSize?: number;
  /** PostgreSQL statement_timeout in milliseconds. */
  statementTimeoutMs?: number;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  const replicas = options.replicaUrls?.filter(Boolean) ?? [];
  return new DataSource({
    type: 'postgres',
    ...(replicas.length
      ? { replication: { master: { url: options.url }, slaves: replicas.map((url) => ({ url })), defaultMode: 'master' as const } }
      : { url: options.url }),
    entities: ENTITIES,
    migrations: [
      Init1763800000000,
      Access1763900000000,
      DataVersion1763950000000,
      Writes1764000000000,
      CertificateValidity1764100000000,
      ProductProvenance1764100001000,
      CodeSearch1764200000000,
      ReportDrafts1765010000000,
      RuleSets1765100000000,
      CommuneOfficers1765100000100,
      PeriodApprovals1765100000200,
      UnitMaps1765100000300,
      CertificateValiditySpans1765100000400,
      OcopCycle1765200000000,
      CertificateValidityByProduct1765260000000,
      CertificateValidityUnit1765270000000,
    ],
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new CountingLogger(options.logQueries ?? false),
    maxQueryExecutionTime: 2000,
    extra: {
      max: options.poolSize ?? 10,
      statement_timeout: options.statementTimeoutMs ?? 30_000,
      application_name: 'ocop-data-hub',
    },
  });
}
