/**
 * Issue 18, point 1, through the store: a leave confirmed after the adapter's debounce (reported at `t`,
 * effective at `at`) is exported with `leftAt` = the effective time, presence closed there and no
 * rejected event, and the file imports back to the same figures.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
import { toStoredMeeting } from '@/utils/store';
import { freshStore, T0 } from './helpers';

const events: MeetingEvent[] = [
  { type: 'call.started', t: T0, platform: 'meet', meetingCode: 'lvr-mtgx-dqa' },
  { type: 'participant.joined', t: T0, id: 'me', name: 'Ilse Varga', isSelf: true },
  { type: 'participant.joined', t: T0, id: 'dara', name: 'Dara Ní Bhriain', isSelf: false },
  { type: 'participant.joined', t: T0, id: 'ada', name: 'Ada Quispe', isSelf: false },
  // Dara's tile goes at 120 s; Ada speaks within the debounce; the leave is confirmed at 123 s.
  { type: 'participant.visibility', t: T0 + 120_000, id: 'dara', speaking: false, camera: false },
  { type: 'speaking.started', t: T0 + 121_000, id: 'ada' },
  { type: 'participant.left', t: T0 + 123_000, id: 'dara', at: T0 + 120_000 },
  { type: 'speaking.stopped', t: T0 + 130_000, id: 'ada' },
  { type: 'call.ended', t: T0 + 150_000, reason: 'left' },
];

describe('a late leave in the export', () => {
  it('has leftAt = the effective time, presence closed there, no rejected event; it round-trips', async () => {
    const state = createMeetingState();
    applyEvents(state, events);
    const store = await freshStore();
    const { meeting, acks } = toStoredMeeting('m1', summarize(state));
    await store.saveFinishedMeeting(meeting, acks, null);
    const file = await store.exportAll();
    const m = file.meetings[0]!;
    expect(m.details?.rejectedEvents).toBe(0);
    const dara = m.participants.find((p) => p.displayName === 'Dara Ní Bhriain')!;
    expect(dara.presentMs).toBe(120_000);
    expect(dara.details).toMatchObject({ leftAt: T0 + 120_000, present: false });
    expect(m.participants.find((p) => p.displayName === 'Ada Quispe')!.details?.present).toBe(true);

    const other = await freshStore();
    const r = await other.importData(JSON.parse(JSON.stringify(file)));
    expect(r).toMatchObject({ ok: true });
    expect((await other.exportAll(Date.parse(file.exportedAt))).meetings).toEqual(file.meetings);
  });
});
