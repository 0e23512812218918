import { defineConfig } from '@playwright/test';

// e2e runs against the BUILT extension, in two browsers from the system (nothing is downloaded):
// - chromium: .output/chrome-mv3 in Chromium through Playwright (tests/e2e/fixtures.ts);
// - firefox: .output/firefox-mv2 in Firefox ESR through puppeteer-core over WebDriver BiDi, plus Firefox's
//   debugging protocol for the add-on's own pages (tests/firefox/firefox.ts). Playwright is only the runner
//   there, so both count in the same report.
// Two workers, one spec file each at a time: most of the suite's time is simulated calls playing at wall-clock
// speed (the 3-minute reviews, the leaver and acknowledgement calls, the Firefox call), so a browser mostly
// waits and two of them share 2 cores without starving each other. Measured 2026-12-04 on the 2-core machine
// under heavy other load: 43 tests in 9.9 min with two workers against 18.0 min with one, with no failure.
// Every assertion on time has a tolerance, and no test depends on another's browser.
export default defineConfig({
  forbidOnly: true,
  fullyParallel: false,
  workers: 2,
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
