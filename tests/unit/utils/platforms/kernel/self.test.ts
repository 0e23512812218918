import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '@/utils/meeting/events';
import { SelfResolver } from '@/utils/platforms/kernel/self';

function setup(known = ['a', 'b']) {
  const events: MeetingEvent[] = [];
  const me = new SelfResolver<'panel' | 'name' | 'mute'>(
    'panel',
    (e) => events.push(e),
    (id) => known.includes(id),
    () => undefined,
    () => {},
  );
  return { me, events };
}

describe('kernel self resolver', () => {
  it('a strong source overrides; others are first-come and sticky', () => {
    const { me, events } = setup();
    me.decide('a', 'name', 1);
    me.decide('b', 'mute', 2);
    expect(me.id).toBe('a');
    me.decide('b', 'panel', 3, 'Bo');
    expect([me.id, me.source, me.name]).toEqual(['b', 'panel', 'Bo']);
    expect(events.map((e) => (e as { id: string }).id)).toEqual(['a', 'b']);
  });

  it('a correlation source decides only with a lead of two observations', () => {
    const { me } = setup();
    me.vote('mute', 'a', 1);
    expect(me.id).toBeUndefined();
    me.vote('mute', 'b', 2);
    me.vote('mute', 'a', 3);
    expect(me.id).toBeUndefined();
    me.vote('mute', 'a', 4);
    me.vote('mute', 'a', 5);
    expect(me.id).toBe('a');
  });

  it('a self toggle matched by exactly one participant flip within 1 s is one observation', () => {
    const { me } = setup();
    me.noteSelfToggle(false, 0);
    for (const [t, on] of [
      [1000, true],
      [3000, false],
    ] as const) {
      me.noteSelfToggle(on, t);
      me.noteOtherToggle('a', on, t + 200);
      me.settle('mute', t + 1200);
    }
    expect(me.id).toBe('a');
    expect(me.source).toBe('mute');
  });

  it('two participants flipping with the toolbar is no observation', () => {
    const { me } = setup();
    me.noteSelfToggle(false, 0);
    for (const t of [1000, 3000, 5000]) {
      const on = t !== 3000;
      me.noteSelfToggle(on, t);
      me.noteOtherToggle('a', on, t + 100);
      me.noteOtherToggle('b', on, t + 150);
      me.settle('mute', t + 1200);
    }
    expect(me.id).toBeUndefined();
  });
});
