import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const executablePath = [process.env.DUBAO_CHROMIUM, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => !!path && existsSync(path),
);
// Parallel checkouts on one machine each pick their own port.
const port = Number(process.env.DUBAO_E2E_PORT ?? 4174);
/** The e2e suite runs against the production build served under a sub-path, as a static host would. */
export const E2E_BASE = '/dubao/';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${E2E_BASE}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    // The built site installs a service worker, which would answer requests that specs route or count;
    // e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node e2e/static-server.mjs`,
    env: { DUBAO_DIST: 'dist-e2e', DUBAO_BASE: E2E_BASE, PORT: String(port) },
    url: `http://127.0.0.1:${port}${E2E_BASE}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
