/**
 * The dominance stretches and interruption pairs in the export file (`details.dominance`,
 * `details.interruptionPairs`, optional in version 1): a call's
 * stretches survive the store and a round trip; a file without them imports as "not measured"; a stretch
 * naming nobody in the meeting is refused; forgetting names renames the holder too.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
import { toStoredMeeting } from '@/utils/store';
import { pseudonymise } from '@/utils/store/retention';
import { freshStore, T0 } from './helpers';

// Ada talks 0–200 s, Ilse 190–192 s and 200–300 s. Ada carries [0, 240 s) (4 windows); in [150, 300 s)
// Ilse has 102 of 152 s (67 %).
const events: MeetingEvent[] = [
  { type: 'call.started', t: T0, platform: 'meet', meetingCode: 'dom-expo-rtq' },
  { type: 'participant.joined', t: T0, id: 'me', name: 'Ilse Varga', isSelf: true },
  { type: 'participant.joined', t: T0, id: 'ada', name: 'Ada Quispe', isSelf: false },
  { type: 'speaking.started', t: T0, id: 'ada' },
  // Ilse talks over Ada for 2 s at 190 s: one interruption, Ilse over Ada.
  { type: 'speaking.started', t: T0 + 190_000, id: 'me' },
  { type: 'speaking.stopped', t: T0 + 192_000, id: 'me' },
  { type: 'speaking.stopped', t: T0 + 200_000, id: 'ada' },
  { type: 'speaking.started', t: T0 + 200_000, id: 'me' },
  { type: 'speaking.stopped', t: T0 + 300_000, id: 'me' },
  { type: 'call.ended', t: T0 + 300_000, reason: 'left' },
];

async function exported() {
  const state = createMeetingState();
  applyEvents(state, events);
  const store = await freshStore();
  const { meeting, acks } = toStoredMeeting('m1', summarize(state));
  await store.saveFinishedMeeting(meeting, acks, null);
  return { file: await store.exportAll(), meeting };
}

describe('dominance stretches in the export', () => {
  it('are exported in details and round-trip', async () => {
    const { file } = await exported();
    const d = file.meetings[0]!.details!.dominance!;
    expect(d).toEqual([
      { from: T0, to: T0 + 240_000, id: 'ada', peakShare: 1, windows: 4 },
      { from: T0 + 150_000, to: T0 + 300_000, id: 'me', peakShare: expect.closeTo(102 / 152, 9), windows: 1 },
    ]);
    const other = await freshStore();
    expect(await other.importData(JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true });
    const again = await other.exportAll(Date.parse(file.exportedAt));
    expect(again.meetings).toEqual(file.meetings);
    expect((await other.meetings.get('m1'))?.dominance).toHaveLength(2);
    expect(file.meetings[0]!.details!.interruptionPairs).toEqual([{ byId: 'me', ofId: 'ada', count: 1 }]);
    expect((await other.meetings.get('m1'))?.interruptionPairs).toEqual([
      { byId: 'me', ofId: 'ada', count: 1 },
    ]);
  });

  it('a file without them imports, and stays without them (not measured)', async () => {
    const { file } = await exported();
    const old = JSON.parse(JSON.stringify(file));
    delete old.meetings[0].details.dominance;
    delete old.meetings[0].details.interruptionPairs;
    const other = await freshStore();
    expect(await other.importData(old)).toMatchObject({ ok: true });
    expect((await other.meetings.get('m1'))?.dominance).toBeUndefined();
    expect((await other.meetings.get('m1'))?.interruptionPairs).toBeUndefined();
    expect((await other.exportAll()).meetings[0]!.details).not.toHaveProperty('dominance');
    expect((await other.exportAll()).meetings[0]!.details).not.toHaveProperty('interruptionPairs');
  });

  it('a stretch naming nobody in the meeting is refused', async () => {
    const { file } = await exported();
    const bad = JSON.parse(JSON.stringify(file));
    bad.meetings[0].details.dominance[0].id = 'ghost';
    const r = await (await freshStore()).importData(bad);
    expect(r).toMatchObject({ ok: false });
    expect(JSON.stringify(r)).toContain('dominance');
  });

  it('a pair naming nobody in the meeting is refused', async () => {
    const { file } = await exported();
    const bad = JSON.parse(JSON.stringify(file));
    bad.meetings[0].details.interruptionPairs[0].ofId = 'ghost';
    const r = await (await freshStore()).importData(bad);
    expect(r).toMatchObject({ ok: false });
    expect(JSON.stringify(r)).toContain('interruptionPairs');
  });

  it('forgetting names renames the holder of a stretch and both sides of a pair', async () => {
    const { meeting } = await exported();
    const { meeting: forgotten, idMap } = pseudonymise(meeting, T0 + 1);
    expect(forgotten.dominance!.map((d) => d.id)).toEqual([idMap.get('ada'), 'me']);
    expect(idMap.get('ada')).toMatch(/^person-/);
    expect(forgotten.interruptionPairs).toEqual([{ byId: 'me', ofId: idMap.get('ada'), count: 1 }]);
  });
});
