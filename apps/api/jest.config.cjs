// Unit specs (*.spec.ts) and integration specs on a real PostgreSQL (*.int-spec.ts).
// DATABASE_URL must point at a server (npm test starts a throw-away embedded one); global-setup builds a
// migrated template database once, and each Jest worker clones it.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
