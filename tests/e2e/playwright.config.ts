// End-to-end tests against the release build in dist-test/ (built by scripts/test.sh), served by
// the production nginx configuration (deploy/nginx/, through scripts/nginx-local.sh): the same
// headers, Content-Security-Policy and compression a municipality's server sends.
// scripts/test.sh starts that server itself and passes E2E_BASE_URL; run alone, this config
// starts it on E2E_PORT (default 4173).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: './specs',
  outputDir: '../../test-results',
  timeout: 30_000,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // Chromium must not reach for the (closed) network on its own.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `../../scripts/nginx-local.sh ../../dist-test ${port}`,
        url: baseURL,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
      },
});
