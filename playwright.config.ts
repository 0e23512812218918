import { defineConfig } from '@playwright/test';

// e2e runs against the BUILT extension (.output/chrome-mv3) in a system Chromium; see tests/e2e/fixtures.ts.
// One worker: every test launches its own persistent Chromium, and CI machines have 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
  outputDir: 'test-results',
});
