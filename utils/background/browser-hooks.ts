/**
 * The background's effects on the browser, behind `BackgroundHooks`: the toolbar badge, telling meeting
 * tabs about new settings, opening pages. None of these needs the `tabs` permission: badges and
 * `tabs.sendMessage`/`tabs.create` work with a tab id alone.
 */
import browser from 'webextension-polyfill';
import type {
  BackgroundMessageType,
  BackgroundRequestOf,
  BackgroundResponseOf,
} from '@/utils/content-messages';
import { t } from '@/utils/i18n';
import type { BackgroundHooks, TabStatus } from './service';

/** Sends a typed message to a content script; resolves with its typed answer, or null when none came. */
async function toContent<K extends BackgroundMessageType>(
  tabId: number,
  message: BackgroundRequestOf<K> & { type: K },
): Promise<BackgroundResponseOf<K> | null> {
  return ((await browser.tabs.sendMessage(tabId, message).catch(() => null)) ??
    null) as BackgroundResponseOf<K> | null;
}

const BADGE: Record<TabStatus, { text: string | null; color: string; title: string }> = {
  // A filled dot while recording: the honest "this call is being measured" indicator.
  recording: { text: '●', color: '#c2410c', title: 'badgeRecording' },
  paused: { text: '❚❚', color: '#6b7280', title: 'badgePaused' },
  never: { text: '–', color: '#6b7280', title: 'badgeNever' },
  off: { text: 'off', color: '#6b7280', title: 'badgeOff' },
  // Idle tabs show the global badge (unread reflections).
  idle: { text: null, color: '#2f5d50', title: 'badgeIdle' },
};

interface ScriptingLike {
  executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

const action = () =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export function createBrowserHooks(): BackgroundHooks {
  return {
    tabStatus(tabId, status) {
      const b = BADGE[status];
      const a = action();
      void a.setBadgeText({ tabId, text: b.text as string }).catch(() => {});
      void a.setBadgeBackgroundColor({ tabId, color: b.color }).catch(() => {});
      void a.setTitle({ tabId, title: t(b.title) }).catch(() => {});
    },
    settingsChanged(settings, tabIds) {
      for (const id of tabIds) void toContent(id, { type: 'bg:settings', settings });
    },
    unreadChanged(count) {
      const a = action();
      void a.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' }).catch(() => {});
      void a.setBadgeBackgroundColor({ color: '#2f5d50' }).catch(() => {});
    },
    openHealth() {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#health') });
    },
    async requestCapture(tabId) {
      const r: { html?: unknown } | null = await toContent(tabId, { type: 'bg:capture' });
      // A content script of another version may answer differently: the type is checked, not trusted.
      return typeof r?.html === 'string' ? r.html : '';
    },
    async loadCallRuntime(tabId) {
      // Chrome MV3 (and Firefox MV3) have `scripting`; Firefox MV2 has `tabs.executeScript`, with the host
      // permission alone. The top frame: the content scripts run there only (Zoom's loader reaches into its frame).
      const file = '/content-call.js';
      const scripting = (browser as unknown as { scripting?: ScriptingLike }).scripting;
      if (scripting?.executeScript) await scripting.executeScript({ target: { tabId }, files: [file] });
      else await browser.tabs.executeScript(tabId, { file, frameId: 0 });
    },
    openReflection(meetingId) {
      void browser.tabs.create({
        url: browser.runtime.getURL(`/reflection.html#${encodeURIComponent(meetingId)}`),
      });
    },
  };
}

export function registerBrowserEvents(forgetTab: (tabId: number) => void): void {
  browser.runtime.onInstalled.addListener(async (details) => {
    // Once, on install: not on update or browser restart. The flag makes "once" hold also where the
    // browser reports a fresh install again (an unpacked extension reloaded from the command line).
    if (details.reason !== 'install') return;
    const { welcomeShown } = await browser.storage.local.get('welcomeShown');
    if (welcomeShown) return;
    await browser.storage.local.set({ welcomeShown: true });
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  try {
    browser.commands.onCommand.addListener(async (command, tab) => {
      if (command !== 'toggle-overlay') return;
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) void toContent(id, { type: 'bg:toggle-overlay' });
    });
  } catch {
    // No `commands` API (Firefox for Android, the unit tests' fake browser): the overlay's own
    // Alt+Shift+R handler still works.
  }
}
