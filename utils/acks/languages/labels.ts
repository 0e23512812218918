import type { AckLanguageCode } from './index';

/**
 * Each language by its own name (a language picker shows endonyms, whatever the interface language), without
 * importing the tables: the options page shows these. languages.test.ts holds them equal to the tables' labels.
 */
export const ACK_LANGUAGE_LABELS: Readonly<Record<AckLanguageCode, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  pt: 'Português (Brasil e Portugal)',
  it: 'Italiano',
  nl: 'Nederlands',
  ja: '日本語',
};
