// Shared Jest settings: ts-jest in transpile-only mode (type errors are caught by `npm run typecheck`),
// and the @dost/* aliases of tsconfig.base.json.
const path = require('node:path');
const root = __dirname;
module.exports = {
  testEnvironment: 'node',
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
