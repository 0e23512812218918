/** Locale and number formatting for the options page (strings themselves come from `_locales` via `t`). */
import { t } from '@/utils/i18n';
import { registry } from '@/utils/platforms/registry';
import type { Locale } from '@/utils/prompts/format';

/** The messages' language (utils/i18n.ts), the one resolver every page uses. */
export { uiLocale } from '@/utils/i18n';
export type { Locale };

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
