/**
 * Tone guard: every sentence any rule can produce, in every locale, rendered with real figures, must stay
 * free of judgmental wording. The deny-list is small on purpose: words that grade the person.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGE_KEYS, type Params, t } from '@/utils/prompts';
import { translator } from '../../../setup/i18n';
import { DENY } from './deny';

const SAMPLE: Params = {
  name: 'Lee',
  names: ['Lee', 'Sam'],
  present: 42 * 60_000,
  spoke: 90_000,
  share: 0.62,
  other: 0.38,
  fair: 0.2,
  n: 5,
  count: 3,
  limit: 90_000,
  longest: 240_000,
  group: 0.7,
  duration: 95 * 60_000,
  speakers: 3,
  balance: 0.9,
  coverage: 0.4,
};

describe('wording', () => {
  for (const locale of LOCALES) {
    it(`${locale}: no message contains judgmental words, "null" or "NaN"`, () => {
      const tr = translator(locale);
      for (const key of MESSAGE_KEYS) {
        for (const count of [1, 3]) {
          const text = t(locale, key, { ...SAMPLE, count }, tr);
          expect(text.trim().length, key).toBeGreaterThan(0);
          expect(text, key).not.toMatch(/\b(null|undefined|NaN)\b|\[object|\$/);
          for (const re of DENY[locale] ?? []) expect(text, `${key}: ${re}`).not.toMatch(re);
        }
      }
    });
  }
});
