import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
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
