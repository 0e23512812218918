/**
 * The content script's `ContentBridge` over runtime messages. It uses the browser's own promise-based
 * `runtime` (no polyfill) to keep the content-script bundle small.
 */
import type { AckLanguageProfile } from '@/utils/acks/auto-language';
import type { AckLanguage } from '@/utils/acks/languages';
import {
  type BackgroundResponseOf,
  type ContentSettings,
  parseBackgroundMessage,
} from '@/utils/content-messages';
import type { Platform } from '@/utils/meeting/events';
import { sendMessage } from '@/utils/send-message';
import type { OverlayPosition } from '@/utils/store/settings-defaults';
import type { CallStatus, ContentBridge, ContentConfig } from './bridge';

interface RuntimeLike {
  id: string;
  getURL(path: string): string;
  onMessage: {
    addListener(
      cb: (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => boolean | undefined,
    ): void;
  };
}

function runtime(): RuntimeLike {
  const g = globalThis as { browser?: { runtime: RuntimeLike }; chrome?: { runtime: RuntimeLike } };
  return (g.browser ?? g.chrome)!.runtime;
}

/** What a content script needs of the settings, for its platform. */
export function contentConfigFrom(
  settings: ContentSettings,
  platform: Platform,
  intention: string | null,
): ContentConfig {
  return {
    tracking: settings.tracking,
    // A platform missing from settings saved before it existed is on (as `platformEnabled` in the store).
    platformEnabled: settings.platforms[platform] ?? true,
    neverTrack: settings.neverTrack,
    overlayDefault: settings.overlayDefault,
    nudges: settings.nudges,
    acks: settings.acks,
    position: settings.overlayPositions[platform] ?? null,
    intention,
    series: settings.series ?? {},
  };
}

export function createMessagingBridge(platform: Platform): ContentBridge {
  let intention: string | null = null;
  let lastStatus: CallStatus | null = null;
  const configListeners: ((c: ContentConfig) => void)[] = [];
  const toggleListeners: (() => void)[] = [];
  let capture: (() => string | Promise<string>) | null = null;
  const rt = runtime();
  rt.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== rt.id) return undefined;
    const m = parseBackgroundMessage(raw);
    if (!m) return undefined;
    if (m.type === 'bg:capture') {
      // Answered through sendResponse, kept open by returning true (works in Chrome and Firefox alike):
      // the capture code is in the call runtime, which may have to load first.
      void Promise.resolve(capture ? capture() : '')
        .catch(() => '')
        .then((html) => {
          const reply: BackgroundResponseOf<'bg:capture'> = { ok: true, html };
          sendResponse(reply);
        });
      return true;
    } else if (m.type === 'bg:ping') {
      sendResponse({ ok: true } satisfies BackgroundResponseOf<'bg:ping'>);
    } else if (m.type === 'bg:toggle-overlay') {
      for (const cb of toggleListeners) cb();
    } else {
      const config = contentConfigFrom(m.settings, platform, intention);
      for (const cb of configListeners) cb(config);
    }
    return undefined;
  });
  return {
    async getConfig() {
      const r = await sendMessage({ type: 'cs:get-config', platform });
      intention = r.intention;
      return contentConfigFrom(r.settings, platform, r.intention);
    },
    sendEvents: (m) => sendMessage(m),
    async setNeverTrack(code, on, sessionId) {
      await sendMessage({ type: 'cs:set-never-track', code, on });
      if (on && sessionId) await sendMessage({ type: 'cs:discard-session', sessionId, platform });
    },
    async savePosition(p: Platform, position: OverlayPosition) {
      await sendMessage({ type: 'cs:save-position', platform: p, position });
    },
    setStatus(status) {
      if (status === lastStatus) return;
      lastStatus = status;
      void sendMessage({ type: 'cs:status', status }).catch(() => {});
    },
    onConfigChanged(cb) {
      configListeners.push(cb);
    },
    onToggleOverlay(cb) {
      toggleListeners.push(cb);
    },
    reportHealth(report) {
      void sendMessage({ type: 'cs:health', report }).catch(() => {});
    },
    onCaptureRequest(cb) {
      capture = cb;
    },
    openHealth() {
      void sendMessage({ type: 'cs:open-health' }).catch(() => {});
    },
    async resumeSession(p) {
      try {
        const r = await sendMessage({ type: 'cs:resume', platform: p });
        // A background of another version may answer differently: the shape is checked, not trusted.
        return r && typeof r.sessionId === 'string' && Number.isInteger(r.nextSeq) && r.nextSeq >= 1
          ? r
          : null;
      } catch {
        return null;
      }
    },
    async loadAckLanguage(code) {
      // The background holds every table (see `cs:ack-language`); a shape check guards a version mismatch.
      try {
        const lang = (await sendMessage({ type: 'cs:ack-language', code })) as Partial<AckLanguage> | null;
        return lang?.code === code && Array.isArray(lang.rules) && Array.isArray(lang.vetoes)
          ? (lang as AckLanguage)
          : null;
      } catch {
        return null;
      }
    },
    async loadAckProfiles() {
      try {
        const list = (await sendMessage({ type: 'cs:ack-profiles' })) as unknown;
        return Array.isArray(list)
          ? list.filter(
              (p): p is AckLanguageProfile =>
                typeof p?.code === 'string' && Array.isArray(p.stopwords) && Array.isArray(p.captionNames),
            )
          : [];
      } catch {
        return [];
      }
    },
  };
}
