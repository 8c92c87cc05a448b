#!/usr/bin/env node
// Runs the date-sensitive suites again with the clock pinned (tools/pinned-clock.cjs) to the awkward instants
// of Baku time: a Sunday just before midnight, a Monday just after it, the last evening of a month (and year).
// Needs DATABASE_URL (CI: `node tools/with-db.mjs --ephemeral -- node tools/run-pinned-clock.mjs`).
//   node tools/run-pinned-clock.mjs                          every instant below
//   node tools/run-pinned-clock.mjs 2026-12-06T23:50:00+04:00 one instant
// Ends with "N passed, N failed"; TEST_SUMMARY_FILE gets the totals as JSON, like tools/run-tests.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The instants (Baku, UTC+4). */
export const PINNED_INSTANTS = [
  '2026-12-06T23:50:00+04:00', // Sunday 23:50: "today" ends in 10 minutes, the week is Sunday's
  '2026-12-07T00:10:00+04:00', // Monday 00:10: a new day and week, yesterday was a weekend day
  '2026-12-31T21:30:00+04:00', // the last evening of a month and of a year
];

/**
 * The suites that decide by the date or the hour — and only those, to keep CI's time (about 3 minutes an
 * instant). Add a suite here when it depends on "today", "this week", "this month" or the hour.
 */
export const DATE_SENSITIVE_SUITES = {
  api: [
    'apps/api/src/rostering/rostering.int-spec.ts', // signup windows, shifts ahead, week of the day sheet
    'apps/api/src/rostering/open-shift-filters.int-spec.ts',
    'apps/api/src/rostering/swap-offer.int-spec.ts', // swap deadlines before the shift
    'apps/api/src/attendance/attendance-policy.int-spec.ts', // check-in windows, no-shows after the end
    'apps/api/src/attendance/staff-attendance.int-spec.ts',
    'apps/api/src/hours/hours.int-spec.ts', // entries not in the future, this month's totals
    'apps/api/src/recruitment/recruitment.int-spec.ts', // interview slots ahead, respond-by dates
    'apps/api/src/reports/reports.int-spec.ts', // months, year to date
    'apps/api/src/qualifications/qualifications.int-spec.ts', // grants not in the future, expiring within 30 days of today
    'apps/api/src/hiring/hiring.int-spec.ts', // vacancy open windows (Baku day), the dashboard's month of a hire
    'apps/api/src/debrief/debrief.int-spec.ts', // feedback form open from the event's end, an event intake open from today to its first day
  ],
  e2e: [
    'e2e/api/hours-demo.e2e-spec.ts', // the demo seed's hours are consistent with "now"
    'e2e/api/rostering.e2e-spec.ts',
    'e2e/browser/rostering-screens.e2e-spec.ts', // the week view and today's day sheet
    'e2e/browser/hours.e2e-spec.ts', // My hours: this month, entries not in the future
    'e2e/browser/accreditation.e2e-spec.ts', // the door scan shows today's duties and zones
  ],
};

/** Tests in those suites that are about load, not dates: skipped here (they run in `npm test`). */
const NOT_ABOUT_DATES = ['1,000 volunteers signing up at once', 'the same sign-up sent 10 times at once'];

const instants = process.argv.slice(2).length ? process.argv.slice(2) : PINNED_INSTANTS;
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL is not set: node tools/with-db.mjs --ephemeral -- node tools/run-pinned-clock.mjs');
  process.exit(2);
}
const out = path.join(root, 'tmp', 'test-results-pinned');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const instant of instants) {
  for (const [name, files] of Object.entries(DATE_SENSITIVE_SUITES)) {
    const present = files.filter((f) => existsSync(path.join(root, f)));
    if (!present.length) continue;
    const file = path.join(out, `${name}-${instant.replace(/[:+]/g, '')}.json`);
    const config = name === 'api' ? 'apps/api/jest.config.cjs' : 'e2e/jest.config.cjs';
    console.log(`\n=== ${name} with the clock at ${instant} ===`);
    const started = Date.now();
    const skip = `^(?!.*(${NOT_ABOUT_DATES.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}))`;
    const workers = name === 'api' ? ['--maxWorkers=2'] : ['--runInBand'];
    spawnSync('npx', ['jest', '-c', config, ...workers, '-t', skip, '--json', `--outputFile=${file}`, '--runTestsByPath', ...present], {
      cwd: root,
      stdio: 'inherit',
      // DOST_NOW_AT is fresh per run, so each run starts at the instant itself.
      env: { ...process.env, DOST_NOW: instant, DOST_NOW_AT: String(Date.now()), SKIP_ADMIN_BUILD: process.env.SKIP_ADMIN_BUILD ?? '1' },
    });
    console.log(`(${name} at ${instant}: ${Math.round((Date.now() - started) / 1000)} s)`);
    if (!existsSync(file)) {
      totals.failed += 1;
      continue;
    }
    const res = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += res.numPassedTests;
    totals.failed += res.numFailedTests + (res.numRuntimeErrorTestSuites ?? 0);
    totals.skipped += res.numPendingTests + (res.numTodoTests ?? 0);
  }
}
if (process.env.TEST_SUMMARY_FILE) writeFileSync(path.resolve(root, process.env.TEST_SUMMARY_FILE), JSON.stringify(totals));
console.log(`\npinned clock: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
