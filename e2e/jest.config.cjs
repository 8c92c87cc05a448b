// End-to-end: the real app started as a separate process (exactly as `npm start` runs it) on its own
// database, driven over HTTP (supertest) and in a real browser (playwright-core + Debian's Chromium).
module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 60000,
};
