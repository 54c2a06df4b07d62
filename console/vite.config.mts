/**
 * The console (/console/) and the public pages (/public/): two entries, one build. The API process
 * serves console/dist (api/console.ts); scripts/build-console.ts runs this build when the sources
 * changed, from `npm start` and `npm test`.
 */
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
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
