import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const server = fileURLToPath(new URL('../src/', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // Shared code from the server, the same aliases as in web/tsconfig.json.
  resolve: {
    alias: [
      { find: /^@domain\/(.*)$/, replacement: `${server}domain/$1` },
      { find: /^@schemas\/(.*)$/, replacement: `${server}modules/$1/schemas.ts` },
    ],
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The server's CSP allows no inline scripts or styles: keep everything in files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: true,
  },
  server: {
    proxy: {
      '/api': { target: process.env.WIJKNET_API ?? 'http://localhost:3100', changeOrigin: false },
      '/healthz': { target: process.env.WIJKNET_API ?? 'http://localhost:3100' },
    },
  },
});
