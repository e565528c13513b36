// Builds the dashboard (index.html) and the GraphQL explorer (explorer.html)
// into dashboard/dist, which the hub serves on its own port. Everything is
// bundled from node_modules: the customer site has no internet.
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;
const hub = process.env.HUB_URL ?? 'http://localhost:4000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
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
    rolldownOptions: {
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
