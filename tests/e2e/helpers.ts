/** Helpers for e2e tests on the built extension: reaching the background from an extension page. */
import type { BrowserContext, Page } from '@playwright/test';

/** An extension page kept open to talk to the background as the popup/options would. */
export async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** Sends a `ui:*` message from an extension page and unwraps the envelope. */
export async function ui<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = await page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );
  const env = reply as { ok: boolean; data?: T; error?: string };
  if (!env?.ok) throw new Error(env?.error ?? 'no answer');
  return env.data as T;
}

export interface ExportedParticipant {
  id: string;
  displayName: string;
  isSelf: boolean;
  presentMs: number | null;
  speakingMs: number | null;
  turns: number | null;
  cameraOnMs: number | null;
  acknowledgementsGiven: number;
  acknowledgementsReceived: number;
}
export interface ExportedMeeting {
  id: string;
  platform: string;
  meetingCode: string | null;
  endReason: string;
  durationMs: number;
  participants: ExportedParticipant[];
  acknowledgements: { fromId: string | null; toId: string; kind: string; source: string }[];
  reflection: Record<string, unknown> | null;
}
export interface ExportFile {
  format: string;
  version: number;
  meetings: ExportedMeeting[];
}

export const exportData = (page: Page) => ui<ExportFile>(page, { type: 'ui:export' });

/** Figures match when within `pct` of the truth or `absMs`, whichever is looser. */
export function near(actual: number | null, truth: number, pct: number, absMs: number): boolean {
  if (actual === null) return false;
  return Math.abs(actual - truth) <= Math.max(absMs, truth * pct);
}

/** Playback position of the simulated call, on the scenario clock (ms since play). */
export async function simElapsed(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (globalThis as unknown as { __rapportSim: { state: { elapsedMs: number } } }).__rapportSim.state
        .elapsedMs,
  );
}

/** Total length of `intervals` outside the window [from, to). */
export function outside(intervals: readonly (readonly [number, number])[], from: number, to: number): number {
  let total = 0;
  for (const [s, e] of intervals) {
    total += e - s;
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (b > a) total -= b - a;
  }
  return total;
}

/** The action badge text of the first tab on `urlPattern`, read in the service worker. */
export async function badgeText(
  worker: import('@playwright/test').Worker,
  urlPattern: string,
): Promise<string> {
  return worker.evaluate(async (pattern) => {
    type Chrome = {
      tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
    };
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await c.tabs.query({ url: pattern });
    return tab?.id === undefined ? '<no tab>' : c.action.getBadgeText({ tabId: tab.id });
  }, urlPattern);
}
