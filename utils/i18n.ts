/**
 * Every user-facing string comes from `_locales/<lang>/messages.json` through the extension's i18n API, so
 * the browser's UI language picks en or de. No polyfill and no import of the message files: this module runs
 * in the content script too, where every kilobyte counts, and `getMessage` is synchronous in every context.
 * Outside an extension (previews without the shim) the key itself is returned, which keeps a missing
 * translation visible rather than blank.
 */

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

export function t(key: string, substitutions?: string | string[]): string {
  try {
    const msg = api()?.getMessage(key, substitutions);
    if (msg) return msg;
  } catch {
    // Not in an extension context.
  }
  return key;
}

/**
 * The language the messages are actually shown in ("en" or "de"): a message of its own rather than the
 * browser's UI language, because a French browser falls back to the English messages and must then count,
 * pluralise and format numbers the English way.
 */
export function msgLocale(): 'en' | 'de' {
  return t('locale') === 'de' ? 'de' : 'en';
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * A count sentence: `<base>_one` or `<base>_other`, chosen by the plural rules of the messages' language
 * (en and de both have exactly these two categories). The count is `$1`; further substitutions follow it.
 */
export function tn(base: string, count: number, more: string[] = []): string {
  const locale = msgLocale();
  let pr = rules.get(locale);
  if (!pr) {
    pr = new Intl.PluralRules(locale);
    rules.set(locale, pr);
  }
  const form = pr.select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}`, [String(count), ...more]);
}
