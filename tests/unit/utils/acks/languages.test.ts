import { describe, expect, it } from 'vitest';
import { ACK_LANGUAGES } from '@/utils/acks';

describe.each(Object.values(ACK_LANGUAGES))('phrase lists of $code', (lang) => {
  it.each(Object.entries(lang.lists))('%s: non-empty, trimmed, no duplicates', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) expect(p, JSON.stringify(p)).toMatch(/^\S(.*\S)?$/);
    expect(new Set(list).size).toBe(list.length);
  });
});
