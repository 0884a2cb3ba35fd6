/**
 * Builds the offline web pages into web/dist: the GraphQL playground
 * (index.html: GraphiQL 5 on Monaco) and the graph explorer (explore.html:
 * Cytoscape.js), two pages of one build sharing nothing but the output folder.
 *
 * The API server serves web/dist/index.html at GET /graphql (for browsers),
 * web/dist/explore.html at GET /explore, and the files of web/dist under
 * /playground/, hence `base`. Everything the page
 * needs is bundled: no CDN, no web fonts from outside (GraphiQL's CSS inlines
 * its fonts as data: URLs), and Monaco's web workers are emitted as ES-module
 * worker chunks next to the main bundle (see src/workers.ts).
 *
 * Run with `npm run build:web` (also run by `postinstall`).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/playground/',
  // Nothing to copy verbatim: no public/ directory.
  publicDir: false,
  // TSX without @vitejs/plugin-react: esbuild's automatic runtime (react/jsx-runtime).
  esbuild: { jsx: 'automatic' },
  // Monaco's editor, JSON and GraphQL workers import modules: bundle them as ES workers.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco alone is several MB; the playground is not on any hot path.
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      // Two pages: each gets its own entry chunk (the explorer loads no Monaco).
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        explore: fileURLToPath(new URL('explore.html', import.meta.url)),
      },
      onwarn(warning, defaultHandler) {
        // Radix, framer-motion and @graphiql/react start modules with "use client" /
        // "use no memo" (React Server Components / React Compiler hints). Rollup drops
        // them, correctly for a client-only bundle; dozens of warnings say so.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
  // Dev server (`npx vite --config web/vite.config.ts`, pages at /playground/ and
  // /playground/explore.html): the API's routes go to a running API,
  // PLAYGROUND_API_URL (default below).
  server: {
    proxy: Object.fromEntries(
      ['^/graphql$', '^/health$', '^/export/'].map((route) => [route, { target: process.env.PLAYGROUND_API_URL ?? 'http://localhost:4000' }]),
    ),
  },
});
