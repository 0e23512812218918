/**
 * `browser.i18n.getMessage` for unit tests, read from the real `_locales/<lang>/messages.json` with
 * Chrome's substitution rules (`components/overlay/i18n-shim.ts`), so components render the words a user
 * sees. English by default; `useLocale('de')` (in a test or `beforeEach`) switches to German until the
 * test ends. Only tests read the JSON: extension bundles call the real API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Messages, renderMessage } from '@/components/overlay/i18n-shim';
import { localeFolder, type UiLocale } from '@/utils/i18n';

export type { Messages };

const root = join(__dirname, '../..');
const cache = new Map<string, Messages>();

/** One language's messages; `lang` is a `UiLocale` ("pt-BR") or its folder name ("pt_BR"). */
export function loadMessages(lang: string): Messages {
  const folder = lang.replace('-', '_');
  let m = cache.get(folder);
  if (!m) {
    m = JSON.parse(readFileSync(join(root, 'public/_locales', folder, 'messages.json'), 'utf8')) as Messages;
    cache.set(folder, m);
  }
  return m;
}

let lang: UiLocale = 'en';

/** Render this test file's messages in `l` (reset to English after each test). */
export function useLocale(l: UiLocale): void {
  lang = l;
}

const i18n = fakeBrowser.i18n as unknown as {
  getMessage(key: string, subs?: string | string[]): string;
  getUILanguage(): string;
};
// Plain functions, not vi.fn: the config's mockReset would wipe a mock's implementation between tests.
// Like Chrome: a key the language lacks falls back to the default locale's (English) message.
i18n.getMessage = (key, subs) =>
  renderMessage(loadMessages(localeFolder(lang)), key, subs) || renderMessage(loadMessages('en'), key, subs);
i18n.getUILanguage = () => lang;

afterEach(() => {
  lang = 'en';
});

/** A `Translate` over one language's messages, for code that takes its words as a function (the prompts). */
export function translator(l: UiLocale): (id: string, subs: string[]) => string {
  return (id, subs) => renderMessage(loadMessages(localeFolder(l)), id, subs);
}
