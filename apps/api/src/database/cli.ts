/**
 * Database commands (see package.json):
 *   migrate             apply pending migrations
 *   check               fail when the entities and the migrations disagree (migration drift)
 *   generate <Name>     write a migration with the difference, to review before committing
 *   revert              undo the last migration
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS_DIR } from './data-source-options';

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (run through tools/with-db.mjs)');
  const ds = await new DataSource(dataSourceOptions(url, { poolSize: 2 })).initialize();
  try {
    switch (command) {
      case 'migrate': {
        const done = await ds.runMigrations({ transaction: 'each' });
        console.log(done.length ? done.map((m) => `applied ${m.name}`).join('\n') : 'no pending migrations');
        return 0;
      }
      case 'revert':
        await ds.undoLastMigration({ transaction: 'each' });
        return 0;
      case 'check':
      case 'generate': {
        await ds.runMigrations({ transaction: 'each' });
        const sql = await ds.driver.createSchemaBuilder().log();
        if (command === 'check') {
          if (sql.upQueries.length === 0) {
            console.log('db:check: the migrations match the entities');
            return 0;
          }
          console.error('db:check: the entities differ from the migrations. Missing migration would run:');
          for (const q of sql.upQueries) console.error(`  ${q.query}`);
          return 1;
        }
        if (!name) throw new Error('usage: generate <Name>');
        if (sql.upQueries.length === 0) {
          console.log('nothing to generate');
          return 0;
        }
        const ts = Date.now();
        const esc = (q: string) => q.replace(/`/g, '\\`');
        const up = sql.upQueries.map((q) => `    await q.query(\`${esc(q.query)}\`);`).join('\n');
        const down = sql.downQueries.reverse().map((q) => `    await q.query(\`${esc(q.query)}\`);`).join('\n');
        const file = path.join(MIGRATIONS_DIR, `${ts}-${name}.ts`);
        writeFileSync(
          file,
          `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(q: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
        );
        console.log(`wrote ${path.relative(process.cwd(), file)} — review it before committing`);
        return 0;
      }
      default:
        console.error('usage: cli.ts migrate|check|generate <Name>|revert');
        return 2;
    }
  } finally {
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
