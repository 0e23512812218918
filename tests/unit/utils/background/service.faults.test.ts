/**
 * Real-life faults in the background (issue 24, points 1–3): the extension replaced mid-call, the browser
 * closed and reopened mid-call, two calls at once. The e2e counterparts are tests/e2e/faults.spec.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { LiveCall, ResumeTicket } from '@/utils/background/live-calls';
import type { SenderLike } from '@/utils/background/sender';
import type { MeetingEvent } from '@/utils/meeting/events';
import type { LiveSnapshot } from '@/utils/meeting/types';
import { openStore, type Store } from '@/utils/store';
import { freshName, T0 } from '../store/helpers';
import {
  type EventsReply,
  ManualClock,
  MEET_SENDER,
  makeService,
  PAGE_SENDER,
  unwrap,
  ZOOM_SENDER,
} from './harness';

type Service = ReturnType<typeof makeService>;
const OLD = 'session_before_update';
const CODE = 'abc-defg-hij';

async function send(
  service: Service,
  sender: SenderLike,
  sessionId: string,
  firstSeq: number,
  events: MeetingEvent[],
  at?: number,
): Promise<EventsReply> {
  return unwrap<EventsReply>(
    await service.handle(
      {
        type: 'cs:events',
        sessionId,
        platform: sender === ZOOM_SENDER ? 'zoom' : 'meet',
        firstSeq,
        events,
        at,
      },
      sender,
    ),
  );
}

const start = (t: number, platform = 'meet', code = CODE, title = 'Weekly'): MeetingEvent[] => [
  { type: 'call.started', t, platform, meetingCode: code, title },
];
const join = (t: number, id: string, name: string, isSelf = false): MeetingEvent => ({
  type: 'participant.joined',
  t,
  id,
  name,
  isSelf,
});

describe('faults (issue 24)', () => {
  let store: Store;
  let clock: ManualClock;
  beforeEach(async () => {
    store = await openStore({ name: freshName() });
    clock = new ManualClock(T0);
  });

  describe('an extension update mid-call', () => {
    /** The first 60 s recorded by the old background, checkpointed; then the old background is gone. */
    async function beforeUpdate(): Promise<{ seq: number }> {
      const old = makeService(store, clock);
      const events: MeetingEvent[] = [
        ...start(T0),
        join(T0, 'me', 'Sam', true),
        join(T0, 'a', 'Ada'),
        join(T0, 'b', 'Bob'),
        { type: 'camera.on', t: T0 + 1000, id: 'a' },
        { type: 'speaking.started', t: T0 + 10_000, id: 'a' },
        { type: 'speaking.stopped', t: T0 + 30_000, id: 'a' },
        // Bob is speaking when the update lands.
        { type: 'speaking.started', t: T0 + 50_000, id: 'b' },
      ];
      // The tab's batches every few seconds (heartbeats carry its clock) up to 60 s.
      clock.t = T0 + 50_000;
      await send(old, MEET_SENDER, OLD, 1, events, T0 + 50_000);
      for (const t of [55_000, 60_000]) {
        clock.t = T0 + t;
        await send(old, MEET_SENDER, OLD, events.length + 1, [], T0 + t);
      }
      await old.flushAll();
      await old.idle();
      return { seq: events.length };
    }

    it('a new content script in the same tab joins the session: one meeting, the update’s seconds not covered', async () => {
      const { seq } = await beforeUpdate();
      // The update: a new background over the same database, 4 s later; the new script asks first.
      clock.t = T0 + 64_000;
      const fresh = makeService(store, clock);
      const ticket = unwrap<ResumeTicket | null>(
        await fresh.handle({ type: 'cs:resume', platform: 'meet' }, MEET_SENDER),
      );
      expect(ticket).toEqual({ sessionId: OLD, nextSeq: seq + 1, meetingCode: CODE });
      // Another tab, or another platform in the same tab, joins nothing.
      expect(
        await fresh.handle({ type: 'cs:resume', platform: 'meet' }, { ...MEET_SENDER, tab: { id: 9 } }),
      ).toEqual({
        ok: true,
        data: null,
      });
      expect(await fresh.handle({ type: 'cs:resume', platform: 'zoom' }, ZOOM_SENDER)).toEqual({
        ok: true,
        data: null,
      });

      // Its first reading at R = 64 s: the call, everybody but Bob (who left during the gap), Ada's camera.
      const R = T0 + 64_000;
      const after: MeetingEvent[] = [
        ...start(R),
        join(R, 'me', 'Sam', true),
        join(R, 'a', 'Ada'),
        { type: 'camera.on', t: R, id: 'a' },
        { type: 'speaking.started', t: R + 6000, id: 'me' },
        { type: 'speaking.stopped', t: R + 16_000, id: 'me' },
        { type: 'call.ended', t: R + 36_000, reason: 'left' },
      ];
      clock.t = R + 36_000;
      await send(fresh, MEET_SENDER, ticket!.sessionId, ticket!.nextSeq, after);
      await fresh.idle();

      const meetings = await store.meetings.list();
      expect(meetings.map((m) => m.id)).toEqual([OLD]);
      expect(await store.checkpoints.all()).toEqual([]);
      const m = meetings[0]!;
      expect(m.endReason).toBe('left');
      expect(m.endedAt! - m.startedAt).toBe(100_000);
      // 4 s of 100 s were not seen: the gap is recorded as not covered, for every signal.
      expect(m.coverage.speaking).toBeCloseTo(0.96, 5);
      expect(m.coverage.camera).toBeCloseTo(0.96, 5);
      const by = Object.fromEntries(m.participants.map((p) => [p.name, p]));
      // Presence runs through the gap; Bob left in it (dated at its start, the last time he was seen).
      expect(by.Sam!.presentMs).toBe(100_000);
      expect(by.Ada!.presentMs).toBe(100_000);
      expect(by.Bob!.presentMs).toBe(60_000);
      // Bob's running turn ends where sight was lost; Sam's turn after the update counts.
      expect(by.Bob!.speakingMs).toBe(10_000);
      expect(by.Sam!.speakingMs).toBe(10_000);
      expect(by.Ada!.speakingMs).toBe(20_000);
      // Ada's camera: on before and after, not in the gap.
      expect(by.Ada!.cameraOnMs).toBe(59_000 + 36_000);
      expect(fresh.stats.updateGaps).toBe(1);
    });

    it('a script whose call has another meeting code starts a meeting of its own (the ticket is not used)', async () => {
      const { claimResume } = await import('@/utils/content/lifecycle');
      const ticket: ResumeTicket = { sessionId: OLD, nextSeq: 9, meetingCode: CODE };
      expect(claimResume(ticket, CODE)).toBe(ticket);
      expect(claimResume(ticket, 'xyz-abcd-efg')).toBeNull();
      expect(claimResume(ticket, null)).toBeNull();
      expect(claimResume({ ...ticket, meetingCode: null }, null)).toBeNull();
    });

    it('no ticket for a session that said goodbye, ended, or went silent beyond the orphan window', async () => {
      await beforeUpdate();
      clock.t = T0 + 60_000 + 120_001;
      const late = makeService(store, clock);
      expect(await late.handle({ type: 'cs:resume', platform: 'meet' }, MEET_SENDER)).toEqual({
        ok: true,
        data: null,
      });

      const s2 = makeService(store, clock);
      await send(s2, MEET_SENDER, 'session_other_01', 1, [...start(clock.t, 'meet', 'zzz-zzzz-zzz')]);
      await s2.handle(
        {
          type: 'cs:events',
          sessionId: 'session_other_01',
          platform: 'meet',
          firstSeq: 2,
          events: [],
          goodbye: true,
        },
        MEET_SENDER,
      );
      expect(await s2.handle({ type: 'cs:resume', platform: 'meet' }, MEET_SENDER)).toEqual({
        ok: true,
        data: null,
      });
    });
  });

  describe('the browser closed mid-call and reopened', () => {
    it('on browser start the previous run’s open session is finalised at once, not after the orphan window', async () => {
      const before = makeService(store, clock);
      await send(
        before,
        MEET_SENDER,
        OLD,
        1,
        [
          ...start(T0),
          join(T0, 'me', 'Sam', true),
          join(T0, 'a', 'Ada'),
          { type: 'speaking.started', t: T0 + 5000, id: 'a' },
          { type: 'speaking.stopped', t: T0 + 25_000, id: 'a' },
        ],
        T0 + 25_000,
      );
      clock.t = T0 + 30_000;
      await send(before, MEET_SENDER, OLD, 6, [], T0 + 30_000);
      await before.flushAll();
      await before.idle();

      // 20 s later, far inside the 2-minute window, the browser is back; a restored tab starts a new call.
      clock.t = T0 + 50_000;
      const after = makeService(store, clock);
      await after.start();
      const started = after.browserStarted();
      await send(after, MEET_SENDER, 'session_after_start', 1, [
        ...start(clock.t),
        join(clock.t, 'me', 'Sam', true),
      ]);
      await started;
      // The popup asks right away: the call is there, once.
      const popup = unwrap<{
        recent: { meeting: { id: string; endReason: string; endedAt: number } }[];
        live: LiveCall[];
      }>(await after.handle({ type: 'ui:popup' }, PAGE_SENDER));
      expect(popup.recent.map((r) => r.meeting.id)).toEqual([OLD]);
      expect(popup.recent[0]!.meeting).toMatchObject({ endReason: 'tab_closed', endedAt: T0 + 30_000 });
      expect(popup.live.map((c) => c.sessionId)).toEqual(['session_after_start']);
      expect(after.stats.finalisedAtBrowserStart).toBe(1);
      // The new call is untouched.
      await after.flushAll();
      expect((await store.checkpoints.all()).map((c) => c.sessionId)).toEqual(['session_after_start']);
      // Nothing duplicated: a second start signal, or the orphan sweep later, adds nothing.
      await after.browserStarted();
      clock.t += 200_000;
      await makeService(store, clock).start();
      expect((await store.meetings.list()).filter((m) => m.id === OLD)).toHaveLength(1);
    });

    it('where the browser says no start, a session whose tab is gone is finalised when the worker starts', async () => {
      const before = makeService(store, clock);
      await send(before, MEET_SENDER, OLD, 1, [...start(T0), join(T0, 'me', 'Sam', true)], T0);
      await send(
        before,
        ZOOM_SENDER,
        'session_zoom_open',
        1,
        [...start(T0, 'zoom', '123'), join(T0, 'z', 'Cleo', true)],
        T0,
      );
      clock.t = T0 + 10_000;
      await before.flushAll();
      await before.idle();
      // Tab 7 (Meet) is gone, tab 8 (Zoom) is still open: only the Meet call is over.
      clock.t = T0 + 20_000;
      const after = makeService(store, clock, { hooks: { tabExists: async (id) => id === 8 } });
      await after.start();
      expect((await store.meetings.list()).map((m) => [m.id, m.endReason])).toEqual([[OLD, 'tab_closed']]);
      expect((await store.checkpoints.all()).map((c) => c.sessionId)).toEqual(['session_zoom_open']);
    });
  });

  describe('two calls at once', () => {
    it('a Meet tab and a Zoom tab: each meeting has only its own people, and both are listed live', async () => {
      const announced: LiveCall[][] = [];
      const svc = makeService(store, clock, { hooks: { liveCallsChanged: (c) => announced.push(c) } });
      await send(svc, MEET_SENDER, 'session_meet_001', 1, [
        ...start(T0, 'meet', CODE, 'Weekly sync'),
        join(T0, 'me', 'Sam', true),
        join(T0, 'a', 'Ada'),
        { type: 'speaking.started', t: T0 + 1000, id: 'a' },
      ]);
      await send(svc, ZOOM_SENDER, 'session_zoom_001', 1, [
        ...start(T0 + 500, 'zoom', '123456789', 'Design review'),
        join(T0 + 500, 'z-me', 'Sam', true),
        join(T0 + 500, 'z-c', 'Cleo'),
        { type: 'speaking.started', t: T0 + 2000, id: 'z-c' },
      ]);
      const live = unwrap<LiveCall[]>(await svc.handle({ type: 'ui:live-calls' }, PAGE_SENDER));
      expect(live.map((c) => [c.platform, c.title, c.tabId])).toEqual([
        ['meet', 'Weekly sync', 7],
        ['zoom', 'Design review', 8],
      ]);
      expect(announced.at(-1)?.map((c) => c.title)).toEqual(['Weekly sync', 'Design review']);
      const meetLive = unwrap<LiveSnapshot>(
        await svc.handle({ type: 'ui:live', sessionId: 'session_meet_001' }, PAGE_SENDER),
      );
      expect(meetLive.participants.map((p) => p.name).sort()).toEqual(['Ada', 'Sam']);

      await send(svc, MEET_SENDER, 'session_meet_001', 5, [
        { type: 'speaking.stopped', t: T0 + 11_000, id: 'a' },
        { type: 'call.ended', t: T0 + 20_000, reason: 'left' },
      ]);
      expect(announced.at(-1)?.map((c) => c.platform)).toEqual(['zoom']);
      await send(svc, ZOOM_SENDER, 'session_zoom_001', 5, [
        { type: 'speaking.stopped', t: T0 + 22_000, id: 'z-c' },
        { type: 'call.ended', t: T0 + 30_000, reason: 'left' },
      ]);
      expect(announced.at(-1)).toEqual([]);
      const meetings = await store.meetings.list();
      const names = (id: string) =>
        meetings
          .find((m) => m.id === id)!
          .participants.map((p) => p.name)
          .sort();
      expect(meetings).toHaveLength(2);
      expect(names('session_meet_001')).toEqual(['Ada', 'Sam']);
      expect(names('session_zoom_001')).toEqual(['Cleo', 'Sam']);
      const zoom = meetings.find((m) => m.id === 'session_zoom_001')!;
      expect(zoom.participants.find((p) => p.name === 'Cleo')!.speakingMs).toBe(20_000);
      expect(zoom.platform).toBe('zoom');
    });

    it('the badge tooltip names each live call by platform and title', async () => {
      const { describeLiveCalls } = await import('@/utils/background/live-calls');
      const call = (platform: string, title: string | null, meetingCode: string | null): LiveCall => ({
        sessionId: `s_${platform}_0001`,
        platform,
        title,
        meetingCode,
        tabId: 1,
        startedAt: T0,
      });
      const name = (p: string) => ({ meet: 'Google Meet', zoom: 'Zoom' })[p] ?? p;
      expect(describeLiveCalls([call('meet', 'Weekly sync', CODE), call('zoom', null, '123')], name)).toBe(
        'Google Meet: Weekly sync · Zoom: 123',
      );
      expect(describeLiveCalls([call('meet', '  ', null)], name)).toBe('Google Meet');
    });
  });
});
