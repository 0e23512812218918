/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { mergeRolling } from '@/utils/platforms/kernel/rolling';
import { CaptionEntries, Recent, RollingCaption, SeenMessages } from '@/utils/platforms/kernel/streams';

describe('kernel text streams', () => {
  it('SeenMessages dedupes by id (bounded) or element and remembers senders', () => {
    const seen = new SeenMessages(2);
    const el = document.createElement('div');
    seen.add({ id: 'm1', el }, 'Ana');
    expect(seen.has({ id: 'm1', el: document.createElement('div') })).toBe(true);
    expect(seen.sender('m1')).toBe('Ana');
    seen.add({ id: 'm2', el }, 'Bo');
    seen.add({ id: 'm3', el }, 'Cy');
    expect(seen.has({ id: 'm1', el })).toBe(false); // oldest forgotten
    const anon = document.createElement('p');
    seen.add({ id: null, el: anon });
    expect(seen.has({ id: null, el: anon })).toBe(true);
  });

  it('Recent keeps the most recent entries', () => {
    const r = new Recent<number>(2);
    r.put('a', 1);
    r.put('b', 2);
    r.put('a', 3);
    r.put('c', 4);
    expect([...r.keys()]).toEqual(['a', 'c']);
  });

  it('CaptionEntries: one id per entry, rewrites replace, a replaced region re-rendering says nothing new', () => {
    let n = 0;
    const entries = new CaptionEntries(() => `c${++n}`);
    const region = document.createElement('div');
    document.body.append(region);
    const e1 = document.createElement('div');
    expect(entries.read(e1, region, 'Ana', 'Hi')).toEqual({ id: 'c1', text: 'Hi', replaces: false });
    expect(entries.read(e1, region, 'Ana', 'Hi')).toBeNull();
    expect(entries.read(e1, region, 'Ana', 'Hi there')).toEqual({
      id: 'c1',
      text: 'Hi there',
      replaces: true,
    });
    region.remove();
    const region2 = document.createElement('div');
    document.body.append(region2);
    expect(entries.read(document.createElement('div'), region2, 'Ana', 'Hi there')).toBeNull();
    // Same text again in a live region is new speech.
    expect(entries.read(document.createElement('div'), region2, 'Ana', 'Hi there')?.id).toBe('c2');
  });

  it('RollingCaption: a growing window is one caption, attributed later when unknown at its start', () => {
    let n = 0;
    const cap = new RollingCaption(
      () => `z${++n}`,
      (raw, full, text) => mergeRolling(raw, full, text, 2000),
    );
    const row = document.createElement('div');
    const first = cap.read(row, 'src:a', 'hello everyone', () => ({ name: '' }));
    expect(first).toEqual({ id: 'z1', text: 'hello everyone', replaces: false, speaker: { name: '' } });
    const next = cap.read(row, 'src:a', 'hello everyone and welcome', () => ({ name: 'Ana', id: 'p1' }));
    expect(next).toEqual({
      id: 'z1',
      text: 'hello everyone and welcome',
      replaces: true,
      speaker: { name: 'Ana', id: 'p1' },
    });
    expect(cap.read(row, 'src:a', 'hello everyone and welcome', () => null)).toBeNull();
    expect(cap.read(row, 'src:b', 'next', () => ({ name: 'Bo' }))?.id).toBe('z2');
  });
});
