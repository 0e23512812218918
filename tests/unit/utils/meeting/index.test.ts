import { describe, expect, it } from 'vitest';
import * as meeting from '@/utils/meeting';

describe('utils/meeting public API', () => {
  it('folds a call end to end through the barrel export', () => {
    const state = meeting.createMeetingState({ monologueMs: 1_000 });
    const events = meeting.eventBatchSchema.parse([
      { type: 'call.started', t: 0, platform: 'zoom' },
      { type: 'participant.joined', t: 0, id: 'a', name: 'A', isSelf: true },
      { type: 'speaking.started', t: 0, id: 'a' },
      { type: 'speaking.stopped', t: 2_000, id: 'a' },
      { type: 'call.ended', t: 4_000, reason: 'tab_closed' },
    ]);
    meeting.applyEvents(state, events);
    const s = meeting.summarize(meeting.restoreState(meeting.serializeState(state)));
    expect(s).toMatchObject({ platform: 'zoom', durationMs: 4_000, endReason: 'tab_closed', selfShare: 1 });
    expect(s.participants[0]).toMatchObject({ speakingMs: 2_000, monologues: 1 });
    expect(meeting.defaultConfig.flickerGapMs).toBe(600);
    expect(meeting.balanceIndex([1, 1])).toBe(1);
  });
});
