// Screenshots of every view of tests/e2e/pages/views.ts, in both languages, at 320 and 1366 px,
// compared pixel by pixel between two builds: `scripts/screens.sh BEFORE_DIR AFTER_DIR`. Not part
// of the test command: it checks that a change which must not alter the page (a restructure)
// did not, and says where it did.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  outputDir: process.env.SCREENS_OUT ?? '/tmp/screens-out',
  snapshotPathTemplate: `${process.env.SCREENS_DIR ?? '/tmp/screens'}/{arg}{ext}`,
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  // Two runs of one build differ in up to 2 anti-aliased pixels at a card's rounded corner (the
  // sticky results column's subpixel offset): 4 is the noise floor, not a tolerance for change.
  expect: { toHaveScreenshot: { maxDiffPixels: 4, threshold: 0 } },
  use: {
    baseURL: process.env.E2E_BASE_URL,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
});
