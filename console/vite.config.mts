/**
 * The console (/console/) and the public pages (/public/): two entries, one build. The API process
 * serves console/dist (api/console.ts); scripts/build-console.ts runs this build when the sources
 * changed, from `npm start` and `npm test`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { decisionRequestSchemas } from './src/console/decisions/request-schemas.mjs';

const DECISION_SCHEMAS = 'virtual:decision-request-schemas';

/**
 * `virtual:decision-request-schemas`: the decisions' request bodies picked out of the committed
 * openapi.json at build time (src/console/decisions/request-schemas.ts says why).
 */
function decisionSchemas(): Plugin {
  const document = path.join(import.meta.dirname, '..', 'openapi.json');
  return {
    name: 'decision-request-schemas',
    resolveId: (source) => (source === DECISION_SCHEMAS ? `\0${DECISION_SCHEMAS}` : null),
    load(id) {
      if (id !== `\0${DECISION_SCHEMAS}`) return null;
      this.addWatchFile(document);
      const schemas = decisionRequestSchemas(JSON.parse(readFileSync(document, 'utf8')));
      return `export default ${JSON.stringify(schemas)};`;
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [decisionSchemas()],
  // React's automatic JSX runtime, compiled by Vite's own transformer (no Fast Refresh: the console is
  // served built, never from a dev server).
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // antd marks its modules "use client" for React Server Components; a client bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        console: path.join(import.meta.dirname, 'index.html'),
        public: path.join(import.meta.dirname, 'public.html'),
      },
    },
  },
});
