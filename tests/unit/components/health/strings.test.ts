import { describe, expect, it } from 'vitest';
import { HEALTH_STRING_KEYS, hs } from '@/components/health/strings';
import { loadMessages } from '../../../setup/i18n';

describe('strings', () => {
  it('has every key in English and German, and substitutes as text', () => {
    const en = loadMessages('en');
    const de = loadMessages('de');
    for (const k of HEALTH_STRING_KEYS) {
      expect(en[k]?.message, k).toBeTruthy();
      expect(de[k]?.message, k).toBeTruthy();
    }
    expect(hs('capture_size', '3 KB')).toBe('Size: 3 KB');
    expect(hs('capture_preview_cut', '$1 KB', '2 KB')).toBe('Showing the first $1 KB of 2 KB.');
  });
});
