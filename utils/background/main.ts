import browser from 'webextension-polyfill';

/** Content scripts that have said hello, by platform; read by e2e tests through the service worker. */
const seen = new Map<string, number>();

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as { type?: string; platform?: string };
    if (m?.type === 'cs:ready' && typeof m.platform === 'string') {
      seen.set(m.platform, (seen.get(m.platform) ?? 0) + 1);
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });
  (globalThis as { __rapportSeen?: Map<string, number> }).__rapportSeen = seen;
}
