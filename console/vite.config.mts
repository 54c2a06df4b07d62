/**
 * The console (/console/) and the public pages (/public/): two entries, built one after the other into
 * one dist (scripts/build-console.ts): `vite build` the console, then `vite build --mode public` the
 * public pages. Built apart so that each is tree-shaken for what it alone uses: shared, the public
 * bundle would carry whatever of react-router the console needs (its data router), over the public
 * pages' 100 KB budget. The API process serves console/dist (api/console.ts); scripts/build-console.ts
 * runs both builds when the sources changed, from `npm start` and `npm test`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { decisionRequestSchemas } from './src/console/decisions/request-schemas.mjs';

const require = createRequire(import.meta.url);

/**
 * react-router 7's package exports point every bundler at its development build (with its warnings):
 * remix-run/react-router#12532 and #14102. Its production build sits beside it.
 */
const REACT_ROUTER_PRODUCTION = path.join(
  path.dirname(require.resolve('react-router/package.json')),
  'dist/production/index.mjs',
);

const DOMAIN = `${path.sep}domain${path.sep}`;

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

export default defineConfig(({ mode }) => {
  const publicPages = mode === 'public';
  return {
    root: import.meta.dirname,
    base: '/console/',
    plugins: [decisionSchemas()],
    // React's automatic JSX runtime, compiled by Vite's own transformer (no Fast Refresh: the console is
    // served built, never from a dev server).
    oxc: { jsx: { runtime: 'automatic' } },
    resolve: { alias: [{ find: /^react-router$/, replacement: REACT_ROUTER_PRODUCTION }] },
    build: {
      outDir: path.join(import.meta.dirname, 'dist'),
      // The console's build empties dist; the public pages' build, run after it, adds to it.
      emptyOutDir: !publicPages,
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        // antd marks its modules "use client" for React Server Components; a client bundle has no use for it.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
        input: {
          [publicPages ? 'public' : 'console']: path.join(
            import.meta.dirname,
            publicPages ? 'public.html' : 'index.html',
          ),
        },
        // domain/ is pure (no side effects: the sandbox rule in eslint.config.mjs); the tables some of its
        // modules build at load (the holidays) stay out of a bundle that uses none of them.
        treeshake: { moduleSideEffects: (id: string) => !id.includes(DOMAIN) },
      },
    },
  };
});
