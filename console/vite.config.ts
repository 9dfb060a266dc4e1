/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves on :3000 (CRM_CONSOLE_DEV_PORT: 3000–3003 are redirect URIs of the Keycloak client
// crm-console) and sends the API, the public campaign pages and the console's config to the gateway
// (CRM_GATEWAY_URL, default http://127.0.0.1:8080).
const gateway = process.env.CRM_GATEWAY_URL ?? 'http://127.0.0.1:8080';
const port = Number(process.env.CRM_CONSOLE_DEV_PORT ?? 3000);

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    proxy: {
      '/api': gateway,
      '/p/': gateway,
      '/console-config.json': gateway,
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        // The libraries change less often than the console: their own chunks stay cached across releases.
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|react-router|react-router-dom|scheduler)\//.test(id)) return 'react';
          if (/node_modules\/(echarts|zrender|echarts-for-react)\//.test(id)) return 'echarts';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Worker threads start faster than forked processes: 132 s against 101 s for the suite on 2 cores.
    pool: 'threads',
    // AntD in jsdom is slow on a loaded 2-core machine.
    testTimeout: 180000,
    hookTimeout: 180000,
  },
});
