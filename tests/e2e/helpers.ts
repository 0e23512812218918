/** Helpers for e2e tests on the built extension: reaching the background from an extension page. */
import type { BrowserContext, Locator, Page } from '@playwright/test';

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

// ---------------------------------------------------------------------------------------------------------
// Reading the overlay. Its shadow root is closed (components/overlay/mount.ts): the meeting page must not
// read it, and neither can Playwright's locators, which only walk `element.shadowRoot`. Tests look in through
// the DevTools protocol instead: `DOM.describeNode({ pierce: true })` reports closed roots too, and the root
// is resolved into Playwright's own utility world (an isolated world like the content script's), where the
// host gets a `shadowRoot` getter. Locators, `toBeFocused`, axe etc. then work as on an open root — in that
// world only; the page's main world still sees `host.shadowRoot === null` (privacy.spec.ts checks that after
// piercing too). Nothing of this is in the built extension.

type CdpContext = { id: number; name: string; auxData?: { frameId?: string; type?: string } };

/** The execution context of Playwright's utility world in the page's main frame, and a CDP session on it. */
async function utilityWorld(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const contexts: CdpContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as CdpContext));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.find(
    (c) => c.name.startsWith('__playwright_utility_world') && c.auxData?.frameId === frameTree.frame.id,
  );
  if (!world) {
    await cdp.detach();
    throw new Error('no Playwright utility world in the main frame (run a locator first)');
  }
  return { cdp, contextId: world.id };
}

/**
 * Waits for the overlay's host, makes its closed root reachable from Playwright's utility world and returns
 * the host's locator: `(await overlayLocator(page)).locator('.rp-pill')` etc. Call it again after the overlay is
 * mounted anew (a new call, a reload), since a new host has a new root.
 */
export async function overlayLocator(page: Page): Promise<Locator> {
  const host = page.locator('rapport-overlay');
  // Also makes Playwright create its utility world, if no locator ran before.
  await host.waitFor({ state: 'attached' });
  const { cdp, contextId } = await utilityWorld(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: 'rapport-overlay',
    });
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error('rapport-overlay has no shadow root');
    const hostObj = await cdp.send('DOM.resolveNode', { nodeId, executionContextId: contextId });
    const rootObj = await cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId: contextId,
    });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: hostObj.object.objectId!,
      functionDeclaration:
        'function (root) { Object.defineProperty(this, "shadowRoot", { get: () => root, configurable: true }); }',
      arguments: [{ objectId: rootObj.object.objectId! }],
    });
  } finally {
    await cdp.detach();
  }
  return host;
}

/**
 * Runs `fn(arg)` in Playwright's utility world of the main frame, where `overlayLocator(page)` made the overlay's
 * root reachable (`document.querySelector('rapport-overlay').shadowRoot`). For scripts that must see the
 * overlay's DOM whole, like axe; `fn` is sent as source, so it must not close over anything.
 */
export function evaluateInOverlayWorld<R, A>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return evaluateInUtilityWorld<R>(page, `(${fn.toString()})(${JSON.stringify(arg)})`);
}

/** Runs a script (e.g. axe-core's source) in the world `evaluateInOverlayWorld` uses, for its globals. */
export async function addScriptToOverlayWorld(page: Page, source: string): Promise<void> {
  await evaluateInUtilityWorld(page, `${source}\n;undefined`);
}

async function evaluateInUtilityWorld<R>(page: Page, expression: string): Promise<R> {
  const { cdp, contextId } = await utilityWorld(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      throw new Error(
        `in the utility world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    }
    return result.value as R;
  } finally {
    await cdp.detach();
  }
}
