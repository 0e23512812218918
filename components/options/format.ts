/** Locale and number formatting for the options page (strings themselves come from `_locales` via `t`). */
import { t } from '@/utils/i18n';
import { registry } from '@/utils/platforms/registry';
import type { Locale } from '@/utils/prompts/format';

export type { Locale };

/** The browser's UI language picks the locale, as `_locales` does: German for `de*`, English otherwise. */
export function uiLocale(): Locale {
  const lang = (
    globalThis as { chrome?: { i18n?: { getUILanguage?(): string } } }
  ).chrome?.i18n?.getUILanguage?.();
  return (lang ?? globalThis.navigator?.language ?? 'en').toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function pct(x: number, locale: Locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
}

export function num(x: number, locale: Locale = 'en', digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x);
}

export function dateTime(ms: number, locale: Locale = 'en'): string {
  return new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function date(ms: number, locale: Locale = 'en'): string {
  return new Date(ms).toLocaleDateString(locale, { dateStyle: 'medium' });
}

/** The platform's name as the user knows it ("Google Meet"), from its registry entry; the id if unknown. */
export function platformName(id: string): string {
  const meta = registry.meta(id);
  return meta ? t(meta.labelKey) : id;
}
