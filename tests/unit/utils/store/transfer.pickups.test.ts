/**
 * The turn-taking graph in the export file (`details.pickupPairs` on a meeting, `details.turnsPickedUp`
 * and `details.pickups` on a participant; optional in version 1): they survive the store and a round
 * trip, a file without them imports as "not measured", a pair naming nobody is refused, and forgetting
 * names renames the pair's people too.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
import { toStoredMeeting } from '@/utils/store';
import { exportFileSchema } from '@/utils/store/export-format';
import { pseudonymise } from '@/utils/store/retention';
import { freshStore, T0 } from './helpers';

// Ada talks 0–20 s, I reply at 20.5 s to 30 s (picks up Ada), Ada again at 31 s to 40 s (picks up me).
const events: MeetingEvent[] = [
  { type: 'call.started', t: T0, platform: 'meet', meetingCode: 'pic-expo-rtq' },
  { type: 'participant.joined', t: T0, id: 'me', name: 'Ilse Varga', isSelf: true },
  { type: 'participant.joined', t: T0, id: 'ada', name: 'Ada Quispe', isSelf: false },
  { type: 'speaking.started', t: T0, id: 'ada' },
  { type: 'speaking.stopped', t: T0 + 20_000, id: 'ada' },
  { type: 'speaking.started', t: T0 + 20_500, id: 'me' },
  { type: 'speaking.stopped', t: T0 + 30_000, id: 'me' },
  { type: 'speaking.started', t: T0 + 31_000, id: 'ada' },
  { type: 'speaking.stopped', t: T0 + 40_000, id: 'ada' },
  { type: 'call.ended', t: T0 + 60_000, reason: 'left' },
];

async function exported() {
  const state = createMeetingState();
  applyEvents(state, events);
  const store = await freshStore();
  const { meeting, acks } = toStoredMeeting('m1', summarize(state));
  await store.saveFinishedMeeting(meeting, acks, null);
  return { file: await store.exportAll(), meeting };
}

describe('pick-ups in the export', () => {
  it('are exported in details and round-trip', async () => {
    const { file } = await exported();
    const m = file.meetings[0]!;
    expect(m.details!.pickupPairs).toEqual([
      { fromId: 'ada', toId: 'me', count: 1 },
      { fromId: 'me', toId: 'ada', count: 1 },
    ]);
    expect(m.participants.map((p) => [p.id, p.details?.turnsPickedUp, p.details?.pickups])).toEqual([
      ['me', 1, 1],
      ['ada', 1, 1],
    ]);
    const other = await freshStore();
    expect(await other.importData(JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true });
    const again = await other.exportAll(Date.parse(file.exportedAt));
    expect(again.meetings).toEqual(file.meetings);
    expect((await other.meetings.get('m1'))?.pickupPairs).toHaveLength(2);
  });

  it('a file without them imports, and stays without them (not measured)', async () => {
    const { file } = await exported();
    const old = JSON.parse(JSON.stringify(file));
    delete old.meetings[0].details.pickupPairs;
    for (const p of old.meetings[0].participants) {
      delete p.details.turnsPickedUp;
      delete p.details.pickups;
    }
    expect(exportFileSchema.safeParse(old).success).toBe(true);
    const other = await freshStore();
    expect(await other.importData(old)).toMatchObject({ ok: true });
    const stored = await other.meetings.get('m1');
    expect(stored?.pickupPairs).toBeUndefined();
    expect(stored?.participants[0]).not.toHaveProperty('turnsPickedUp');
    expect((await other.exportAll()).meetings[0]!.details).not.toHaveProperty('pickupPairs');
  });

  it('a pair naming nobody in the meeting, or a person picking up themselves, is refused', async () => {
    const { file } = await exported();
    const ghost = JSON.parse(JSON.stringify(file));
    ghost.meetings[0].details.pickupPairs[0].toId = 'ghost';
    const r = await (await freshStore()).importData(ghost);
    expect(r).toMatchObject({ ok: false });
    expect(JSON.stringify(r)).toContain('pickupPairs');
    const self = JSON.parse(JSON.stringify(file));
    self.meetings[0].details.pickupPairs[0].toId = 'ada';
    expect(await (await freshStore()).importData(self)).toMatchObject({ ok: false });
  });

  it('forgetting names renames the people of each pair', async () => {
    const { meeting } = await exported();
    const { meeting: p, idMap } = pseudonymise(meeting, 1);
    const ada = idMap.get('ada')!;
    expect(p.pickupPairs).toEqual([
      { fromId: ada, toId: 'me', count: 1 },
      { fromId: 'me', toId: ada, count: 1 },
    ]);
  });
});
