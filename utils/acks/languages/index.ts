import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pt } from './pt';
import { registerAckLanguage } from './registry';
import type { AckLanguage } from './types';

/** The languages whose rules ship; the options page lists these (code → label). */
export const ACK_LANGUAGES = { en, de, es, fr, pt, it, nl, ja } as const satisfies Record<
  string,
  AckLanguage
>;
export type AckLanguageCode = keyof typeof ACK_LANGUAGES;
export const ACK_LANGUAGE_CODES = Object.keys(ACK_LANGUAGES) as AckLanguageCode[];
for (const lang of Object.values(ACK_LANGUAGES)) registerAckLanguage(lang);

export type { AckLanguage, AckRule, AckVeto, TextAckKind } from './types';
