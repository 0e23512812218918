/**
 * Store write batching: a simulated 60-minute, 10-person call delivered the way a tab delivers it (the
 * real event batcher flushing every 1.5 s into the real background service over fake-indexeddb), with
 * every IndexedDB transaction counted. Time is simulated, so the figure does not depend on the machine.
 *
 * Run: node --import tsx --expose-gc bench/store.bench.ts
 */
import 'fake-indexeddb/auto';
import { createBackgroundService } from '../utils/background/service';
import { createEventBatcher } from '../utils/content/event-batcher';
import type { MeetingEvent } from '../utils/meeting/events';
import { openStore } from '../utils/store';
import { budgets, report } from './budgets';

const MINUTES = 60;
const PEOPLE = 10;
const T0 = Date.UTC(2026, 0, 5, 9);
const EXT = { id: 'bench', baseUrl: 'chrome-extension://bench/' };
const SENDER = { id: 'bench', url: 'https://meet.google.com/abc-defg-hij', tab: { id: 1 } };

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Busy call: a new speaker every 1–4 s with back-channel blips, camera toggles and acks. */
function call(): MeetingEvent[] {
  const r = rng(7);
  const ev: MeetingEvent[] = [{ type: 'call.started', t: T0, platform: 'meet', meetingCode: 'abc-defg-hij' }];
  for (let i = 0; i < PEOPLE; i++) {
    ev.push({
      type: 'participant.joined',
      t: T0 + i * 100,
      id: `p${i}`,
      name: `Person ${i}`,
      isSelf: i === 0,
    });
  }
  const end = T0 + MINUTES * 60_000;
  for (let t = T0 + 2000; t < end - 5000; ) {
    const id = `p${Math.floor(r() * PEOPLE)}`;
    const len = 1000 + r() * 3000;
    ev.push({ type: 'speaking.started', t, id }, { type: 'speaking.stopped', t: t + len, id });
    if (r() < 0.05) ev.push({ type: 'camera.on', t: t + 10, id });
    if (r() < 0.05)
      ev.push({
        type: 'ack',
        t: t + 20,
        fromId: id,
        toId: `p${(Number(id.slice(1)) + 1) % PEOPLE}`,
        kind: 'thanks',
        source: 'caption',
      });
    t += len + 50;
  }
  ev.sort((a, b) => a.t - b.t);
  ev.push({ type: 'call.ended', t: end, reason: 'left' });
  return ev;
}

async function main() {
  const store = await openStore({ name: 'rapport-bench' });
  let now = T0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const service = createBackgroundService({
    store,
    extension: EXT,
    now: () => now,
    timers: {
      setTimeout: (fn, ms) => {
        timers.set(nextId, { at: now + ms, fn });
        return nextId++;
      },
      clearTimeout: (h) => void timers.delete(h as number),
    },
  });
  const batcher = createEventBatcher({
    sessionId: 'bench_session',
    platform: 'meet',
    now: () => now,
    timers: { setInterval: () => 0, clearInterval: () => undefined },
    send: async (m) => {
      const r = await service.handle(m, SENDER);
      if (!r.ok) throw new Error(r.error);
      return r.data as { durableSeq: number; appliedSeq: number };
    },
  });

  const proto = (globalThis as unknown as { IDBDatabase: { prototype: IDBDatabase } }).IDBDatabase.prototype;
  const original = proto.transaction;
  let transactions = 0;
  proto.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    transactions++;
    return original.apply(this, args);
  } as IDBDatabase['transaction'];

  const events = call();
  await service.start();
  const startTx = transactions;
  let i = 0;
  const end = events[events.length - 1]!.t + 3000;
  for (let t = T0 + 1500; t <= end; t += 1500) {
    // Fire the background's due timers (checkpoint writes) in order, then the tab's flush.
    for (;;) {
      const due = [...timers].filter(([, v]) => v.at <= t).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].fn();
      await service.idle();
    }
    now = t;
    while (i < events.length && events[i]!.t < t) batcher.push(events[i++]!);
    await batcher.flush('timer');
  }
  await service.idle();
  proto.transaction = original;
  const meeting = await store.meetings.get('bench_session');
  if (!meeting || meeting.participants.length !== PEOPLE) throw new Error('bench call was not stored');
  console.log(
    `(${events.length} events, ${service.stats.checkpointWrites} checkpoint writes, ${transactions - startTx} transactions over ${MINUTES} min)`,
  );
  const b = budgets.storeTransactionsPerMeetingMinute;
  report('store transactions per meeting-minute', (transactions - startTx) / MINUTES, b.unit, b);
}

await main();
