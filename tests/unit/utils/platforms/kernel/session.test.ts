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
    syncPartial: () => calls.push('partial'),
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
