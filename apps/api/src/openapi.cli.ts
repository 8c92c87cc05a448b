/**
 * Writes the OpenAPI document (the one served at /api/docs-json) to a file, without a database:
 * the app is created in Nest's preview mode, which registers every module and route but instantiates nothing.
 *   node -r @swc-node/register apps/api/src/openapi.cli.ts <out.json>
 * Used by `npm run api:lint` (tools/api-lint.mjs).
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { setupRoutes } from './app.setup';
import { buildOpenApiDocument } from './common/http/openapi';

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: openapi.cli.ts <out.json>');
  const app = await NestFactory.create(AppModule, { preview: true, logger: ['error'] });
  setupRoutes(app);
  writeFileSync(out, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
  await app.close();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
