#!/usr/bin/env node
// The API contract's hygiene (issue 18): builds the OpenAPI document the API serves at /api/docs-json — without
// a database, from Nest's preview mode (apps/api/src/openapi.cli.ts) — and lints it with Spectral and the OWASP
// API Security ruleset (.spectral.yaml). Fails on any error; warnings are printed as a count only unless --verbose.
//   npm run api:lint [-- --verbose] [-- --out=<file>]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const out = args.find((a) => a.startsWith('--out='))?.slice(6) ?? path.join(root, 'tmp', 'openapi.json');
mkdirSync(path.dirname(out), { recursive: true });

const run = (cmd, cmdArgs, opts = {}) => spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...opts });

// The document never depends on a database or on secrets; the config loader is not even called in preview mode.
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'test' };
const built = run(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/openapi.cli.ts', out], { env });
if (built.status !== 0) {
  console.error('api:lint: could not build the OpenAPI document');
  process.exit(built.status ?? 1);
}

const report = path.join(path.dirname(out), 'spectral-report.json');
const spectral = path.join(root, 'node_modules', '.bin', 'spectral');
const linted = run(spectral, ['lint', out, '--ruleset', '.spectral.yaml', '--format', 'json', '--output', report, '--fail-severity', 'error', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });

let results;
try {
  results = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error(`api:lint: Spectral wrote no report (exit ${linted.status})`);
  process.exit(1);
}
const names = ['error', 'warning', 'info', 'hint'];
const counts = { error: 0, warning: 0, info: 0, hint: 0 };
const byRule = new Map();
for (const r of results) {
  counts[names[r.severity]]++;
  const key = `${names[r.severity]} ${r.code}`;
  byRule.set(key, (byRule.get(key) ?? 0) + 1);
}
for (const r of results) {
  if (r.severity === 0 || verbose) console.log(`${names[r.severity]}  ${r.code}  ${r.path.join(' › ')}\n       ${r.message}`);
}
console.log(`\napi:lint: ${Object.keys(JSON.parse(readFileSync(out, 'utf8')).paths).length} paths; ` +
  `${counts.error} errors, ${counts.warning} warnings (by rule: ${[...byRule].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'})`);
// Spectral exits 1 when it found errors, anything else non-zero when it could not lint at all.
if (linted.status !== 0 && linted.status !== 1) console.error(`api:lint: Spectral failed (exit ${linted.status})`);
process.exit(counts.error > 0 || linted.status !== 0 ? 1 : 0);
