// The test clock: with DOST_NOW set (an ISO instant, e.g. 2026-12-06T23:50:00+04:00), `new Date()` and
// `Date.now()` in this process start at that instant and then move on with real time (an offset, not a
// frozen clock: timeouts, rate-limit windows and "5 minutes later" still work).
//
// Only test harnesses load it — the API never imports it:
//   - every Jest suite (jest.preset.cjs `setupFiles`), so specs and the Nest apps they boot share it;
//   - the API the e2e tests start as a child process (`node -r tools/pinned-clock.cjs`, e2e/support/running-app.ts);
//   - the console in the browser tests (Playwright `page.clock.install`, e2e/support/browser.ts).
// All of them read the same DOST_NOW_AT (the real epoch ms at which DOST_NOW was "now"; set by the
// first process that loads this and inherited by its children), so every process shows the same time.
// PostgreSQL's own now() is not moved: the API decides by its own clock (see docs/contributing.md).
'use strict';

const pinned = process.env.DOST_NOW;
if (pinned) {
  const RealDate = globalThis.Date.__realDate ?? globalThis.Date;
  const target = RealDate.parse(pinned);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(pinned) || Number.isNaN(target)) {
    throw new Error(`DOST_NOW must be an ISO instant with an offset (e.g. 2026-12-06T23:50:00+04:00), not ${JSON.stringify(pinned)}`);
  }
  if (!process.env.DOST_NOW_AT) process.env.DOST_NOW_AT = String(RealDate.now());
  const offset = target - Number(process.env.DOST_NOW_AT);
  const now = () => RealDate.now() + offset;

  // A drop-in Date: same prototype (so `instanceof Date` holds for dates from anywhere, and dates made
  // here are ordinary dates), only the no-argument forms read the moved clock.
  function PinnedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target);
  }
  PinnedDate.prototype = RealDate.prototype;
  PinnedDate.now = now;
  PinnedDate.parse = RealDate.parse;
  PinnedDate.UTC = RealDate.UTC;
  Object.defineProperty(PinnedDate, '__realDate', { value: RealDate });
  Object.defineProperty(PinnedDate, 'name', { value: 'Date' });
  globalThis.Date = PinnedDate;

  // pg-boss compares its clock with the database's and warns on every check; under a pinned clock that is the point.
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) => {
    if (/clock skew/.test(String(warning instanceof Error ? warning.message : warning))) return;
    emitWarning(warning, ...rest);
  };
}
