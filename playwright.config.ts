import { defineConfig } from '@playwright/test';

// e2e runs against the BUILT extension, in two browsers from the system (nothing is downloaded):
// - chromium: .output/chrome-mv3 in Chromium through Playwright (tests/e2e/fixtures.ts);
// - firefox: .output/firefox-mv2 in Firefox ESR through puppeteer-core over WebDriver BiDi, plus Firefox's
//   debugging protocol for the add-on's own pages (tests/firefox/firefox.ts). Playwright is only the runner
//   there, so both count in the same report.
// One worker: every test launches its own browser, and CI machines have 2 cores.
export default defineConfig({
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/firefox' },
  ],
});
