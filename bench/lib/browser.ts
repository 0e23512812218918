/**
 * Chromium for the browser benches: the same Debian binary and flags as the e2e suite, headless, in a
 * throwaway profile; with the built extension loaded or, for the "without" half of a ratio, with none.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { chromiumArgs } from '../../tests/e2e/fixtures';

export interface Launched {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(extensionDir: string | null): Promise<Launched> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const args = extensionDir
    ? chromiumArgs(extensionDir)
    : chromiumArgs('/nonexistent')
        .filter((a) => !a.includes('-extension'))
        .concat('--disable-extensions');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium({ required: true }),
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const worker =
    existing ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    }));
  return new URL(worker.url()).host;
}

/** Sends a `ui:*` message from an extension page and unwraps the `{ ok, data }` envelope. */
export async function ui<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  )) as { ok: boolean; data?: T; error?: string };
  if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
  return reply.data as T;
}

/** Seconds of simulated call for the long benches; `RAPPORT_BENCH_SECONDS=10` makes a smoke run. */
export function benchSeconds(fallback: number): number {
  const v = Number(process.env.RAPPORT_BENCH_SECONDS);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
