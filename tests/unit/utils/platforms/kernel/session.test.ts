/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingEvent } from '@/utils/meeting/events';
import type { PartState } from '@/utils/platforms/kernel/roster';
import { Kernel, type PhaseRead, type PlatformSpec } from '@/utils/platforms/kernel/session';

function setup(phases: PhaseRead[], opts = {}) {
  const events: MeetingEvent[] = [];
  let now = 0;
  const ac = new AbortController();
  const calls: string[] = [];
  const k = new Kernel<PartState>(
    'meet',
    document,
    { signal: ac.signal, emit: (e) => events.push(e), now: () => now },
    { watchdogMs: 2000, endMisses: 3, ...opts },
    { visibilityOrder: 'around', stillPresent: () => false, forget: () => {} },
  );
  let i = 0;
  const spec: PlatformSpec = {
    doc: () => document,
    readPhase: () => phases[Math.min(i++, phases.length - 1)]!,
    endShown: () => false,
    meetingInfo: () => ({ code: 'abc-defg-hij' }),
    phaseBroken: () => false,
    attach: () => calls.push('attach'),
    syncParticipants: () => calls.push('participants'),
    syncPartial: (ids) => calls.push(`partial:${[...ids].join(',')}`),
    clearPartial: () => {},
    syncCaptions: () => calls.push('captions'),
    syncChat: () => calls.push('chat'),
    resetCall: () => calls.push('reset'),
    teardown: () => calls.push('teardown'),
  };
  const session = k.run(spec);
  return {
    k,
    events,
    calls,
    session,
    ac,
    at: (t: number) => (now = t),
    types: () => events.map((e) => e.type),
  };
}

const IN: PhaseRead = { phase: 'in_call', layer: 'icon:call_end' };
const GONE: PhaseRead = { phase: 'unknown', layer: null };

describe('kernel session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts the call on the first in-call reading, with the meeting code', () => {
    const { events } = setup([IN]);
    expect(events[0]).toEqual({ type: 'call.started', t: 0, platform: 'meet', meetingCode: 'abc-defg-hij' });
  });

  it('ends only after endMisses consecutive watchdog misses, as left after a leave click', () => {
    const { k, types, at } = setup([IN, GONE, GONE, GONE]);
    k.noteLeaveClick();
    at(2000);
    vi.advanceTimersByTime(2000);
    vi.advanceTimersByTime(2000);
    expect(types()).not.toContain('call.ended');
    vi.advanceTimersByTime(2000);
    expect(types()).toContain('call.ended');
  });

  it('uses the end screen reason at once', () => {
    const { events } = setup([IN, { phase: 'ended', layer: 'data:call-ended', endReason: 'removed' }]);
    vi.advanceTimersByTime(2000);
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', reason: 'removed' });
  });

  it('merges marks of one batch into one flush and throttles full reads', async () => {
    const { k, calls } = setup([IN]);
    calls.length = 0;
    k.mark('participants');
    k.mark('participants');
    k.mark('chat');
    await Promise.resolve();
    expect(calls).toEqual(['participants', 'chat']);
    calls.length = 0;
    k.mark('full'); // within 100 ms of the start's full read: deferred
    await Promise.resolve();
    expect(calls).not.toContain('attach');
    vi.advanceTimersByTime(100);
    expect(calls).toContain('attach');
  });

  it('re-reads on a watchdog tick only the participants touched since the last tick; all every 12 s', async () => {
    const { k, calls, at } = setup([IN]);
    calls.length = 0;
    k.touch('a');
    k.queueFlush();
    await Promise.resolve();
    expect(calls).toEqual(['partial:a']); // the flush: that participant only
    at(2000);
    vi.advanceTimersByTime(2000);
    expect(calls).toEqual(['partial:a', 'attach', 'partial:a']); // roots, phase, what changed since
    at(4000);
    vi.advanceTimersByTime(2000);
    expect(calls.slice(3)).toEqual(['attach', 'partial:']);
    calls.length = 0;
    at(12_000);
    vi.advanceTimersByTime(8000);
    expect(calls.filter((c) => c === 'participants')).toHaveLength(1); // the full pass, once in 12 s
    expect(calls).toContain('captions');
  });

  it('reads a shell change that adds no holder as a phase read, one that adds a tile as a full read', async () => {
    const { k, calls, at } = setup([IN]);
    at(500);
    calls.length = 0;
    const toast = document.createElement('div');
    toast.textContent = 'Ada: see you';
    const rec = (n: Node) =>
      ({ type: 'childList', addedNodes: [n], removedNodes: [] }) as unknown as MutationRecord;
    k.markShell(rec(toast), '[data-participant-id]');
    await Promise.resolve();
    expect(calls).toContain('attach');
    expect(calls.filter((c) => ['participants', 'captions', 'chat'].includes(c))).toEqual([]);
    at(1000);
    calls.length = 0;
    const tile = document.createElement('div');
    tile.append(Object.assign(document.createElement('div'), { id: 'x' }));
    tile.firstElementChild!.setAttribute('data-participant-id', 'p1');
    k.markShell(rec(tile), '[data-participant-id]');
    await Promise.resolve();
    expect(calls).toEqual(['attach', 'participants', 'captions', 'chat']);
  });

  it('stops every timer and observer; idempotent; emits nothing after stop', () => {
    const { session, events, calls } = setup([IN]);
    session.stop();
    session.stop();
    const n = events.length;
    vi.advanceTimersByTime(10_000);
    expect(events.length).toBe(n);
    expect(calls.filter((c) => c === 'teardown')).toHaveLength(1);
  });

  it('reports health changes only, and every signal again for a new call', () => {
    const { k, events } = setup([IN]);
    const healths = () => events.filter((e) => e.type === 'health').length;
    const n = healths();
    k.updateHealth();
    expect(healths()).toBe(n);
    k.health.set('captions', 'broken', null);
    k.updateHealth();
    expect(healths()).toBe(n + 1);
  });
});
