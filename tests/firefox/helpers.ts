/** Simulator playback on a puppeteer page (tests/sim/driver.ts has the same for Playwright pages). */
import type { Page } from 'puppeteer-core';
import type { PageSimState } from '../sim/driver';

type SimWindow = { __rapportSim?: { state?: PageSimState } };

export async function simState(page: Page): Promise<PageSimState | null> {
  return page.evaluate(() => (globalThis as unknown as SimWindow).__rapportSim?.state ?? null);
}

/** Playback position on the scenario clock (ms since play). */
export async function simElapsed(page: Page): Promise<number> {
  return (await simState(page))?.elapsedMs ?? 0;
}

export async function waitForScenarioEnd(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as SimWindow).__rapportSim?.state?.ended === true, {
    timeout: timeoutMs,
    polling: 100,
  });
}

export async function waitForElapsed(page: Page, ms: number, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    (t: number) => ((globalThis as unknown as SimWindow).__rapportSim?.state?.elapsedMs ?? 0) >= t,
    { timeout: timeoutMs, polling: 100 },
    ms,
  );
}
