/**
 * The content script's choice of acknowledgement rules, and their loading. A fixed setting loads that one
 * table; `auto` loads the languages' profiles (stopwords, caption names; no rules) and follows the caption
 * language: the platform's caption-language control when its adapter reads one (`captionLanguage()` on the
 * session), else the words seen in captions and chat, else the browser's interface language. Only the
 * table in use is ever asked for (`cs:ack-language`), and a switch reaches the running call through
 * `onChange`, so it applies from the next caption on.
 */
import {
  type AckLanguageProfile,
  chooseAckLanguage,
  createLanguageGuesser,
  type LanguageGuesser,
  languageFromCaptionLabel,
  languageFromLocale,
} from '@/utils/acks/auto-language';
import type { AckLanguage, AckLanguageCode } from '@/utils/acks/languages';
import { ackLanguage, registerAckLanguage } from '@/utils/acks/languages/registry';
import type { EventOf } from '@/utils/meeting/events';
import { ACK_SETTING_LANGUAGES } from '@/utils/store/settings-defaults';
import type { ContentBridge, ContentConfig } from './bridge';

/**
 * What a platform adapter's session may offer (optional, structural: utils/platforms owns the readers): the
 * text of the page's caption-language control ("English", "日本語", "es-ES"; several candidates one a line, in page
 * order), or null when it is not shown. Meet reads it (meet/readers.ts `readCaptionLanguage`); Zoom shows none.
 */
export interface CaptionLanguageSource {
  captionLanguage?(): string | null;
}

export interface AckLanguageController {
  /** The registered code in use, or null while none is loaded. */
  readonly current: AckLanguageCode | null;
  configure(acks: ContentConfig['acks']): Promise<void>;
  /** Every caption and chat event (the detector on the words seen). */
  observe(event: EventOf<'caption'> | EventOf<'chat'>): void;
  /** The caption-language control's text, polled from the adapter session. */
  hint(label: string | null | undefined): void;
  onChange(cb: (code: AckLanguageCode) => void): void;
  /** Settles pending loads (tests). */
  idle(): Promise<void>;
}

const CODES = ACK_SETTING_LANGUAGES.filter((c) => c !== 'auto') as AckLanguageCode[];

/** Where loaded tables go; the detector finds them by code (utils/acks/languages/registry.ts). */
export interface AckTableRegistry {
  has(code: string): boolean;
  register(lang: AckLanguage): void;
}
const GLOBAL_REGISTRY: AckTableRegistry = {
  has: (code) => ackLanguage(code) !== undefined,
  register: registerAckLanguage,
};

export function createAckLanguageController(
  bridge: Pick<ContentBridge, 'loadAckLanguage' | 'loadAckProfiles'>,
  uiLocale: string | undefined,
  registry: AckTableRegistry = GLOBAL_REGISTRY,
): AckLanguageController {
  let setting: string = 'en';
  let enabled = false;
  let profiles: AckLanguageProfile[] | null = null;
  let guesser: LanguageGuesser | null = null;
  let hintCode: string | null = null;
  let current: AckLanguageCode | null = null;
  let wanted: string | null = null;
  let pending: Promise<void> = Promise.resolve();
  const listeners: ((code: AckLanguageCode) => void)[] = [];

  const apply = async (target: string) => {
    if (!registry.has(target) && bridge.loadAckLanguage) {
      const lang = await bridge.loadAckLanguage(target as AckLanguageCode);
      if (lang) registry.register(lang);
    }
    // a newer choice was made while this one loaded
    if (wanted !== target || !registry.has(target)) return;
    current = target as AckLanguageCode;
    for (const cb of listeners) cb(current);
  };

  const update = () => {
    if (!enabled) return pending;
    const fallback = languageFromLocale(uiLocale, CODES);
    const target = chooseAckLanguage(setting, hintCode, guesser?.guess ?? null, fallback);
    if (target === wanted) return pending;
    wanted = target;
    pending = pending.then(() => apply(target));
    return pending;
  };

  return {
    get current() {
      return current;
    },
    async configure(acks) {
      setting = acks.language;
      enabled = acks.enabled;
      if (setting === 'auto' && !profiles) {
        profiles = (await bridge.loadAckProfiles?.()) ?? [];
        guesser = createLanguageGuesser(profiles);
      }
      await update();
    },
    observe(e) {
      if (setting !== 'auto' || !guesser) return;
      const before = guesser.guess;
      const key = e.type === 'caption' ? `caption:${e.captionId}` : `chat:${e.t}`;
      if (guesser.observe(key, e.text) !== before) void update();
    },
    hint(label) {
      const code = profiles ? languageFromCaptionLabel(label, profiles) : null;
      if (code === hintCode) return;
      hintCode = code;
      void update();
    },
    onChange(cb) {
      listeners.push(cb);
    },
    idle: () => pending,
  };
}
