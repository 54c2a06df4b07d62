import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'db/migrations/', 'test-results/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Workflow and domain code runs in Temporal's deterministic sandbox: nothing with side effects.
    files: ['workflows/**/*.ts', 'domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'child_process', 'crypto', 'os'],
              message: 'no Node APIs in workflow or domain code',
            },
            {
              group: ['pg', 'drizzle-orm', 'drizzle-orm/*', 'pino', 'fastify', 'fastify-*', '@fastify/*'],
              message: 'no I/O libraries in workflow or domain code',
            },
            {
              group: ['../activities', '../activities/*', '../db/*', '../api/*', '../config', '../config/*'],
              message: 'import activities and adapters as types only',
              allowTypeImports: true,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'workflows read no configuration: pass it in the input' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'use the workflow’s deterministic random' },
      ],
    },
  },
);
