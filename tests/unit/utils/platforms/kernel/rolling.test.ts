import { describe, expect, it } from 'vitest';
import { MIN_OVERLAP, mergeRolling } from '@/utils/platforms/zoom';

describe('mergeRolling (Zoom rolling caption window → whole utterance)', () => {
  it('same window: nothing new', () => {
    expect(mergeRolling('hello there', 'hello there', 'hello there')).toEqual({
      kind: 'same',
      full: 'hello there',
    });
  });
  it('growth at the end extends', () => {
    expect(mergeRolling('hello', 'hello', 'hello there')).toEqual({ kind: 'extend', full: 'hello there' });
  });
  it('head dropped while growing: the overlap is kept once', () => {
    const prev = 'one two three four five six seven';
    const raw = 'three four five six seven eight nine';
    expect(mergeRolling(prev, prev, raw)).toEqual({
      kind: 'trimmed',
      full: 'one two three four five six seven eight nine',
    });
  });
  it('a long utterance keeps everything said across several trims', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    let raw = '';
    let full = '';
    let prev = '';
    for (let n = 1; n <= words.length; n++) {
      const s = words.slice(0, n).join(' ');
      const cut = s.length > 40 ? s.indexOf(' ', s.length - 40) + 1 : 0;
      raw = s.slice(cut);
      full = mergeRolling(prev, full, raw).full;
      prev = raw;
    }
    expect(full).toBe(words.join(' '));
  });
  it('a correction near the end rewrites the tail, not the head', () => {
    const prev = 'the quick brown fox jumps over the lazy cat';
    const got = mergeRolling(prev, `earlier words ${prev}`, 'the quick brown fox jumps over the lazy dog');
    expect(got).toEqual({
      kind: 'correct',
      full: 'earlier words the quick brown fox jumps over the lazy dog',
    });
  });
  it('a correction that also shifted the head cut aligns on the kept run', () => {
    const prev = 'alpha beta gamma delta epsilon zeta';
    const raw = 'gamma delta epsilon zed';
    expect(mergeRolling(prev, prev, raw)).toEqual({
      kind: 'correct',
      full: 'alpha beta gamma delta epsilon zed',
    });
  });
  it(`no overlap of ${MIN_OVERLAP}+ characters is a new utterance`, () => {
    expect(mergeRolling('good morning all', 'good morning all', 'next topic')).toEqual({
      kind: 'new',
      full: 'next topic',
    });
  });
  it('bounds the merged text to its tail', () => {
    const got = mergeRolling('abcdefghij', `${'x'.repeat(50)}abcdefghij`, 'abcdefghijk', 20);
    expect(got.full).toHaveLength(20);
    expect(got.full.endsWith('abcdefghijk')).toBe(true);
  });
});
