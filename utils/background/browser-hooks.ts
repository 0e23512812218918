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
import { registry } from '@/utils/platforms/registry';
import { describeLiveCalls, type LiveCall } from './live-calls';
import { injectIntoOpenMeetingTabs } from './reinject';
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

const platformName = (id: string) => {
  const key = registry.meta(id)?.labelKey;
  return (key && t(key)) || id;
};

export function createBrowserHooks(): BackgroundHooks {
  /** Each meeting tab's last status, and the calls being recorded: with two or more, badges say which. */
  const statuses = new Map<number, TabStatus>();
  let live: LiveCall[] = [];
  const paint = (tabId: number, status: TabStatus) => {
    const b = BADGE[status];
    const a = action();
    const mine = live.find((c) => c.tabId === tabId);
    let text = b.text;
    let title = t(b.title);
    if (status === 'recording' && live.length > 1) {
      // "●2": this tab records one of two calls; the tooltip names this one, then all of them.
      text = `${b.text}${Math.min(live.length, 9)}`;
      title = [
        title,
        mine ? describeLiveCalls([mine], platformName) : '',
        t('badgeLiveCalls', [String(live.length), describeLiveCalls(live, platformName)]),
      ]
        .filter(Boolean)
        .join('\n');
    }
    void a.setBadgeText({ tabId, text: text as string }).catch(() => {});
    void a.setBadgeBackgroundColor({ tabId, color: b.color }).catch(() => {});
    void a.setTitle({ tabId, title }).catch(() => {});
  };
  return {
    tabStatus(tabId, status) {
      statuses.set(tabId, status);
      paint(tabId, status);
    },
    liveCallsChanged(calls) {
      const before = live;
      live = calls;
      const tabs = new Set<number>();
      for (const c of [...before, ...calls]) if (c.tabId !== null) tabs.add(c.tabId);
      for (const id of tabs) {
        const status = statuses.get(id) ?? (calls.some((c) => c.tabId === id) ? 'recording' : null);
        if (status) paint(id, status);
      }
      // The button's default tooltip (tabs without a call of their own) lists the live calls too.
      void action()
        .setTitle({
          title: calls.length
            ? `Rapport\n${t('badgeLiveCalls', [String(calls.length), describeLiveCalls(calls, platformName)])}`
            : 'Rapport',
        })
        .catch(() => {});
    },
    settingsChanged(settings, tabIds) {
      for (const id of tabIds) void toContent(id, { type: 'bg:settings', settings });
    },
    unreadChanged(count) {
      const a = action();
      void a.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' }).catch(() => {});
      void a.setBadgeBackgroundColor({ color: '#2f5d50' }).catch(() => {});
    },
    // `tabs.get` by id needs no `tabs` permission (the tab's URL would).
    tabExists: (tabId) =>
      browser.tabs.get(tabId).then(
        () => true,
        () => false,
      ),
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

export function registerBrowserEvents(forgetTab: (tabId: number) => void, onBrowserStart: () => void): void {
  browser.runtime.onInstalled.addListener(async (details) => {
    // Installed or updated mid-call: the open meeting tabs get the new content script (reinject.ts).
    if (details.reason === 'install' || details.reason === 'update') {
      void injectIntoOpenMeetingTabs().catch((err) => console.warn('Rapport: re-injection failed', err));
    }
    // Once, on install: not on update or browser restart. The flag makes "once" hold also where the
    // browser reports a fresh install again (an unpacked extension reloaded from the command line).
    if (details.reason !== 'install') return;
    const { welcomeShown } = await browser.storage.local.get('welcomeShown');
    if (welcomeShown) return;
    await browser.storage.local.set({ welcomeShown: true });
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  // A browser start: no tab of the previous run exists, so its open calls are finalised at once.
  browser.runtime.onStartup.addListener(() => onBrowserStart());
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
