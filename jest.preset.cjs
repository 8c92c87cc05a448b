// Shared Jest settings: ts-jest in transpile-only mode (type errors are caught by `npm run typecheck`),
// and the @dost/* aliases of tsconfig.base.json.
const path = require('node:path');
const root = __dirname;
// The pinned test clock (tools/pinned-clock.cjs): one DOST_NOW_AT for every worker and child process.
if (process.env.DOST_NOW && !process.env.DOST_NOW_AT) process.env.DOST_NOW_AT = String(Date.now());
module.exports = {
  testEnvironment: 'node',
  setupFiles: [path.join(root, 'tools/pinned-clock.cjs')],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(root, 'tsconfig.spec.json'), diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@dost/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@dost/notifications$': path.join(root, 'libs/notifications/src/index.ts'),
    '^@dost/notifications/testing$': path.join(root, 'libs/notifications/src/testing/index.ts'),
  },
};
