/**
 * `browser.i18n.getMessage` for unit tests, read from the real `_locales/<lang>/messages.json` with
 * Chrome's substitution rules (named `$NAME$` placeholders whose content is `$1`…`$9`, `$$` for a dollar),
 * so components render the words a user sees. English by default; `useLocale('de')` switches a test file
 * to German. Only tests read the JSON: extension bundles call the real API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const root = join(__dirname, '../..');
const cache = new Map<string, Messages>();

export function loadMessages(lang: string): Messages {
  let m = cache.get(lang);
  if (!m) {
    m = JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
    cache.set(lang, m);
  }
  return m;
}

/** Chrome's rendering of one message: unknown keys give "", as in the browser. */
export function renderMessage(messages: Messages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const positional = (s: string) => s.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
  // One pass, so a substituted name containing "$1" or "$NAME$" stays text.
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (m, name?: string, digit?: string) => {
    if (m === '$$') return '$';
    if (name !== undefined) {
      const content = named.get(name.toLowerCase());
      return content === undefined ? m : positional(content);
    }
    return subs[Number(digit) - 1] ?? '';
  });
}

let lang = 'en';

/** Render this test file's messages in `l` (reset to English after each test). */
export function useLocale(l: 'en' | 'de'): void {
  lang = l;
}

const i18n = fakeBrowser.i18n as unknown as {
  getMessage(key: string, subs?: string | string[]): string;
  getUILanguage(): string;
};
// Plain functions, not vi.fn: the config's mockReset would wipe a mock's implementation between tests.
i18n.getMessage = (key, subs) => renderMessage(loadMessages(lang), key, subs);
i18n.getUILanguage = () => lang;

afterEach(() => {
  lang = 'en';
});
