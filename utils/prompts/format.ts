/**
 * Locale-aware formatting of the figures that prompts cite. Every value a message interpolates goes
 * through here, so a message never prints "null", "NaN" or an unbounded page string. The few words
 * (units, "2 others") come from `_locales` through a `Translate` function, like the messages themselves.
 */
import { isolate, stripBidiControls } from '@/utils/bidi';
import { formatDuration as formatLength } from '@/utils/duration';
import { t as extensionMessage, pluralRules, UI_LOCALES, type UiLocale } from '@/utils/i18n';

export type Locale = UiLocale;
export const LOCALES: readonly Locale[] = UI_LOCALES;

/** A value a message may interpolate: a number (ms, share, count), a name, or a list of names. */
export type Param = string | number | readonly string[];
export type Params = Readonly<Record<string, Param>>;

/** Names are page text: long ones are cut so one hostile name cannot flood the card. */
export const NAME_MAX = 60;
/** Lists name at most this many people and summarise the rest ("and 4 others"). */
export const LIST_MAX = 3;

/** Looks up a `_locales` message with `$1`… substitutions; the extension's `getMessage` by default. */
export type Translate = (id: string, substitutions: string[]) => string;
export const defaultTranslate: Translate = (id, subs) => extensionMessage(id, subs);

export interface Fmt {
  /** A share 0..1 as a whole percentage. */
  pct(v: Param | undefined): string;
  /** Milliseconds in the one duration format (utils/duration.ts): 45 s, 2 min 30 s, 12 min, 1 h 05 min. */
  dur(v: Param | undefined): string;
  /** A count. */
  n(v: Param | undefined): string;
  /** One name, trimmed and bounded. */
  name(v: Param | undefined): string;
  /** A list of names ("Lee, Sam and 2 others"). */
  names(v: Param | undefined): string;
  /** `one` when v is 1, `other` otherwise. */
  plural(v: Param | undefined, one: string, other: string): string;
  /** The plural category of a count in this locale (`Intl.PluralRules`: en has one/other, ja only other). */
  form(v: Param | undefined): Intl.LDMLPluralRule;
  /** The words of this formatter. */
  tr: Translate;
}

function num(v: Param | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export function cleanName(raw: string, unnamed: string): string {
  // Collapse whitespace (page text can carry newlines and zero-width padding) and bound the length.
  // Zero-width joiners stay: they hold emoji sequences (👩‍👩‍👧‍👦) and some scripts together. Direction
  // controls go and right-to-left names are isolated (utils/bidi.ts), so no name can reorder the sentence.
  const s = stripBidiControls(raw)
    .replace(/[\u200B\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return unnamed;
  return isolate(s.length > NAME_MAX ? `${s.slice(0, NAME_MAX - 1)}…` : s);
}

function form(locale: Locale, n: number): Intl.LDMLPluralRule {
  return pluralRules(locale).select(n);
}

/**
 * The message `<id>_<category>` for a count, or `<id>_other` where this language's messages lack that
 * category (a translation not yet updated: the extension's lookup then yields "" or, outside an extension,
 * the key itself).
 */
export function pluralMessage(
  tr: Translate,
  locale: Locale,
  id: string,
  n: number,
  subs: string[] = [String(n)],
): string {
  const category = form(locale, n);
  if (category !== 'other') {
    const out = tr(`${id}_${category}`, subs);
    if (out && out !== `${id}_${category}`) return out;
  }
  return tr(`${id}_other`, subs);
}

const count = (tr: Translate, locale: Locale, id: string, n: number) => pluralMessage(tr, locale, id, n);

const pctFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * The prompts' durations are the app's one format, rounded the way every other view rounds it (see
 * utils/duration.ts). `locale` is kept for the callers' symmetry with the other formatters: the words
 * come from `tr`, and the digits do not depend on the locale.
 */
export function formatDuration(ms: number, _locale: Locale, tr: Translate = defaultTranslate): string {
  return formatLength(ms, tr);
}

/**
 * A whole percentage in the locale's way ("42%", "42 %" with a non-breaking space in German and French).
 * Rounded here, half up, before Intl sees it, so every browser prints the same digits.
 */
export function formatPct(share: number, locale: Locale): string {
  let f = pctFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    pctFormats.set(locale, f);
  }
  return f.format(Math.round(Math.max(0, Math.min(1, share)) * 100) / 100);
}

export function formatNames(
  names: readonly string[],
  locale: Locale,
  tr: Translate = defaultTranslate,
): string {
  const unnamed = tr('pr_fmt_unnamed', []);
  const clean = names.map((n) => cleanName(n, unnamed));
  const shown = clean.slice(0, LIST_MAX);
  const rest = clean.length - shown.length;
  const items = rest > 0 ? [...shown, count(tr, locale, 'pr_fmt_others', rest)] : shown;
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

export function makeFmt(locale: Locale, tr: Translate = defaultTranslate): Fmt {
  return {
    pct: (v) => formatPct(num(v), locale),
    dur: (v) => formatDuration(num(v), locale, tr),
    n: (v) => String(Math.round(num(v))),
    name: (v) =>
      cleanName(typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? '') : '', tr('pr_fmt_unnamed', [])),
    names: (v) => formatNames(typeof v === 'string' ? [v] : Array.isArray(v) ? v : [], locale, tr),
    plural: (v, one, other) => (num(v) === 1 ? one : other),
    form: (v) => form(locale, Math.round(num(v))),
    tr,
  };
}
