/**
 * Playwright fixtures for the Firefox suite: each test gets its own Firefox ESR with the built add-on
 * (./firefox.ts). Playwright is only the runner here; the browser is driven by puppeteer-core and RDP.
 * Every test fails at teardown if anything tried to leave the machine (the `firefox` fixture checks).
 */
import { test as base, expect } from '@playwright/test';
import { type FirefoxSession, launchFirefox } from './firefox';

export const test = base.extend<{ firefox: FirefoxSession }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument.
  firefox: async ({}, use) => {
    const firefox = await launchFirefox();
    try {
      await use(firefox);
      const { leaked, expected } = firefox.network;
      expect(
        leaked.filter((what) => !expected.includes(what)),
        'requests that would have left the browser',
      ).toEqual([]);
    } finally {
      await firefox.close();
    }
  },
});

export { expect };
