// Builds the dashboard (index.html) and the GraphQL explorer (explorer.html)
// into dashboard/dist, which the hub serves on its own port. Everything is
// bundled from node_modules: the customer site has no internet. Each file is
// also written brotli- and gzip-compressed, so the hub sends them without
// compressing on every request (server/dashboard-files.ts).
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const root = import.meta.dirname;
const hub = process.env.HUB_URL ?? 'http://localhost:4000';

const brotli = promisify(zlib.brotliCompress);
/**
 * Brotli at its best (11) for the files a screen loads, at 9 for the
 * explorer's editor bundles (700 KB and more), which 11 would take tens of
 * seconds to compress for 8% less (`npm start` builds first).
 */
const brotliBySize = (buf: zlib.InputType) =>
  brotli(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: Buffer.byteLength(buf as Buffer) < 700_000 ? 11 : 9 } });

export default defineConfig({
  root,
  base: '/',
  plugins: [
    react(),
    compression({
      algorithms: [defineAlgorithm(brotliBySize, {}), defineAlgorithm('gzip', { level: 9 })],
      filename: (_file, { algorithm }) => (algorithm === 'gzip' ? '[path][base].gz' : '[path][base].br'),
      include: /\.(html|js|mjs|css|json|svg|ttf)$/,
      threshold: 1024,
    }),
  ],
  resolve: {
    // graphql 16 ships CJS and ESM side by side; resolve every import to the
    // one ESM build so GraphiQL and monaco-graphql share one copy of its classes.
    alias: [{ find: /^graphql$/, replacement: path.resolve(root, '../node_modules/graphql/index.mjs') }],
    dedupe: ['graphql', 'react', 'react-dom'],
  },
  // GraphiQL 5's worker set-up must not be pre-bundled (its docs' Vite example).
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  worker: { format: 'es' },
  build: {
    outDir: path.resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // The compressed files themselves are written (above): no second gzip pass to report sizes.
    reportCompressedSize: false,
    rolldownOptions: {
      // Compressing the assets (above) is most of the build's time, by design; no warning for it.
      checks: { bundlerTimings: false },
      onwarn(warning, warn) {
        // GraphiQL's "use no memo" directives only steer the React Compiler, which this build does not run.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
      input: {
        index: path.resolve(root, 'index.html'),
        explorer: path.resolve(root, 'explorer.html'),
      },
      output: {
        // Named shared chunks: React for both pages, the chart library for the
        // dashboard's screens; each screen stays its own lazily loaded chunk.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|victory-vendor|d3-[^\\/]+|internmap|@reduxjs|redux|react-redux|reselect|immer|es-toolkit|eventemitter3|decimal\.js-light|tiny-invariant)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': {
        target: hub,
        // A browser opening /graphql gets the explorer page from Vite itself.
        bypass: (req) => (req.method === 'GET' && req.headers.accept?.includes('text/html') ? '/explorer.html' : undefined),
      },
    },
  },
});
