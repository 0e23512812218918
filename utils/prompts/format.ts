/**
 * Locale-aware formatting of the figures that prompts cite. Every value a message interpolates goes
 * through here, so a message never prints "null", "NaN" or an unbounded page string.
 */

export type Locale = 'en' | 'de';
export const LOCALES: readonly Locale[] = ['en', 'de'];

/** A value a message may interpolate: a number (ms, share, count), a name, or a list of names. */
export type Param = string | number | readonly string[];
export type Params = Readonly<Record<string, Param>>;

/** Names are page text: long ones are cut so one hostile name cannot flood the card. */
export const NAME_MAX = 60;
/** Lists name at most this many people and summarise the rest ("and 4 others"). */
export const LIST_MAX = 3;

export interface Fmt {
  /** A share 0..1 as a whole percentage. */
  pct(v: Param | undefined): string;
  /** Milliseconds as seconds, minutes or hours and minutes. */
  dur(v: Param | undefined): string;
  /** A count. */
  n(v: Param | undefined): string;
  /** One name, trimmed and bounded. */
  name(v: Param | undefined): string;
  /** A list of names ("Lee, Sam and 2 others"). */
  names(v: Param | undefined): string;
  /** `one` when v is 1, `other` otherwise. */
  plural(v: Param | undefined, one: string, other: string): string;
}

function num(v: Param | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export function cleanName(raw: string, unnamed: string): string {
  // Collapse whitespace (page text can carry newlines and zero-width padding) and bound the length.
  const s = raw
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return unnamed;
  return s.length > NAME_MAX ? `${s.slice(0, NAME_MAX - 1)}…` : s;
}

interface LocaleWords {
  unnamed: string;
  others(n: number): string;
  seconds(n: number): string;
  minutes(n: number): string;
  hoursMinutes(h: number, m: number): string;
  pctSuffix: string;
}

const WORDS: Record<Locale, LocaleWords> = {
  en: {
    unnamed: 'someone without a name',
    others: (n) => (n === 1 ? '1 other' : `${n} others`),
    seconds: (n) => (n === 1 ? '1 second' : `${n} seconds`),
    minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
    hoursMinutes: (h, m) => (m === 0 ? `${h} h` : `${h} h ${m} min`),
    pctSuffix: '%',
  },
  de: {
    unnamed: 'jemand ohne Namen',
    others: (n) => (n === 1 ? '1 weitere Person' : `${n} weitere Personen`),
    seconds: (n) => (n === 1 ? '1 Sekunde' : `${n} Sekunden`),
    minutes: (n) => (n === 1 ? '1 Minute' : `${n} Minuten`),
    hoursMinutes: (h, m) => (m === 0 ? `${h} Std.` : `${h} Std. ${m} Min.`),
    pctSuffix: '\u00a0%',
  },
};

export function formatDuration(ms: number, locale: Locale): string {
  const w = WORDS[locale];
  const s = Math.max(0, Math.round(ms / 1000));
  // Below two minutes seconds read better ("90 seconds", not "2 minutes" for the monologue limit).
  if (s < 120) return w.seconds(s);
  const min = Math.round(s / 60);
  if (min < 60) return w.minutes(min);
  return w.hoursMinutes(Math.floor(min / 60), min % 60);
}

export function formatPct(share: number, locale: Locale): string {
  return `${Math.round(Math.max(0, Math.min(1, share)) * 100)}${WORDS[locale].pctSuffix}`;
}

export function formatNames(names: readonly string[], locale: Locale): string {
  const w = WORDS[locale];
  const clean = names.map((n) => cleanName(n, w.unnamed));
  const shown = clean.slice(0, LIST_MAX);
  const rest = clean.length - shown.length;
  const items = rest > 0 ? [...shown, w.others(rest)] : shown;
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

export function makeFmt(locale: Locale): Fmt {
  const w = WORDS[locale];
  return {
    pct: (v) => formatPct(num(v), locale),
    dur: (v) => formatDuration(num(v), locale),
    n: (v) => String(Math.round(num(v))),
    name: (v) => cleanName(typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? '') : '', w.unnamed),
    names: (v) => formatNames(typeof v === 'string' ? [v] : Array.isArray(v) ? v : [], locale),
    plural: (v, one, other) => (num(v) === 1 ? one : other),
  };
}
