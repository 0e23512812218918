/**
 * Strings of extension pages come from `_locales/<lang>/messages.json` through `browser.i18n`, so the
 * browser's UI language picks en or de. Outside an extension (unit tests, previews) the key itself is
 * returned, which keeps missing translations visible rather than blank.
 */
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    const msg = browser.i18n?.getMessage(key, substitutions);
    if (msg) return msg;
  } catch {
    // Not in an extension context.
  }
  return key;
}
