import { describe, expect, it } from 'vitest';
import type { PopupSummary } from '@/utils/background/popup-summary';
import { createPopupReflectionClient } from '@/utils/reflection-client';
import { toStoredMeeting } from '@/utils/store';
import { meetingSummary, T0 } from './store/helpers';

const HOUR = 3_600_000;

function entry(id: string, startedAt: number) {
  const { meeting, acks } = toStoredMeeting(id, meetingSummary({ startedAt }));
  return { meeting, acks, saved: null };
}

function summary(over: Partial<PopupSummary> = {}): PopupSummary {
  return {
    tracking: true,
    reflectionsReadUpTo: T0,
    recent: [entry('new', T0 + 2 * HOUR), entry('mid', T0 + HOUR), entry('old', T0)],
    hasMore: false,
    ...over,
  };
}

/** A background stand-in that records what was sent and answers list/get from `summary`. */
function background(s: PopupSummary) {
  const sent: { type: string; [k: string]: unknown }[] = [];
  const send = async (m: unknown) => {
    const msg = m as { type: string; id?: string };
    sent.push(msg);
    if (msg.type === 'ui:list-meetings') return { ok: true, data: s.recent.map((e) => e.meeting) };
    if (msg.type === 'ui:get-meeting') {
      const e = s.recent.find((x) => x.meeting.id === msg.id);
      return { ok: true, data: e ? { meeting: e.meeting, acks: e.acks, reflection: null } : null };
    }
    if (msg.type === 'ui:get-settings')
      return { ok: true, data: { reflectionsReadUpTo: s.reflectionsReadUpTo } };
    return { ok: true, data: { ok: true } };
  };
  return { sent, send };
}

describe('the popup reflection client', () => {
  it('answers the latest meeting and the recent list from the one summary, without more messages', async () => {
    const s = summary();
    const bg = background(s);
    const client = createPopupReflectionClient(Promise.resolve(s), bg.send);
    const [latest, recent] = await Promise.all([client.getLatest(), client.listRecent(5)]);
    expect(latest?.meetingId).toBe('new');
    expect(latest?.summary.startedAt).toBe(T0 + 2 * HOUR);
    expect(recent.map((e) => [e.meetingId, e.read])).toEqual([
      ['new', false],
      ['mid', false],
      ['old', true],
    ]);
    expect(await client.listRecent(2)).toHaveLength(2);
    expect(bg.sent).toEqual([]);
  });

  it('asks the background when more meetings are wanted than the summary holds and more exist', async () => {
    const s = summary({ hasMore: true });
    const bg = background(s);
    const client = createPopupReflectionClient(Promise.resolve(s), bg.send);
    await client.listRecent(10);
    expect(bg.sent[0]).toEqual({ type: 'ui:list-meetings', limit: 10 });
  });

  it('no latest meeting in an empty store', async () => {
    const s = summary({ recent: [] });
    const client = createPopupReflectionClient(Promise.resolve(s), background(s).send);
    expect(await client.getLatest()).toBeNull();
    expect(await client.listRecent(5)).toEqual([]);
  });

  it('marks read with one message, never moving the mark backwards', async () => {
    const s = summary({ reflectionsReadUpTo: T0 + HOUR });
    const bg = background(s);
    const client = createPopupReflectionClient(Promise.resolve(s), bg.send);
    await client.markRead('old');
    await client.markRead('new');
    expect(bg.sent).toEqual([
      { type: 'ui:mark-read', upTo: T0 + HOUR },
      { type: 'ui:mark-read', upTo: T0 + 2 * HOUR },
    ]);
  });

  it('validates a reflection before saving it', async () => {
    const s = summary();
    const bg = background(s);
    const client = createPopupReflectionClient(Promise.resolve(s), bg.send);
    const input = { ratings: { room: 4, interest: 5 }, note: '', intention: 'Ask Ada first', promptIds: [] };
    const saved = await client.saveReflection('new', input);
    expect(saved).toMatchObject({ meetingId: 'new', ...input });
    expect(bg.sent.at(-1)).toMatchObject({ type: 'ui:put-reflection', id: 'new' });
    await expect(
      client.saveReflection('new', { ...input, ratings: { room: 9, interest: null } }),
    ).rejects.toThrow();
    expect(bg.sent).toHaveLength(1);
  });
});
