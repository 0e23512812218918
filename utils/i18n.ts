/**
 * Every user-facing string comes from `_locales/<lang>/messages.json` through the extension's i18n API, so
 * the browser's UI language picks one of `UI_LOCALES`. No polyfill and no import of the message files: this
 * module runs in the content script too, where every kilobyte counts, and `getMessage` is synchronous in
 * every context.
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
 * substitution that is the count ("2" for `$2`), and `<key>_<category>` (`_one`, `_few`, `_many`…) is the
 * form for a count in that plural category of the messages' language (`Intl.PluralRules`); `<key>` itself
 * is the "other" form. A language carries only the categories its rules have (Japanese none, French and
 * Spanish "one" and "many"); a missing form falls back to `<key>`.
 */
export function t(key: string, substitutions?: string | string[]): string {
  if (Array.isArray(substitutions) ? substitutions.length > 0 : substitutions !== undefined) {
    const at = Number(lookup(`${key}_count`));
    if (at >= 1) {
      const raw = Array.isArray(substitutions) ? substitutions[at - 1] : at === 1 ? substitutions : undefined;
      const n = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
      const category = Number.isInteger(n) ? pluralRules().select(n) : 'other';
      if (category !== 'other') {
        const form = lookup(`${key}_${category}`, substitutions);
        if (form) return form;
      }
    }
  }
  return lookup(key, substitutions) || key;
}

/**
 * A label before what it names ("Question: …"): the colon is the language's ("Question : …" in French with
 * a non-breaking space, "問い：…" in Japanese). Outside an extension, `label:`.
 */
export function label(text: string): string {
  return lookup('fmt_label', text) || `${text}:`;
}

/** The languages Rapport's messages exist in, as BCP 47 tags (the `_locales` folders use `pt_BR`). */
export const UI_LOCALES = ['en', 'de', 'es', 'fr', 'it', 'nl', 'pt-BR', 'pt-PT', 'ja'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The `_locales` folder of a locale ("pt-BR" → "pt_BR"). */
export const localeFolder = (l: UiLocale): string => l.replace('-', '_');

/**
 * The language the messages are actually shown in: a message of its own (`locale`) rather than the
 * browser's UI language, because a Swedish browser falls back to the English messages and must then count,
 * pluralise and format numbers the English way, and a Brazilian browser must count like Brazil, not
 * Portugal ("0 reunião" there, "0 reuniões" in Portugal).
 */
export function msgLocale(): UiLocale {
  const l = lookup('locale');
  return (UI_LOCALES as readonly string[]).includes(l) ? (l as UiLocale) : 'en';
}

/** The one locale resolver of every page and view (document `lang`, number and date formats). */
export const uiLocale = msgLocale;

const rules = new Map<string, Intl.PluralRules>();

/** The plural rules of `locale` (the messages' language by default), made once per locale. */
export function pluralRules(locale: string = msgLocale()): Intl.PluralRules {
  let pr = rules.get(locale);
  if (!pr) {
    pr = new Intl.PluralRules(locale);
    rules.set(locale, pr);
  }
  return pr;
}

/**
 * A count sentence: `<base>_<category>` for the count's plural category in the messages' language (`_one`,
 * `_other`, and `_many` in French, Spanish, Italian and Portuguese for a round million), falling back to
 * `<base>_other` where a language lacks the form. The count is `$1`; further substitutions follow it.
 */
export function tn(base: string, count: number, more: string[] = []): string {
  const subs = [String(count), ...more];
  const category = pluralRules().select(count);
  if (category !== 'other') {
    const form = lookup(`${base}_${category}`, subs);
    if (form) return form;
  }
  return t(`${base}_other`, subs);
}
