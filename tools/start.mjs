#!/usr/bin/env node
// `npm start`: builds the console when its sources changed (Nx cache makes an unchanged build instant),
// then runs the API — which also serves the console at `/` — on the embedded PostgreSQL unless
// DATABASE_URL is set. The API runs from its TypeScript sources through the swc loader (no build step).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };

if (existsSync(path.join(root, 'apps/admin/project.json')) && process.env.SKIP_ADMIN_BUILD !== '1') {
  console.log('Building the console (apps/admin)…');
  const build = spawnSync('npx', ['nx', 'run', 'admin:build', '--output-style=stream'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const child = spawn(
  process.execPath,
  [path.join(root, 'tools/with-db.mjs'), '--', process.execPath, '-r', '@swc-node/register', path.join(root, 'apps/api/src/main.ts')],
  { cwd: root, stdio: 'inherit', env },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
