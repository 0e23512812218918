import { describe, expect, it } from 'vitest';
import { restoreState, serializeState } from '@/utils/meeting/checkpoint';
import { applyEvent, applyEvents, createMeetingState, snapshot, summarize } from '@/utils/meeting/reducer';
import { byTime, ev, seg, who } from './timeline';

describe('checkpoints', () => {
  const events = [
    ev.start(0),
    ev.join(0, 'a', 'Ann', true),
    ev.join(0, '__proto__', 'Evil'),
    ev.join(0, 'constructor', 'Evil too'),
    ev.camOn(0, 'a'),
    ...byTime([...seg('a', 0, 10_000), ...seg('__proto__', 4_000, 12_000)]),
    ev.ack(12_500, 'a', '__proto__'),
    ev.health(13_000, { captions: 'not_visible' }),
    ev.talk(14_000, 'constructor'),
    ev.talk(14_500, 'a'),
  ];

  it('restoreState(serializeState(s)) gives an identical summary and keeps folding identically', () => {
    const state = createMeetingState();
    applyEvents(state, events);
    const data = JSON.parse(JSON.stringify(serializeState(state)));
    const restored = restoreState(data);
    expect(summarize(restored)).toEqual(summarize(state));
    expect(snapshot(restored, 20_000)).toEqual(snapshot(state, 20_000));
    const more = [ev.hush(16_000, 'constructor'), ev.hush(17_000, 'a'), ev.end(30_000)];
    applyEvents(state, more);
    applyEvents(restored, more);
    expect(summarize(restored)).toEqual(summarize(state));
    expect(who(summarize(state), '__proto__').speakingMs).toBe(8_000);
  });

  it('the checkpoint is a copy: later events do not alter it', () => {
    const state = createMeetingState();
    applyEvents(state, events);
    const data = serializeState(state);
    const before = JSON.stringify(data);
    applyEvent(state, ev.end(40_000));
    expect(JSON.stringify(data)).toBe(before);
  });

  it('throws on garbage and on inconsistent checkpoints', () => {
    expect(() => restoreState(null)).toThrow();
    expect(() => restoreState({})).toThrow();
    expect(() => restoreState('state')).toThrow();
    const state = createMeetingState();
    applyEvents(state, events);
    const good = serializeState(state) as Record<string, unknown>;
    expect(() => restoreState({ ...good, v: 99 })).toThrow();
    expect(() => restoreState({ ...good, devices: [['x', 99]] })).toThrow(/devices/);
    expect(() => restoreState({ ...good, speakers: [] })).toThrow(/speaking/);
    expect(() => restoreState({ ...good, selfIdx: 50 })).toThrow(/selfIdx/);
    // A hidden person cannot be speaking or have the camera on.
    const people = good.people as Array<Record<string, unknown>>;
    const hidden = people.map((p) => (p.key === 'a' ? { ...p, speakVisible: false } : p));
    expect(() => restoreState({ ...good, people: hidden })).toThrow(/visibility/);
    const camHidden = people.map((p) => (p.key === 'a' ? { ...p, camVisible: false } : p));
    expect(() => restoreState({ ...good, people: camHidden })).toThrow(/visibility/);
  });

  it('restores a checkpoint written before per-person visibility, treating everyone as visible', () => {
    const state = createMeetingState();
    applyEvents(state, events);
    const data = JSON.parse(JSON.stringify(serializeState(state))) as {
      people: Array<Record<string, unknown>>;
    };
    for (const p of data.people) {
      expect(p.speakVisible).toBe(true);
      delete p.speakVisible;
      delete p.camVisible;
    }
    const restored = restoreState(data);
    expect(summarize(restored)).toEqual(summarize(state));
    // And visibility works from there on.
    const more = [ev.vis(15_000, 'a', false), ev.hush(16_000, 'constructor'), ev.end(20_000)];
    applyEvents(state, more);
    applyEvents(restored, more);
    expect(summarize(restored)).toEqual(summarize(state));
    expect(who(summarize(restored), 'a').coverage.speaking).toBeCloseTo(15 / 20, 12);
    expect(restored.people[0]!.speakVisible).toBe(false);
  });
});
