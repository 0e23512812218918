/**
 * Browser wiring for the background: opens the store, validates every message's sender and payload
 * (service.ts), and answers. `globalThis.__rapportSeen` (content scripts that said `cs:ready`, by
 * platform) is read by e2e tests through the service worker.
 */
import browser from 'webextension-polyfill';
import { openStore } from '@/utils/store';
import { createBrowserHooks, registerBrowserEvents } from './browser-hooks';
import { type BackgroundService, createBackgroundService } from './service';

let servicePromise: Promise<BackgroundService> | null = null;

export function startBackground(): void {
  const seenFallback = new Map<string, number>();
  (globalThis as { __rapportSeen?: Map<string, number> }).__rapportSeen = seenFallback;
  servicePromise = openStore().then((store) => {
    const service = createBackgroundService({
      store,
      extension: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
      hooks: createBrowserHooks(),
    });
    for (const [k, v] of seenFallback) service.seen.set(k, (service.seen.get(k) ?? 0) + v);
    (globalThis as { __rapportSeen?: Map<string, number> }).__rapportSeen = service.seen;
    void service.start().then(() => service.refreshUnread());
    return service;
  });
  servicePromise.catch((err) => console.error('Rapport: could not open the database', err));

  registerBrowserEvents(
    (tabId) => void servicePromise?.then((s) => s.forgetTab(tabId)),
    () => void servicePromise?.then((s) => s.browserStarted()),
  );
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return (servicePromise ?? Promise.reject(new Error('not started'))).then(
      (service) => service.handle(message, sender),
      (err: unknown) => ({ ok: false as const, error: `Rapport storage is unavailable: ${String(err)}` }),
    );
  });
  // Firefox (event pages) tells us before suspending: write what is pending.
  browser.runtime.onSuspend?.addListener(() => {
    void servicePromise?.then((s) => s.flush());
  });
}

/** For tests: the service behind the listener. */
export function backgroundService(): Promise<BackgroundService> | null {
  return servicePromise;
}
