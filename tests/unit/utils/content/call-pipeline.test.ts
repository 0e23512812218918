import { describe, expect, it } from 'vitest';
import type { EventsMessage } from '@/utils/content/event-batcher';
import type { MeetingEvent } from '@/utils/meeting/events';
import '@/utils/acks/languages';
import { createCallPipeline } from '@/utils/content/call-pipeline';
import { createRoster } from '@/utils/content/roster';

function setup(acks = true) {
  let now = 0;
  const sent: EventsMessage[] = [];
  const roster = createRoster();
  const pipeline = createCallPipeline({
    platform: 'meet',
    sessionId: 's1',
    now: () => now,
    acks: { enabled: acks, language: 'en' },
    roster,
    send: async (m) => {
      sent.push(m);
      const last = m.events.length ? m.firstSeq + m.events.length - 1 : m.firstSeq - 1;
      return { durableSeq: last, appliedSeq: last };
    },
    batcher: { timers: { setInterval: () => 0, clearInterval: () => {} } },
  });
  const feed = (e: MeetingEvent) => {
    now = e.t;
    roster.observe(e);
    pipeline.input(e);
  };
  const sentEvents = () => sent.flatMap((m) => m.events as MeetingEvent[]);
  return {
    pipeline,
    feed,
    sentEvents,
    setNow: (t: number) => (now = t),
    flush: () => pipeline.batcher.flush(),
  };
}

function start(feed: (e: MeetingEvent) => void) {
  feed({ type: 'call.started', t: 0, platform: 'meet', meetingCode: 'abc-defg-hij' });
  feed({ type: 'participant.joined', t: 0, id: 'me', name: 'You', isSelf: true });
  feed({ type: 'participant.joined', t: 0, id: 'p', name: 'Priya Raman', isSelf: false });
  feed({ type: 'participant.joined', t: 0, id: 's', name: 'Sam Okafor', isSelf: false });
}

describe('call pipeline', () => {
  it('never sends caption or chat text to the background, only the acknowledgements found in it', async () => {
    const { feed, pipeline, sentEvents } = setup();
    start(feed);
    feed({ type: 'speaking.started', t: 1000, id: 'me' });
    feed({
      type: 'caption',
      t: 1500,
      captionId: 'c1',
      speakerId: 'me',
      speakerName: 'You',
      text: 'Thanks Priya, that was really helpful.',
      replaces: false,
    });
    feed({
      type: 'chat',
      t: 2000,
      senderId: 's',
      senderName: 'Sam Okafor',
      isSelf: false,
      text: 'thanks @Priya 🙏',
    });
    feed({ type: 'speaking.stopped', t: 4000, id: 'me' });
    await pipeline.stop();
    const events = sentEvents();
    expect(events.some((e) => e.type === 'caption' || e.type === 'chat')).toBe(false);
    expect(JSON.stringify(events)).not.toMatch(/helpful|Thanks Priya|🙏/);
    const acks = events.filter((e) => e.type === 'ack');
    expect(acks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fromId: 'me', toId: 'p', kind: 'thanks', source: 'caption' }),
        expect.objectContaining({ fromId: 's', toId: 'p', source: 'chat' }),
      ]),
    );
  });

  it('leaves the paused span out of speaking and camera time, and counts an ongoing turn from resume', () => {
    const { feed, pipeline, setNow } = setup();
    start(feed);
    feed({ type: 'camera.on', t: 0, id: 'p' });
    feed({ type: 'speaking.started', t: 10_000, id: 'p' });
    setNow(20_000);
    pipeline.setPaused(true);
    feed({ type: 'speaking.stopped', t: 25_000, id: 'p' });
    feed({ type: 'speaking.started', t: 30_000, id: 's' });
    setNow(40_000);
    pipeline.setPaused(false); // Sam is mid-turn
    feed({ type: 'speaking.stopped', t: 45_000, id: 's' });
    setNow(50_000);
    const snap = pipeline.snapshot();
    const byId = Object.fromEntries(snap.participants.map((p) => [p.id, p]));
    expect(byId.p?.speakingMs).toBe(10_000);
    expect(byId.s?.speakingMs).toBe(5_000);
    // Camera on the whole call except the 20 s paused.
    expect(byId.p?.cameraOnMs).toBe(30_000);
    expect(snap.coverage.speaking).toBeCloseTo(30 / 50, 5);
    expect(byId.p?.presentMs).toBe(50_000);
  });

  it('records a manual acknowledgement from self, but not while paused', () => {
    const { feed, pipeline } = setup(false);
    start(feed);
    expect(pipeline.manualAck('p')).toBe(true);
    pipeline.setPaused(true);
    expect(pipeline.manualAck('s')).toBe(false);
    const snap = pipeline.snapshot();
    expect(snap.participants.find((p) => p.id === 'p')?.acksReceived).toBe(1);
    expect(snap.participants.find((p) => p.id === 's')?.acksReceived).toBe(0);
  });

  it('can start mid-call from the roster replay', () => {
    const roster = createRoster();
    const events: MeetingEvent[] = [
      { type: 'call.started', t: 0, platform: 'meet' },
      { type: 'participant.joined', t: 0, id: 'me', name: 'You', isSelf: true },
      { type: 'participant.joined', t: 0, id: 'p', name: 'Priya', isSelf: false },
      { type: 'camera.on', t: 0, id: 'p' },
      { type: 'speaking.started', t: 1000, id: 'p' },
    ];
    for (const e of events) roster.observe(e);
    const replay = roster.replay(5000);
    expect(replay.map((e) => e.type)).toEqual([
      'call.started',
      'participant.joined',
      'mic.unmuted',
      'camera.off',
      'participant.joined',
      'mic.unmuted',
      'camera.on',
      'speaking.started',
    ]);
    expect(replay.every((e) => e.t === 5000)).toBe(true);
  });
});

describe('call pipeline at the end of a call', () => {
  it('sends acknowledgements found in the last caption before the end, so they are counted', async () => {
    const { feed, pipeline, sentEvents } = setup();
    start(feed);
    feed({
      type: 'caption',
      t: 1000,
      captionId: 'c1',
      speakerName: 'You',
      text: 'Sure, thanks Priya for sending it early',
      replaces: false,
    });
    feed({ type: 'call.ended', t: 1500, reason: 'left' });
    await pipeline.stop();
    const types = sentEvents().map((e) => e.type);
    expect(types.indexOf('ack')).toBeGreaterThan(-1);
    expect(types.indexOf('ack')).toBeLessThan(types.indexOf('call.ended'));
    expect(pipeline.snapshot().participants.find((p) => p.id === 'p')?.acksReceived).toBe(1);
  });
});

describe('call pipeline and late acknowledgements', () => {
  it('counts an acknowledgement reported seconds after its caption entry was last rewritten', async () => {
    const { feed, pipeline, sentEvents } = setup();
    start(feed);
    feed({
      type: 'caption',
      t: 1000,
      captionId: 'c1',
      speakerName: 'You',
      text: 'Thanks Priya',
      replaces: false,
    });
    feed({ type: 'speaking.started', t: 6000, id: 's' });
    feed({
      type: 'caption',
      t: 6000,
      captionId: 'c2',
      speakerId: 's',
      speakerName: 'Sam',
      text: 'So',
      replaces: false,
    });
    feed({ type: 'speaking.stopped', t: 9000, id: 's' });
    await pipeline.stop();
    expect(pipeline.snapshot().participants.find((p) => p.id === 'p')?.acksReceived).toBe(1);
    expect(pipeline.snapshot().rejectedEvents).toBe(0);
    expect(sentEvents().filter((e) => e.type === 'ack')).toHaveLength(1);
  });
});
