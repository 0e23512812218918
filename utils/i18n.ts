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

function lookup(key: string, substitutions?: string | string[]): string {
  try {
    return api()?.getMessage(key, substitutions) ?? '';
  } catch {
    // Not in an extension context.
    return '';
  }
}

/**
 * The message `key` with `$1`… substituted as plain text. A message whose wording depends on a count says
 * so in the messages themselves, so call sites stay `t(key, subs)`: `<key>_count` holds the number of the
 * substitution that is the count ("2" for `$2`), and `<key>_one` is the singular form, used when that
 * count is in the plural category "one" of the messages' language; `<key>` itself is the other form.
 */
export function t(key: string, substitutions?: string | string[]): string {
  if (Array.isArray(substitutions) ? substitutions.length > 0 : substitutions !== undefined) {
    const at = Number(lookup(`${key}_count`));
    if (at >= 1) {
      const raw = Array.isArray(substitutions) ? substitutions[at - 1] : at === 1 ? substitutions : undefined;
      const n = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
      if (Number.isInteger(n) && pluralRules().select(n) === 'one') {
        const one = lookup(`${key}_one`, substitutions);
        if (one) return one;
      }
    }
  }
  return lookup(key, substitutions) || key;
}

/**
 * The language the messages are actually shown in ("en" or "de"): a message of its own rather than the
 * browser's UI language, because a French browser falls back to the English messages and must then count,
 * pluralise and format numbers the English way.
 */
export function msgLocale(): UiLocale {
  return lookup('locale') === 'de' ? 'de' : 'en';
}

export type UiLocale = 'en' | 'de';
/** The one locale resolver of every page and view (document `lang`, number and date formats). */
export const uiLocale = msgLocale;

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(): Intl.PluralRules {
  const locale = msgLocale();
  let pr = rules.get(locale);
  if (!pr) {
    pr = new Intl.PluralRules(locale);
    rules.set(locale, pr);
  }
  return pr;
}

/**
 * A count sentence: `<base>_one` or `<base>_other`, chosen by the plural rules of the messages' language
 * (en and de both have exactly these two categories). The count is `$1`; further substitutions follow it.
 */
export function tn(base: string, count: number, more: string[] = []): string {
  const form = pluralRules().select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}`, [String(count), ...more]);
}
