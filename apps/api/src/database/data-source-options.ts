import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Globs work from the TypeScript sources (swc loader, ts-jest) and from the compiled output alike.
const SRC = path.resolve(__dirname, '..');
export const ENTITY_GLOBS = [path.join(SRC, '**/entities/*.entity.{ts,js}')];
export const MIGRATION_GLOBS = [path.join(__dirname, 'migrations/*.{ts,js}')];
export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/** Schema changes only through reviewed migrations: never `synchronize`. */
export function dataSourceOptions(databaseUrl: string, extra: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITY_GLOBS,
    migrations: MIGRATION_GLOBS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // Off: TypeORM's error log prints query parameters, i.e. personal data. Errors still surface as exceptions.
    logging: false,
    extra: { max: extra.poolSize ?? 20 },
  };
}
