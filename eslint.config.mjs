import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first, and what each may import (besides itself and npm packages); lib/ holds
 * small helpers any layer with side effects may share. Type-only
 * imports are allowed where listed under `types`: a workflow names its activities' types, never their
 * code. server.ts and worker.ts (the root) put everything together; scripts/ and tests/ may use anything.
 * Paths are matched by prefix, so console/src/x/y.tsx reaches domain/ as ../../../../domain.
 */
const LAYERS = {
  lib: { imports: [], types: [] },
  domain: { imports: [], types: [] },
  workflows: { imports: ['domain'], types: ['activities', 'config'] },
  config: { imports: ['domain'], types: [] },
  db: { imports: ['lib', 'domain', 'workflows'], types: [] },
  activities: { imports: ['lib', 'domain', 'workflows', 'db'], types: [] },
  audit: { imports: ['lib', 'domain', 'workflows', 'db'], types: ['activities'] },
  schedules: { imports: ['domain', 'workflows'], types: ['config'] },
  api: { imports: ['lib', 'domain', 'workflows', 'db', 'audit', 'config'], types: [] },
  // The case worker, which the worker process and (for eager starts) the API process run.
  workers: { imports: ['lib', 'domain', 'workflows', 'db', 'activities', 'config'], types: [] },
  // The browser: the API over HTTP, and the domain's vocabularies for its labels.
  console: { imports: ['domain'], types: [] },
};
const FOLDERS = [...Object.keys(LAYERS), 'scripts', 'tests'];
const ROOT_FILES = ['server', 'worker'];

/** Import specifiers that reach a folder or a root file from anywhere below the root. */
const reaching = (name) =>
  [1, 2, 3, 4, 5].flatMap((depth) => {
    const up = '../'.repeat(depth);
    return [`${up}${name}`, `${up}${name}/*`];
  });

/** What a layer may not import: every other folder and the root files (type-only where it says so). */
function layerPatterns(layer) {
  const { imports, types } = LAYERS[layer];
  const others = FOLDERS.filter((folder) => folder !== layer && !imports.includes(folder));
  return [
    ...others.map((folder) => ({
      group: reaching(folder),
      message: types.includes(folder)
        ? `${layer}/ imports ${folder}/ as types only (see the layers in eslint.config.mjs)`
        : `${layer}/ may not import ${folder}/ (see the layers in eslint.config.mjs)`,
      allowTypeImports: types.includes(folder),
    })),
    {
      group: ROOT_FILES.flatMap(reaching),
      message: 'server.ts and worker.ts are entry points; nothing imports them',
    },
  ];
}

/** Workflow and domain code runs in Temporal's deterministic sandbox: nothing with side effects. */
const SANDBOX_PATTERNS = [
  {
    group: ['node:*', 'fs', 'path', 'child_process', 'crypto', 'os'],
    message: 'no Node APIs in workflow or domain code',
  },
  {
    group: ['pg', 'drizzle-orm', 'drizzle-orm/*', 'pino', 'fastify', 'fastify-*', '@fastify/*'],
    message: 'no I/O libraries in workflow or domain code',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'coverage/',
      'db/migrations/',
      'test-results/',
      'console/dist/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...Object.keys(LAYERS).map((layer) => ({
    files: [`${layer}/**/*.ts`, `${layer}/**/*.tsx`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(layer === 'domain' || layer === 'workflows' ? SANDBOX_PATTERNS : []),
            ...layerPatterns(layer),
          ],
        },
      ],
    },
  })),
  {
    // The public pages stay small (≤ 100 KB gzip): no antd, no icons, no react-query, no openapi-fetch.
    files: ['console/src/public/**/*.ts', 'console/src/public/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layerPatterns('console'),
            {
              group: ['antd', 'antd/*', '@ant-design/*', '@tanstack/*', 'dayjs', 'dayjs/*', '**/http/client'],
              message:
                'the public pages stay small (≤ 100 KB gzip): plain React and react-router; http.ts and http/problem.ts for the API',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['workflows/**/*.ts', 'domain/**/*.ts'],
    rules: {
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
