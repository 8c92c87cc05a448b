#!/usr/bin/env node
// Runs every test suite one after another and prints one closing line: "N passed, N failed[, N skipped]".
//   node tools/run-tests.mjs              all suites (npm test wraps this with a throw-away PostgreSQL)
//   node tools/run-tests.mjs --suite=db   only the suites that talk to PostgreSQL (CI's second pass)
//   … --e2e-first                         the e2e suite before the others (CI runs two passes side by side and
//                                         pairs one pass's API suite, which computes, with the other's browser
//                                         suites, which mostly wait)
// Jest is called directly (not through Nx) because these results depend on a database, not only on files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const onlyDb = process.argv.includes('--suite=db');
// Its own folder per mode: CI runs both modes at the same time (.ci/run).
const out = path.join(root, 'tmp', onlyDb ? 'test-results-db' : 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const suites = [
  { name: 'domain', db: false, config: 'libs/domain/jest.config.cjs', cmd: ['npx', 'jest', '-c', 'libs/domain/jest.config.cjs'] },
  { name: 'notifications', db: false, config: 'libs/notifications/jest.config.cjs', cmd: ['npx', 'jest', '-c', 'libs/notifications/jest.config.cjs'] },
  { name: 'api', db: true, config: 'apps/api/jest.config.cjs', cmd: ['npx', 'jest', '-c', 'apps/api/jest.config.cjs'] },
  { name: 'admin', db: false, config: 'apps/admin/vite.config.mts', cmd: ['npx', 'vitest', 'run', '--root', 'apps/admin'], vitest: true },
  { name: 'e2e', db: true, config: 'e2e/jest.config.cjs', cmd: ['npx', 'jest', '-c', 'e2e/jest.config.cjs', '--runInBand'] },
].filter((s) => (!onlyDb || s.db) && existsSync(path.join(root, s.config)));
if (process.argv.includes('--e2e-first')) suites.sort((a, b) => Number(b.name === 'e2e') - Number(a.name === 'e2e'));

const totals = { passed: 0, failed: 0, skipped: 0 };
const broken = [];
for (const suite of suites) {
  const file = path.join(out, `${suite.name}.json`);
  const args = suite.vitest ? [...suite.cmd, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`] : [...suite.cmd, '--json', `--outputFile=${file}`];
  console.log(`\n=== ${suite.name} ===`);
  const r = spawnSync(args[0], args.slice(1), { cwd: root, stdio: 'inherit', env: process.env });
  if (!existsSync(file)) {
    broken.push(suite.name);
    totals.failed += 1;
    continue;
  }
  const res = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += res.numPassedTests;
  totals.failed += res.numFailedTests + (res.numRuntimeErrorTestSuites ?? 0);
  totals.skipped += res.numPendingTests + (res.numTodoTests ?? 0);
  if (r.status !== 0 && res.numFailedTests === 0 && !res.numRuntimeErrorTestSuites) {
    broken.push(suite.name);
    totals.failed += 1;
  }
}
if (broken.length) console.log(`\nsuites that failed to run: ${broken.join(', ')}`);
if (process.env.TEST_SUMMARY_FILE) writeFileSync(path.resolve(root, process.env.TEST_SUMMARY_FILE), JSON.stringify(totals));
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
