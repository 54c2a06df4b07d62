/**
 * `npm run check` fails on any import cycle among the project's modules. Type-only imports are left
 * out (TypeScript erases them): a workflow names its activities' types, and the activities import the
 * workflow contracts. The layers themselves are ESLint rules (eslint.config.mjs).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle: break it by moving the shared part down a layer.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|coverage|test-results|db/migrations)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: false,
  },
};
