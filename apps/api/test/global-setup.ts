import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { urlFor, withAdminClient } from './test-database';

/**
 * Once per test run: a template database with every migration applied. Each Jest worker then clones it
 * (CREATE DATABASE … TEMPLATE …), which takes milliseconds instead of migrating again.
 */
export default async function globalSetup(): Promise<void> {
  // Unit specs need no database; integration specs then fail with a message saying how to run them.
  if (!process.env.DATABASE_URL) return;
  const template = `dost_test_${randomBytes(4).toString('hex')}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE ${template}`));
  const ds = await new DataSource(dataSourceOptions(urlFor(template), { poolSize: 1 })).initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  process.env.TEST_TEMPLATE_DB = template;
}
