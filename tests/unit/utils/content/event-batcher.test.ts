import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventBatcher, type EventsMessage } from '@/utils/content/event-batcher';
import type { MeetingEvent } from '@/utils/meeting/events';

const ev = (t: number): MeetingEvent => ({ type: 'speaking.started', t, id: 'a' });

/** A background that confirms everything it receives as durable (or only what `durable` says). */
function fakeBackground() {
  const sent: EventsMessage[] = [];
  let applied = 0;
  const bg = {
    sent,
    durable: null as number | null,
    fail: false,
    send: vi.fn(async (m: EventsMessage) => {
      if (bg.fail) throw new Error('Could not establish connection');
      sent.push(structuredClone(m));
      applied = Math.max(applied, m.firstSeq + m.events.length - 1);
      return { appliedSeq: applied, durableSeq: bg.durable ?? applied };
    }),
  };
  return bg;
}

describe('event batcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends nothing per event, then one batch at the 1.5 s flush (well inside 2 s)', async () => {
    const bg = fakeBackground();
    const b = createEventBatcher({ sessionId: 's1', platform: 'meet', send: bg.send, now: () => 42 });
    for (let i = 0; i < 10; i++) b.push(ev(i));
    expect(bg.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1499);
    expect(bg.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(bg.sent).toHaveLength(1);
    expect(bg.sent[0]).toMatchObject({
      type: 'cs:events',
      sessionId: 's1',
      platform: 'meet',
      firstSeq: 1,
      dropped: 0,
      goodbye: false,
      at: 42,
    });
    expect(bg.sent[0]!.events).toHaveLength(10);
    expect(b.stats().queued).toBe(0);
    await b.stop();
  });

  it('keeps flushing at least every 2 s, with heartbeats when nothing happened', async () => {
    const bg = fakeBackground();
    const b = createEventBatcher({ sessionId: 's1', platform: 'zoom', send: bg.send });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(bg.sent.length).toBe(6);
    expect(bg.sent.every((m) => m.events.length === 0)).toBe(true);
    b.push(ev(1));
    await vi.advanceTimersByTimeAsync(1500);
    expect(bg.sent).toHaveLength(7);
    expect(bg.sent.at(-1)).toMatchObject({ firstSeq: 1, events: [ev(1)] });
    await b.stop();
  });

  it('numbers events across batches and resends what is not yet durable', async () => {
    const bg = fakeBackground();
    bg.durable = 0;
    const b = createEventBatcher({ sessionId: 's1', platform: 'meet', send: bg.send });
    b.push(ev(1));
    b.push(ev(2));
    await b.flush();
    b.push(ev(3));
    await b.flush();
    expect(bg.sent[1]).toMatchObject({ firstSeq: 1, events: [ev(1), ev(2), ev(3)] });
    bg.durable = 2;
    await b.flush();
    expect(b.stats()).toMatchObject({ queued: 1, durableSeq: 2 });
    b.push(ev(4));
    await b.flush();
    expect(bg.sent.at(-1)).toMatchObject({ firstSeq: 3, events: [ev(3), ev(4)] });
    await b.stop();
  });

  it('keeps events when the background is unreachable and delivers them later', async () => {
    const bg = fakeBackground();
    const b = createEventBatcher({ sessionId: 's1', platform: 'meet', send: bg.send });
    bg.fail = true;
    b.push(ev(1));
    await vi.advanceTimersByTimeAsync(1500);
    expect(b.stats()).toMatchObject({ failedSends: 1, queued: 1 });
    bg.fail = false;
    await vi.advanceTimersByTimeAsync(1500);
    expect(bg.sent).toEqual([expect.objectContaining({ firstSeq: 1, events: [ev(1)] })]);
    expect(b.stats().queued).toBe(0);
    await b.stop();
  });

  it('flushes on pagehide with goodbye, and on visibilitychange to hidden', async () => {
    const bg = fakeBackground();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
    const b = createEventBatcher({
      sessionId: 's1',
      platform: 'meet',
      send: bg.send,
      window: win,
      document: doc,
    });
    b.push(ev(1));
    doc.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(bg.sent).toHaveLength(0);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.sent).toHaveLength(1);
    expect(bg.sent[0]!.goodbye).toBe(false);
    b.push(ev(2));
    win.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: false }));
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.sent).toHaveLength(2);
    expect(bg.sent[1]).toMatchObject({ goodbye: true, firstSeq: 2, events: [ev(2)] });
    await b.stop();
  });

  it('pagehide into the back/forward cache flushes without goodbye', async () => {
    const bg = fakeBackground();
    const win = new EventTarget();
    const b = createEventBatcher({ sessionId: 's1', platform: 'meet', send: bg.send, window: win });
    b.push(ev(1));
    win.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: true }));
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.sent[0]!.goodbye).toBe(false);
    await b.stop();
  });

  it('a pagehide during a send is not lost: it follows right after', async () => {
    let release: () => void = () => undefined;
    const sent: EventsMessage[] = [];
    const send = vi.fn(async (m: EventsMessage) => {
      sent.push(m);
      if (sent.length === 1) await new Promise<void>((r) => (release = r));
      return { appliedSeq: 0, durableSeq: m.firstSeq + m.events.length - 1 };
    });
    const win = new EventTarget();
    const b = createEventBatcher({ sessionId: 's1', platform: 'meet', send, window: win });
    b.push(ev(1));
    const first = b.flush();
    b.push(ev(2));
    win.dispatchEvent(new Event('pagehide'));
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ goodbye: true, firstSeq: 2, events: [ev(2)] });
    await b.stop();
  });

  it('is bounded: when full it drops new events and counts them, but never call.ended', async () => {
    const bg = fakeBackground();
    bg.fail = true;
    const b = createEventBatcher({ sessionId: 's1', platform: 'meet', send: bg.send, maxQueue: 5 });
    for (let i = 0; i < 8; i++) b.push(ev(i));
    b.push({ type: 'call.ended', t: 9, reason: 'left' });
    expect(b.stats()).toMatchObject({ queued: 6, dropped: 3 });
    bg.fail = false;
    await b.flush();
    const last = bg.sent.at(-1)!;
    expect(last.dropped).toBe(3);
    expect(last.events.map((e) => (e as MeetingEvent).t)).toEqual([0, 1, 2, 3, 4, 9]);
    await b.stop();
  });

  it('splits a long backlog into messages of at most 500 events', async () => {
    const bg = fakeBackground();
    bg.fail = true;
    const b = createEventBatcher({ sessionId: 's1', platform: 'meet', send: bg.send });
    for (let i = 0; i < 1200; i++) b.push(ev(i));
    await b.flush();
    bg.fail = false;
    await b.flush();
    expect(bg.sent.map((m) => [m.firstSeq, m.events.length])).toEqual([
      [1, 500],
      [501, 500],
      [1001, 200],
    ]);
    expect(b.stats().queued).toBe(0);
    await b.stop();
  });

  it('call.ended flushes at once; stop flushes, removes listeners and ignores later events', async () => {
    const bg = fakeBackground();
    const win = new EventTarget();
    const b = createEventBatcher({ sessionId: 's1', platform: 'meet', send: bg.send, window: win });
    b.push({ type: 'call.ended', t: 1, reason: 'left' });
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.sent).toHaveLength(1);
    b.push(ev(5));
    await b.stop();
    expect(bg.sent).toHaveLength(2);
    b.push(ev(6));
    win.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(bg.sent).toHaveLength(2);
  });
});
