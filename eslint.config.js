import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'src/generated/**',
      '.tmp/**',
      'overlays/**',
      'fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Only the adapters talk to the process; the library gets everything passed in.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/bin.ts', 'src/integrations/*/index.ts', 'src/integrations/*/main.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'exit',
          message: 'Return an exit code; only adapters end the process.',
        },
        {
          object: 'process',
          property: 'argv',
          message: 'Adapters parse argv and pass options in.',
        },
        {
          object: 'process',
          property: 'env',
          message: 'Adapters read the environment and pass it in.',
        },
        { object: 'process', property: 'cwd', message: 'Adapters pass the working directory in.' },
      ],
    },
  },
  {
    // Rules are pure functions of the manifest set: no I/O, no formatting, no adapters.
    files: ['src/lint/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'Rules do no I/O.' },
            {
              group: ['**/format/**', '**/cli/**', '**/integrations/**', '**/compile/**'],
              message: 'Rules depend only on the lint layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/format/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lint/engine.js'],
              allowTypeImports: true,
              message: 'Formatters get results, not the engine.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
