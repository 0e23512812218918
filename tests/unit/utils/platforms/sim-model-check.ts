/**
 * One check both platforms' sim-scenario tests share: an adapter's events, fed to the real meeting model,
 * are all accepted, and everyone's presence and leave time match the script within 0.5 s.
 */
import { expect } from 'vitest';
import type { GroundTruth } from '@/tests/sim/ground-truth';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';

export function expectModelMatchesPresence(events: readonly MeetingEvent[], truth: GroundTruth): void {
  const state = createMeetingState();
  // The session is over at call.ended (the adapter's after-call health reports belong to no call).
  const end = events.findIndex((e) => e.type === 'call.ended');
  applyEvents(state, end < 0 ? events : events.slice(0, end + 1));
  const s = summarize(state);
  expect(s.rejectedEvents).toBe(0);
  for (const p of Object.values(truth.participants)) {
    const got = s.participants.find((q) => q.name === p.name);
    expect(got, p.name).toBeDefined();
    expect(Math.abs(got!.presentMs - p.presentMs), p.name).toBeLessThanOrEqual(500);
    const leftAt = p.presence.at(-1)?.[1] ?? truth.callEndMs;
    if (leftAt >= truth.callEndMs) continue;
    expect(got!.present, p.name).toBe(false);
    expect(Math.abs(got!.leftAt! - leftAt), p.name).toBeLessThanOrEqual(500);
  }
}
