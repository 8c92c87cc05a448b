// Lint rules every project shares. Layering (DESIGN.md) is enforced by Nx tags:
// domain imports nothing of ours; notifications may use domain; apps use libs; admin only talks HTTP.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '.nx/**', 'tmp/**', 'coverage/**', 'e2e/artifacts/**', '**/*.cjs', '**/*.mjs', '**/vite.config.*'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:notifications', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:domain', 'type:notifications'] },
            { sourceTag: 'type:admin', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain', 'type:notifications'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // The domain is pure: no framework, no environment, no clock (every `now` is a parameter).
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/domain/src/**/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'typeorm', 'class-validator', 'class-transformer', 'pg'] }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in as a parameter.' },
        { object: 'process', property: 'env', message: 'The domain does not read the environment.' },
      ],
    },
  },
  prettier,
];
