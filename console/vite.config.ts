/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves on :3000 (a redirect URI of the Keycloak client crm-console) and sends the API and the
// console's config to the gateway (CRM_GATEWAY_URL, default http://127.0.0.1:8080).
const gateway = process.env.CRM_GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 3000,
    strictPort: true,
    proxy: {
      '/api': gateway,
      '/console-config.json': gateway,
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // AntD in jsdom is slow on a loaded 2-core machine.
    testTimeout: 180000,
    hookTimeout: 180000,
  },
});
