import { describe, expect, it } from 'vitest';
import { isolate, stripBidiControls } from '@/utils/bidi';
import { cleanName } from '@/utils/prompts/format';

describe('names inside our sentences', () => {
  it('leaves left-to-right names exactly as they are', () => {
    expect(isolate('Sam Lee')).toBe('Sam Lee');
    expect(isolate('Zoë 👩🏽‍💻')).toBe('Zoë 👩🏽‍💻');
  });

  it('isolates right-to-left names so they cannot reorder the sentence', () => {
    expect(isolate('נועה (2)')).toBe('\u2068נועה (2)\u2069');
    expect(isolate('مريم')).toBe('\u2068مريم\u2069');
  });

  it('removes embedded direction overrides, embeddings and isolates (text spoofing)', () => {
    expect(stripBidiControls('evil\u202Edesrever\u202C name\u2066x\u2069')).toBe('evildesrever namex');
    expect(isolate('a\u202Eb')).toBe('ab');
  });

  it('the prompts clean names the same way and keep emoji joined', () => {
    expect(cleanName('Sam\u202E gniht', '?')).toBe('Sam gniht');
    expect(cleanName('👩‍👩‍👧‍👦 Family', '?')).toBe('👩‍👩‍👧‍👦 Family');
    expect(cleanName('\u200B\uFEFF  ', 'someone')).toBe('someone');
    expect(cleanName('דנה', '?')).toBe('\u2068דנה\u2069');
  });
});
