/**
 * `npm run bench` — every benchmark, one after another, each printing its table (see bench/README.md).
 *   --quick            roster instances 1–3 at 10 s, the hot paths with 4 s slices, the hours benchmark on 100,000 entries and the talent pool on 10,000 alumni (a few minutes instead of ~45)
 *   --dir <folder>     the Curtois & Qu instances (default ../shared/benchmarks/curtois)
 * The numbers committed in bench/README.md come from these commands (time limits in CPU time, --clock cpu).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
const dirIndex = process.argv.indexOf('--dir');
const dir = dirIndex >= 0 ? process.argv[dirIndex + 1] : path.resolve(root, '../shared/benchmarks/curtois');
const ts = (file: string, ...args: string[]) => [process.execPath, '-r', '@swc-node/register', path.join(root, file), ...args];

const runs: { title: string; cmd: string[]; quick?: boolean }[] = [
  { title: 'Roster engine — Curtois & Qu instances', quick: true, cmd: ts('bench/roster/run.ts', '--dir', dir, '--time', quick ? '10' : '10,60', '--instances', quick ? '1-3' : '1-12', '--clock', 'cpu') },
  { title: 'Roster engine — DOST-shaped month and event', cmd: ts('bench/roster/dost.ts', '--clock', 'cpu') },
  {
    title: 'Hot paths against a plain node:http + pg baseline — sign-up, open shifts, week view, role board, apply, login (issue 17)',
    quick: true,
    cmd: [process.execPath, path.join(root, 'tools/with-db.mjs'), '--ephemeral', '--', ...ts('bench/perf/perf.bench.ts', ...(quick ? ['--quick'] : []))],
  },
  {
    title: 'Hours — reports, bulk approval, check-ins (1,000,000 ledger entries; --quick: 100,000)',
    quick: true,
    cmd: [process.execPath, path.join(root, 'tools/with-db.mjs'), '--ephemeral', '--', ...ts('bench/hours/hours.bench.ts', ...(quick ? ['--quick'] : []))],
  },
  {
    title: 'Talent pool — any filter combination over 50,000 alumni (--quick: 10,000)',
    quick: true,
    cmd: [process.execPath, path.join(root, 'tools/with-db.mjs'), '--ephemeral', '--', ...ts('bench/talent/talent.bench.ts', ...(quick ? ['--quick'] : []))],
  },
  {
    title: 'Console — the first screen on a slow phone (Slow 4G, CPU ÷ 4; issue 17)',
    quick: true,
    cmd: [process.execPath, path.join(root, 'tools/with-db.mjs'), '--ephemeral', '--', ...ts('bench/console/first-screen.bench.ts')],
  },
];

let failed = 0;
for (const run of quick ? runs.filter((r) => r.quick) : runs) {
  console.log(`\n## ${run.title}\n`);
  const r = spawnSync(run.cmd[0], run.cmd.slice(1), { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
