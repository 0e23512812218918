import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventBatcher, type EventBatcher } from '@/utils/content/event-batcher';
import type { MeetingEvent } from '@/utils/meeting/events';
import { type Checkpoint, openStore, type Store, toStoredMeeting } from '@/utils/store';
import { countTransactions, freshName, MIN, meetingEvents, T0 } from '../store/helpers';
import {
  type EventsReply,
  ManualClock,
  MEET_SENDER,
  makeService,
  PAGE_SENDER,
  referenceSummary,
  unwrap,
  ZOOM_SENDER,
} from './harness';

type Service = ReturnType<typeof makeService>;
const SESSION = 'session_0001';

/** A long call: joins, alternating turns every ~20 s, a camera, acks, captions/chat the tab must not send. */
function longCall(minutes: number, t0 = T0): MeetingEvent[] {
  const ev: MeetingEvent[] = [
    { type: 'call.started', t: t0, platform: 'meet', meetingCode: 'abc-defg-hij', title: 'Weekly' },
    { type: 'participant.joined', t: t0, id: 'me', name: 'Sam', isSelf: true },
    { type: 'participant.joined', t: t0 + 500, id: 'a', name: 'Ada', isSelf: false },
    { type: 'participant.joined', t: t0 + 700, id: 'b', name: 'Bob', isSelf: false },
    { type: 'camera.on', t: t0 + 1000, id: 'me' },
  ];
  const ids = ['me', 'a', 'b'];
  let k = 0;
  for (let t = t0 + 2000; t < t0 + minutes * MIN - 5000; t += 20_000, k++) {
    const id = ids[k % 3]!;
    ev.push({ type: 'speaking.started', t, id });
    ev.push({ type: 'speaking.stopped', t: t + 15_000, id });
    if (k % 5 === 0)
      ev.push({
        type: 'ack',
        t: t + 16_000,
        fromId: id,
        toId: ids[(k + 1) % 3]!,
        kind: 'thanks',
        source: 'caption',
      });
  }
  ev.push({ type: 'call.ended', t: t0 + minutes * MIN, reason: 'left' });
  return ev;
}

/** A busy call: someone starts or stops speaking every second (the checkpoint-heavy case). */
function denseCall(minutes: number, t0 = T0): MeetingEvent[] {
  const ev = longCall(minutes, t0).filter((e) => !e.type.startsWith('speaking.'));
  const end = ev.pop()!;
  const ids = ['me', 'a', 'b'];
  let k = 0;
  for (let t = t0 + 2000; t < t0 + minutes * MIN - 2000; t += 2000, k++) {
    const id = ids[k % 3]!;
    ev.push({ type: 'speaking.started', t, id }, { type: 'speaking.stopped', t: t + 1000, id });
  }
  ev.sort((x, y) => x.t - y.t);
  ev.push(end);
  return ev;
}

/** The tab: a batcher whose send goes to whichever service is current; flushes driven by the test. */
class Tab {
  batcher: EventBatcher;
  service: Service;
  sent: unknown[] = [];
  constructor(
    service: Service,
    readonly clock: ManualClock,
    readonly sender = MEET_SENDER,
  ) {
    this.service = service;
    this.batcher = createEventBatcher({
      sessionId: SESSION,
      platform: 'meet',
      timers: { setInterval: () => 0, clearInterval: () => undefined },
      now: () => clock.t,
      send: async (m) => {
        this.sent.push(m);
        return unwrap<EventsReply>(await this.service.handle(m, this.sender));
      },
    });
  }
}

/** Plays events in 1.5 s flushes from `from` up to (not including) `to`, moving the clock. */
async function play(tab: Tab, clock: ManualClock, events: MeetingEvent[], from: number, to: number) {
  for (let t = from; t < to; t += 1500) {
    for (const e of events) if (e.t >= t - 1500 && e.t < t) tab.batcher.push(e);
    await clock.advance(Math.max(0, t - clock.t), () => tab.service.idle());
    await tab.batcher.flush('timer');
  }
}

async function playAll(tab: Tab, clock: ManualClock, events: MeetingEvent[]) {
  const end = events[events.length - 1]!.t + 3000;
  await play(tab, clock, events, T0 + 1500, end);
  await tab.service.idle();
}

describe('background service', () => {
  let store: Store;
  let clock: ManualClock;
  let service: Service;
  beforeEach(async () => {
    store = await openStore({ name: freshName() });
    clock = new ManualClock(T0);
    service = makeService(store, clock);
  });

  describe('validation', () => {
    it('answers cs:ready from a platform page and counts it', async () => {
      expect(await service.handle({ type: 'cs:ready', platform: 'meet' }, MEET_SENDER)).toEqual({
        ok: true,
        data: { ok: true },
      });
      await service.handle({ type: 'cs:ready', platform: 'zoom' }, ZOOM_SENDER);
      expect(Object.fromEntries(service.seen)).toEqual({ meet: 1, zoom: 1 });
    });

    it('hands a content script the acknowledgement rules it asks for, and nothing for an unknown code', async () => {
      const de = await service.handle({ type: 'cs:ack-language', code: 'de' }, MEET_SENDER);
      expect(de).toMatchObject({ ok: true, data: { code: 'de' } });
      const rules = (de as { data: { rules: unknown[]; vetoes: unknown[] } }).data;
      expect(rules.rules.length).toBeGreaterThan(0);
      // What crosses the message boundary is plain data the content script can rebuild its matchers from.
      expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
      // Inherited names are not tables; longer codes never reach the handler.
      for (const code of ['xx', 'toString', 'valueOf']) {
        expect(await service.handle({ type: 'cs:ack-language', code }, MEET_SENDER)).toEqual({
          ok: true,
          data: null,
        });
      }
      expect(
        await service.handle({ type: 'cs:ack-language', code: 'constructor' }, MEET_SENDER),
      ).toMatchObject({
        ok: false,
      });
    });

    it('hands a content script every language’s profile (stopwords, caption names) and no rules', async () => {
      const res = (await service.handle({ type: 'cs:ack-profiles' }, MEET_SENDER)) as {
        ok: true;
        data: Record<string, unknown>[];
      };
      expect(res.ok).toBe(true);
      expect(res.data.map((p) => p.code).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt']);
      for (const p of res.data) {
        expect(Object.keys(p).sort()).toEqual(
          p.code === 'ja'
            ? ['captionNames', 'code', 'kana', 'stopwords']
            : ['captionNames', 'code', 'stopwords'],
        );
      }
    });

    it.each([
      [
        'another extension',
        { type: 'cs:ready', platform: 'meet' },
        { ...MEET_SENDER, id: 'evil' },
        /Sender not allowed/,
      ],
      [
        'a content script on another site',
        { type: 'cs:ready', platform: 'meet' },
        { ...MEET_SENDER, url: 'https://evil.example/' },
        /Sender not allowed/,
      ],
      [
        'ui message from a content script',
        { type: 'ui:export' },
        MEET_SENDER,
        /Sender not allowed for ui:export/,
      ],
      ['delete-all from a content script', { type: 'ui:delete-all' }, MEET_SENDER, /Sender not allowed/],
      [
        'events from an extension page',
        { type: 'cs:events', sessionId: SESSION, platform: 'meet', firstSeq: 1, events: [] },
        PAGE_SENDER,
        /Sender not allowed for cs:events/,
      ],
      ['unknown type', { type: 'cs:hack' }, MEET_SENDER, /Unknown message type/],
      ['not an object', 'hello', MEET_SENDER, /Unknown message type/],
      ['null', null, PAGE_SENDER, /Unknown message type/],
      ['bad platform', { type: 'cs:ready', platform: 'teams' }, MEET_SENDER, /cs:ready: platform/],
      [
        'bad session id',
        { type: 'cs:events', sessionId: '../../x', platform: 'meet', firstSeq: 1, events: [] },
        MEET_SENDER,
        /sessionId/,
      ],
      [
        'seq 0',
        { type: 'cs:events', sessionId: SESSION, platform: 'meet', firstSeq: 0, events: [] },
        MEET_SENDER,
        /firstSeq/,
      ],
      [
        'events not an array',
        { type: 'cs:events', sessionId: SESSION, platform: 'meet', firstSeq: 1, events: {} },
        MEET_SENDER,
        /events/,
      ],
      [
        'too many events',
        { type: 'cs:events', sessionId: SESSION, platform: 'meet', firstSeq: 1, events: Array(501).fill({}) },
        MEET_SENDER,
        /events/,
      ],
      [
        'negative dropped',
        { type: 'cs:events', sessionId: SESSION, platform: 'meet', firstSeq: 1, events: [], dropped: -1 },
        MEET_SENDER,
        /dropped/,
      ],
      ['get-meeting without id', { type: 'ui:get-meeting' }, PAGE_SENDER, /ui:get-meeting: id/],
      ['list with bad limit', { type: 'ui:list-meetings', limit: 0 }, PAGE_SENDER, /limit/],
      [
        'settings out of range',
        { type: 'ui:set-settings', patch: { retentionDays: -5 } },
        PAGE_SENDER,
        /retentionDays/,
      ],
      ['reflection not an object', { type: 'ui:put-reflection', id: 'm', data: 'x' }, PAGE_SENDER, /data/],
    ])('rejects %s', async (_n, message, sender, pattern) => {
      const r = await service.handle(message, sender);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(pattern);
      expect(await store.checkpoints.all()).toEqual([]);
      expect(service.seen.size).toBe(0);
    });

    it('drops caption and chat events unread and invalid events one by one', async () => {
      const r = await service.handle(
        {
          type: 'cs:events',
          sessionId: SESSION,
          platform: 'meet',
          firstSeq: 1,
          events: [
            { type: 'call.started', t: T0, platform: 'meet' },
            { type: 'participant.joined', t: T0, id: 'me', name: 'Sam', isSelf: true },
            {
              type: 'caption',
              t: T0 + 1,
              captionId: 'c',
              speakerName: 'Sam',
              text: 'thanks Ada, secret plan',
              replaces: false,
            },
            { type: 'chat', t: T0 + 2, senderName: 'Sam', isSelf: true, text: 'secret chat' },
            { type: 'caption', text: 'x'.repeat(10_000) },
            { type: 'speaking.started', t: 'soon', id: 'me' },
            { type: 'speaking.started', t: T0 + 3, id: 'me' },
          ],
        },
        MEET_SENDER,
      );
      expect(unwrap<EventsReply>(r).appliedSeq).toBe(7);
      await service.flush();
      const [cp] = await store.checkpoints.all();
      expect(cp).toMatchObject({ droppedText: 3, invalidEvents: 1, appliedSeq: 7 });
      expect(JSON.stringify(cp)).not.toMatch(/secret/);
      expect((cp!.state as { captions: number }).captions).toBe(0);
    });
  });

  it('a whole call ends up as one meeting equal to the reducer’s summary; the checkpoint is gone', async () => {
    const events = longCall(5);
    const tab = new Tab(service, clock);
    await playAll(tab, clock, events);
    const expected = toStoredMeeting(SESSION, referenceSummary(events));
    const detail = await store.meetings.detail(SESSION);
    expect(detail?.meeting).toEqual(expected.meeting);
    expect(detail?.acks).toEqual(expected.acks);
    expect(await store.checkpoints.all()).toEqual([]);
    expect(tab.batcher.stats().queued).toBe(0);
    // A late resend after the end is acknowledged, not re-opened.
    const late = unwrap<EventsReply>(
      await service.handle(
        { type: 'cs:events', sessionId: SESSION, platform: 'meet', firstSeq: 1, events: [events[0]] },
        MEET_SENDER,
      ),
    );
    expect(late.durableSeq).toBeGreaterThanOrEqual(1);
    expect(service.liveSessionIds()).toEqual([]);
  });

  it('checkpoints are batched: at most one transaction per 3 s while events arrive every 1.5 s', async () => {
    const events = denseCall(10);
    const tab = new Tab(service, clock);
    const { transactions } = await countTransactions(() => playAll(tab, clock, events));
    const perMinute = transactions / 10;
    console.log(`IDB transactions per simulated meeting-minute: ${perMinute}`);
    // Events in every batch, yet one checkpoint per ~3 s (the timer fires at the next 1.5 s step).
    expect(service.stats.checkpointWrites).toBeGreaterThanOrEqual(10 * 13);
    expect(service.stats.checkpointWrites).toBeLessThanOrEqual(10 * 20 + 1);
    expect(perMinute).toBeLessThanOrEqual(21);
    expect((await store.meetings.get(SESSION))?.participants).toEqual(referenceSummary(events).participants);
  });

  it('a stopped worker loses nothing: a new instance over the same DB rebuilds the session from its checkpoint', async () => {
    const events = denseCall(6);
    const name = store.db.name;
    // The first worker, with timers that die with it.
    let dead = false;
    const timersA = {
      setTimeout: (fn: () => void, ms: number) => clock.timers.setTimeout(() => !dead && fn(), ms),
      clearTimeout: clock.timers.clearTimeout,
    };
    const a = makeService(store, clock, { timers: timersA });
    const tab = new Tab(a, clock);
    await play(tab, clock, events, T0 + 1500, T0 + 3 * MIN + 1000);
    await a.idle();
    // Events the worker applied but never checkpointed are still held by the tab.
    expect(tab.batcher.stats().unconfirmed).toBeGreaterThan(0);
    const cp = await store.checkpoints.get(SESSION);
    expect(cp).toBeDefined();
    dead = true;
    store.close();

    const store2 = await openStore({ name });
    const b = makeService(store2, clock);
    tab.service = b;
    await play(tab, clock, events, clock.t + 1500, events[events.length - 1]!.t + 3000);
    await b.idle();
    const saved = await store2.meetings.detail(SESSION);
    const expected = toStoredMeeting(SESSION, referenceSummary(events));
    expect(saved?.meeting).toEqual(expected.meeting);
    expect(saved?.acks).toEqual(expected.acks);
    expect(b.stats.finalised).toBe(1);
  });

  it('a restarted worker that missed a checkpoint entirely also rebuilds from scratch via resends', async () => {
    const events = longCall(2);
    const a = makeService(store, clock, { timers: { setTimeout: () => 0, clearTimeout: () => undefined } });
    const tab = new Tab(a, clock);
    await play(tab, clock, events, T0 + 1500, T0 + MIN);
    expect(await store.checkpoints.all()).toEqual([]);
    tab.service = makeService(store, clock);
    await play(tab, clock, events, clock.t + 1500, events[events.length - 1]!.t + 3000);
    await tab.service.idle();
    expect((await store.meetings.get(SESSION))?.participants).toEqual(referenceSummary(events).participants);
  });

  it('a crashed tab is finalised as tab_closed within the running worker, missing at most 5 s', async () => {
    const events = longCall(10);
    const tab = new Tab(service, clock);
    const crashAt = T0 + 4 * MIN + 7300;
    await play(tab, clock, events, T0 + 1500, crashAt);
    // The tab is gone: no more flushes. The worker keeps running its timers.
    await clock.advance(3 * MIN, () => service.idle());
    await service.idle();
    const m = await store.meetings.get(SESSION);
    expect(m?.endReason).toBe('tab_closed');
    const truth = referenceSummary([
      ...events.filter((e) => e.t < crashAt && e.type !== 'call.ended'),
      { type: 'call.ended', t: crashAt, reason: 'tab_closed' },
    ]);
    expect(truth.durationMs - m!.durationMs).toBeLessThanOrEqual(5000);
    expect(truth.durationMs - m!.durationMs).toBeGreaterThanOrEqual(0);
    expect(await store.checkpoints.all()).toEqual([]);
  });

  it('a crashed tab whose idle worker is then stopped is finalised on the next start, missing at most 5 s', async () => {
    // A minute of silence before the crash: only heartbeats say the call was still on.
    const events = longCall(10).filter((e) => e.t < T0 + 3 * MIN || e.t >= T0 + 6 * MIN);
    let dead = false;
    const a = makeService(store, clock, {
      timers: {
        setTimeout: (fn: () => void, ms: number) => clock.timers.setTimeout(() => !dead && fn(), ms),
        clearTimeout: clock.timers.clearTimeout,
      },
    });
    const tab = new Tab(a, clock);
    const crashAt = T0 + 4 * MIN + 7300;
    await play(tab, clock, events, T0 + 1500, crashAt);
    // The worker lives on for a few seconds (its checkpoint timer fires), then the browser stops it.
    await clock.advance(3000, () => a.idle());
    await a.idle();
    dead = true;
    clock.t += 10 * MIN;
    const b = makeService(store, clock);
    await b.start();
    const m = await store.meetings.get(SESSION);
    expect(m?.endReason).toBe('tab_closed');
    const truth = referenceSummary([
      ...events.filter((e) => e.t < crashAt && e.type !== 'call.ended'),
      { type: 'call.ended', t: crashAt, reason: 'tab_closed' },
    ]);
    expect(truth.durationMs - m!.durationMs).toBeLessThanOrEqual(5000);
    expect(truth.durationMs - m!.durationMs).toBeGreaterThanOrEqual(0);
  });

  describe('orphaned checkpoints on start', () => {
    async function leaveCheckpoint(sessionId: string, events: MeetingEvent[], at: number) {
      const c = new ManualClock(at);
      const s = makeService(store, c, { orphanAfterMs: Number.MAX_SAFE_INTEGER });
      await s.handle({ type: 'cs:events', sessionId, platform: 'meet', firstSeq: 1, events }, MEET_SENDER);
      await s.flush();
    }

    it('finalises checkpoints older than 2 min as tab_closed at their last event, keeps recent ones', async () => {
      const events = meetingEvents().filter((e) => e.type !== 'call.ended');
      const lastT = Math.max(...events.map((e) => e.t));
      await leaveCheckpoint('old_session_1', events, T0);
      await leaveCheckpoint('new_session_1', events, T0 + 9 * MIN);
      clock.t = T0 + 10 * MIN;
      await service.start();
      const old = await store.meetings.get('old_session_1');
      expect(old?.endReason).toBe('tab_closed');
      expect(old?.endedAt).toBe(lastT);
      expect(old?.participants.length).toBe(3);
      expect(await store.meetings.get('new_session_1')).toBeUndefined();
      expect((await store.checkpoints.all()).map((c) => c.sessionId)).toEqual(['new_session_1']);
      expect(service.stats.orphansFinalised).toBe(1);
    });

    it('an unrestorable checkpoint becomes a figure-less meeting with reason unknown', async () => {
      const bad: Checkpoint = {
        sessionId: 'corrupt_session',
        platform: 'zoom',
        state: { v: 999, garbage: true },
        appliedSeq: 10,
        lastEventT: T0 + 5000,
        updatedAt: T0,
        createdAt: T0,
        droppedByTab: 0,
        droppedText: 0,
        invalidEvents: 0,
        goodbye: false,
      };
      await store.checkpoints.putMany([bad]);
      clock.t = T0 + 10 * MIN;
      await service.start();
      const m = await store.meetings.get('corrupt_session');
      expect(m).toMatchObject({
        endReason: 'unknown',
        platform: 'zoom',
        startedAt: T0 + 5000,
        participants: [],
      });
      expect(await store.checkpoints.all()).toEqual([]);
    });

    it('a checkpoint of a call that never began is simply removed', async () => {
      await leaveCheckpoint('empty_session', [], T0);
      clock.t = T0 + 10 * MIN;
      await service.start();
      expect(await store.meetings.count()).toBe(0);
      expect(await store.checkpoints.all()).toEqual([]);
    });
  });

  it('heartbeats keep a silent call alive without a write per heartbeat', async () => {
    const tab = new Tab(service, clock);
    tab.batcher.push({ type: 'call.started', t: T0, platform: 'meet' });
    tab.batcher.push({ type: 'participant.joined', t: T0, id: 'me', name: 'Sam', isSelf: true });
    await tab.batcher.flush();
    await clock.advance(3000, () => service.idle());
    const writes = service.stats.checkpointWrites;
    for (let i = 0; i < 200; i++) {
      await clock.advance(1500, () => service.idle());
      await tab.batcher.flush('timer');
    }
    await service.idle();
    // 5 minutes of silence, 200 heartbeats: a write per 3 s at most, and the call is still live.
    expect(service.stats.checkpointWrites - writes).toBeLessThanOrEqual(101);
    expect(service.liveSessionIds()).toEqual([SESSION]);
    expect(await store.meetings.count()).toBe(0);
  });

  it('discarding a session ("never track" mid-call) forgets it, also across a worker restart', async () => {
    const events = denseCall(3);
    const tab = new Tab(service, clock);
    await play(tab, clock, events, T0 + 1500, T0 + MIN);
    await service.flush();
    const r = await service.handle(
      { type: 'cs:discard-session', sessionId: SESSION, platform: 'meet' },
      MEET_SENDER,
    );
    expect(r).toEqual({ ok: true, data: { discarded: true } });
    expect(
      await service.handle({ type: 'cs:discard-session', sessionId: SESSION, platform: 'meet' }, PAGE_SENDER),
    ).toMatchObject({ ok: false });
    await play(tab, clock, events, clock.t + 1500, T0 + 2 * MIN);
    tab.service = makeService(store, clock);
    await play(tab, clock, events, clock.t + 1500, events.at(-1)!.t + 3000);
    await tab.service.idle();
    expect(await store.meetings.count()).toBe(0);
    expect(unwrap(await tab.service.handle({ type: 'ui:live' }, PAGE_SENDER))).toBeNull();
    const [tomb] = await store.checkpoints.all();
    expect(tomb).toMatchObject({ sessionId: SESSION, discarded: true, state: null });
    clock.t += 10 * MIN;
    await makeService(store, clock).start();
    expect(await store.checkpoints.all()).toEqual([]);
    expect(await store.meetings.count()).toBe(0);
  });

  describe('ui messages', () => {
    beforeEach(async () => {
      await playAll(new Tab(service, clock), clock, longCall(3));
    });

    it('lists, gets, exports, deletes', async () => {
      const list = unwrap<{ id: string }[]>(await service.handle({ type: 'ui:list-meetings' }, PAGE_SENDER));
      expect(list.map((m) => m.id)).toEqual([SESSION]);
      expect(
        unwrap<unknown[]>(await service.handle({ type: 'ui:list-meetings', person: 'ada' }, PAGE_SENDER)),
      ).toHaveLength(1);
      expect(
        unwrap<unknown[]>(
          await service.handle({ type: 'ui:list-meetings', meetingCode: 'abc-defg-hij' }, PAGE_SENDER),
        ),
      ).toHaveLength(1);
      expect(
        unwrap<unknown[]>(await service.handle({ type: 'ui:list-meetings', title: 'weekly' }, PAGE_SENDER)),
      ).toHaveLength(1);
      expect(
        unwrap<unknown[]>(await service.handle({ type: 'ui:list-meetings', from: T0 + 1 }, PAGE_SENDER)),
      ).toHaveLength(0);
      expect(
        unwrap<{ id: string }>(await service.handle({ type: 'ui:latest-meeting' }, PAGE_SENDER)).id,
      ).toBe(SESSION);
      const detail = unwrap<{ acks: unknown[] }>(
        await service.handle({ type: 'ui:get-meeting', id: SESSION }, PAGE_SENDER),
      );
      expect(detail.acks.length).toBeGreaterThan(0);
      expect(unwrap(await service.handle({ type: 'ui:get-meeting', id: 'nope' }, PAGE_SENDER))).toBeNull();
      const file = unwrap<{ meetings: unknown[] }>(await service.handle({ type: 'ui:export' }, PAGE_SENDER));
      expect(file.meetings).toHaveLength(1);
      expect(
        unwrap(await service.handle({ type: 'ui:put-reflection', id: SESSION, data: { a: 1 } }, PAGE_SENDER)),
      ).toEqual({ saved: true });
      expect(unwrap(await service.handle({ type: 'ui:delete-meeting', id: SESSION }, PAGE_SENDER))).toEqual({
        deleted: true,
      });
      expect(await store.meetings.count()).toBe(0);
      expect(unwrap(await service.handle({ type: 'ui:import', data: file }, PAGE_SENDER))).toEqual({
        ok: true,
        added: 1,
        skipped: 0,
      });
      expect(unwrap(await service.handle({ type: 'ui:delete-all' }, PAGE_SENDER))).toEqual({ deleted: true });
      expect(await store.meetings.count()).toBe(0);
      expect(
        unwrap<{ meetings: number }>(await service.handle({ type: 'ui:storage-usage' }, PAGE_SENDER))
          .meetings,
      ).toBe(0);
    });

    it('a bad import answers with the first problem and changes nothing', async () => {
      const r = await service.handle(
        { type: 'ui:import', data: { format: 'rapport-export', version: 1, exportedAt: 'x', meetings: [] } },
        PAGE_SENDER,
      );
      expect(r).toEqual({ ok: false, error: expect.stringMatching(/^exportedAt: /) });
      expect(await store.meetings.count()).toBe(1);
    });

    it('settings apply retention right away', async () => {
      expect(unwrap(await service.handle({ type: 'ui:get-settings' }, PAGE_SENDER))).toMatchObject({
        retentionDays: null,
        forgetNamesAfterDays: null,
      });
      clock.t = T0 + 40 * 86_400_000;
      const r = unwrap<{ retention: { deleted: number } }>(
        await service.handle({ type: 'ui:set-settings', patch: { retentionDays: 30 } }, PAGE_SENDER),
      );
      expect(r.retention.deleted).toBe(1);
    });
  });

  it('answers the live snapshot, also after a restart from the checkpoint', async () => {
    const events = longCall(3);
    const tab = new Tab(service, clock);
    await play(tab, clock, events, T0 + 1500, T0 + MIN);
    const live = unwrap<{ participants: unknown[]; endedAt: null } | null>(
      await service.handle({ type: 'ui:live' }, PAGE_SENDER),
    );
    expect(live?.participants).toHaveLength(3);
    expect(live?.endedAt).toBeNull();
    await service.flush();
    const other = makeService(store, clock);
    const again = unwrap<{ participants: unknown[] } | null>(
      await other.handle({ type: 'ui:live', sessionId: SESSION }, PAGE_SENDER),
    );
    expect(again?.participants).toHaveLength(3);
    const fresh = makeService(await openStore({ name: freshName() }), clock);
    expect(unwrap(await fresh.handle({ type: 'ui:live' }, PAGE_SENDER))).toBeNull();
  });

  it('a failed finalise is retried on the next batch and nothing is acknowledged meanwhile', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const events = longCall(2);
    const tab = new Tab(service, clock);
    const save = vi.spyOn(store, 'saveFinishedMeeting').mockRejectedValueOnce(new Error('quota'));
    await playAll(tab, clock, events);
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(2);
    // Answered with durableSeq unchanged and `storage: 'failing'` rather than an error (storage-full.test.ts).
    expect(tab.batcher.stats().failedSends).toBe(0);
    expect(tab.batcher.stats().queued).toBe(0);
    expect((await store.meetings.get(SESSION))?.participants).toEqual(referenceSummary(events).participants);
  });

  it('a storage failure answers with an error instead of throwing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(store.meetings, 'list').mockRejectedValue(new Error('disk full'));
    const r = await service.handle({ type: 'ui:list-meetings' }, PAGE_SENDER);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/disk full/) });
  });
});
