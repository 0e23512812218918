/**
 * Bytes stored per meeting-hour and IndexedDB transactions per meeting-minute for a realistic 8-hour,
 * 8-person call (issue 24, point 6: an 8-hour call; the stored record is bounded, so a longer call costs
 * fewer bytes per hour, and the per-hour budget is checked on the long call). The content script's real recording path (roster → call pipeline → event batcher, 1.5 s
 * flushes) sends into the real background service over the real store on fake-indexeddb; clock and timers
 * are simulated, so the figures do not depend on the machine. The call: turns of 2–40 s with back-channel
 * blips, captions for every turn (some thanking or naming someone, so acknowledgements are detected and
 * stored), chat, camera toggles, mutes, hands, reactions, one person leaving and rejoining, tiles going in
 * and out of view. Bytes = UTF-8 JSON size of every record in every object store after the meeting is
 * finalised, minus the same for the empty database (settings); the peak during the call (checkpoint
 * included) is printed too.
 *
 * Run: node --import tsx --expose-gc bench/storage.bench.ts
 */
import 'fake-indexeddb/auto';
import { createBackgroundService } from '../utils/background/service';
import { createCallPipeline } from '../utils/content/call-pipeline';
import { createRoster } from '../utils/content/roster';
import type { MeetingEvent } from '../utils/meeting/events';
import { openStore, type Store } from '../utils/store';
import { budgets, report } from './budgets';
import { info } from './lib/print';

const MINUTES = 480;
const NAMES = [
  'Ana Almeida',
  'Björn Brandt',
  'Chloé Çelik',
  'Dário Duarte',
  'Élodie Eriksen',
  'Farah García',
  'Gülşen Horváth',
  'Håkon Ishikawa',
];
const T0 = Date.UTC(2026, 0, 5, 9);
const EXT = { id: 'bench', baseUrl: 'chrome-extension://bench/' };
const SENDER = { id: 'bench', url: 'https://meet.google.com/abc-defg-hij', tab: { id: 1 } };
const STORES = ['meetings', 'acknowledgements', 'reflections', 'checkpoints', 'settings'] as const;

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function storedBytes(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const tx = store.db.transaction([...STORES]);
  for (const name of STORES) {
    let n = 0;
    for (const rec of await tx.objectStore(name).getAll()) n += Buffer.byteLength(JSON.stringify(rec));
    out[name] = n;
  }
  await tx.done;
  return out;
}

const total = (b: Record<string, number>) => Object.values(b).reduce((a, n) => a + n, 0);

/** The call as timed adapter events (captions included; the pipeline keeps their text in the tab). */
function call(): MeetingEvent[] {
  const r = rng(5);
  const ids = NAMES.map((_, i) => `spaces/SPbench/devices/${i}`);
  const ev: MeetingEvent[] = [
    { type: 'call.started', t: T0, platform: 'meet', meetingCode: 'abc-defg-hij', title: 'Weekly planning' },
  ];
  NAMES.forEach((name, i) => {
    ev.push({ type: 'participant.joined', t: T0 + 50 + i * 400, id: ids[i]!, name, isSelf: i === 0 });
  });
  for (let i = 0; i < NAMES.length; i++)
    if (r() < 0.6) ev.push({ type: 'camera.on', t: T0 + 5000 + i, id: ids[i]! });
  const end = T0 + MINUTES * 60_000;
  let caption = 0;
  for (let t = T0 + 8000; t < end - 10_000; ) {
    const who = Math.floor(r() * NAMES.length);
    const len = 2000 + Math.floor(r() ** 2 * 38_000);
    ev.push(
      { type: 'speaking.started', t, id: ids[who]! },
      { type: 'speaking.stopped', t: t + len, id: ids[who]! },
    );
    const to = (who + 1 + Math.floor(r() * (NAMES.length - 1))) % NAMES.length;
    const first = NAMES[to]!.split(' ')[0];
    const text =
      r() < 0.12
        ? `thanks ${first}, that was really helpful`
        : r() < 0.08
          ? `${first}, what do you think about this`
          : `so on item ${caption % 17} I think we should look at the numbers again`;
    const words = text.split(' ');
    caption++;
    for (let w = 1; w <= words.length; w++) {
      ev.push({
        type: 'caption',
        t: t + Math.min(len - 10, w * 300),
        captionId: `c${caption}`,
        speakerId: ids[who]!,
        speakerName: NAMES[who]!,
        text: words.slice(0, w).join(' '),
        replaces: false,
      });
    }
    // Back-channel: someone else says "mm-hm" for under a second.
    if (r() < 0.3) {
      const b = (who + 3) % NAMES.length;
      ev.push(
        { type: 'speaking.started', t: t + 700, id: ids[b]! },
        { type: 'speaking.stopped', t: t + 1300, id: ids[b]! },
      );
    }
    if (r() < 0.15) {
      const s = Math.floor(r() * NAMES.length);
      ev.push({
        type: 'chat',
        t: t + 500,
        senderId: ids[s],
        senderName: NAMES[s]!,
        isSelf: s === 0,
        text: r() < 0.3 ? `thank you ${first}!` : 'link to the doc',
      });
    }
    if (r() < 0.05)
      ev.push({
        type: r() < 0.5 ? 'camera.off' : 'camera.on',
        t: t + 100,
        id: ids[Math.floor(r() * NAMES.length)]!,
      });
    if (r() < 0.08) {
      const m = Math.floor(r() * NAMES.length);
      ev.push(
        { type: 'mic.muted', t: t + 200, id: ids[m]! },
        { type: 'mic.unmuted', t: t + len - 200, id: ids[m]! },
      );
    }
    if (r() < 0.03) {
      const h = Math.floor(r() * NAMES.length);
      ev.push(
        { type: 'hand.raised', t: t + 300, id: ids[h]! },
        { type: 'hand.lowered', t: t + len, id: ids[h]! },
      );
    }
    if (r() < 0.04)
      ev.push({ type: 'reaction', t: t + 400, id: ids[Math.floor(r() * NAMES.length)]!, emoji: '👍' });
    if (r() < 0.02) {
      const v = Math.floor(r() * NAMES.length);
      ev.push(
        { type: 'participant.visibility', t: t + 50, id: ids[v]!, speaking: false, camera: false },
        { type: 'participant.visibility', t: t + len, id: ids[v]!, speaking: true, camera: true },
      );
    }
    t += len + 100;
  }
  // Person 7 drops out for two minutes halfway through.
  const mid = T0 + 30 * 60_000;
  ev.push(
    { type: 'participant.left', t: mid, id: ids[7]! },
    { type: 'participant.joined', t: mid + 120_000, id: ids[7]!, name: NAMES[7]!, isSelf: false },
  );
  ev.sort((a, b) => a.t - b.t);
  // A participant's own events never fall inside their absence.
  const cleaned = ev.filter(
    (e) =>
      !('id' in e) ||
      e.id !== ids[7] ||
      e.type === 'participant.left' ||
      e.type === 'participant.joined' ||
      e.t < mid ||
      e.t > mid + 120_000,
  );
  cleaned.push({ type: 'call.ended', t: end, reason: 'left' });
  return cleaned;
}

async function main() {
  const store = await openStore({ name: 'rapport-bench-storage' });
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
  await service.start();
  const empty = total(await storedBytes(store));

  const proto = (globalThis as unknown as { IDBDatabase: { prototype: IDBDatabase } }).IDBDatabase.prototype;
  const original = proto.transaction;
  let transactions = 0;
  proto.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    transactions++;
    return original.apply(this, args);
  } as IDBDatabase['transaction'];

  const roster = createRoster();
  const pipeline = createCallPipeline({
    platform: 'meet',
    sessionId: 'bench_storage',
    now: () => now,
    acks: { enabled: true, language: 'en' },
    roster,
    send: async (m) => {
      const r = await service.handle(m, SENDER);
      if (!r.ok) throw new Error(r.error);
      return r.data as { durableSeq: number; appliedSeq: number };
    },
    batcher: { timers: { setInterval: () => 0, clearInterval: () => undefined } },
  });

  const events = call();
  let i = 0;
  let peak = 0;
  const last = events.at(-1)!.t;
  const fireDue = async (t: number) => {
    for (;;) {
      const due = [...timers].filter(([, v]) => v.at <= t).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].fn();
      await service.idle();
    }
  };
  for (let t = T0 + 1500; i < events.length; t += 1500) {
    await fireDue(t);
    while (i < events.length && events[i]!.t < t) {
      const e = events[i++]!;
      now = Math.max(now, e.t);
      roster.observe(e);
      pipeline.input(e);
    }
    now = t;
    pipeline.tick(); // the content script ticks once a second; once per 1.5 s flush here
    await pipeline.batcher.flush('timer');
    if (t % 60_000 < 1500) {
      proto.transaction = original;
      peak = Math.max(peak, total(await storedBytes(store)) - empty);
      proto.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        transactions++;
        return original.apply(this, args);
      } as IDBDatabase['transaction'];
    }
    if (t > last + 60_000) break;
  }
  await pipeline.stop();
  await fireDue(now + 10_000);
  await service.idle();
  proto.transaction = original;

  const meeting = await store.meetings.get('bench_storage');
  if (!meeting || meeting.participants.length !== NAMES.length) throw new Error('bench call was not stored');
  const after = await storedBytes(store);
  const bytes = total(after) - empty;
  const acks = (await store.db.getAll('acknowledgements')).length;
  console.log(
    'method: roster → call pipeline → batcher → background service → store on fake-indexeddb, simulated clock; JSON bytes of all records after finalising minus empty DB',
  );
  console.log(
    `  ${events.length} events, ${acks} acknowledgements stored; per store: ${Object.entries(after)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} bytes; ${transactions} transactions, ${service.stats.checkpointWrites} checkpoint writes`,
  );
  report(
    `bytes stored per meeting-hour (8 people, ${MINUTES / 60} h)`,
    bytes / (MINUTES / 60),
    'bytes',
    budgets.storedBytesPerMeetingHour,
  );
  info('peak bytes during the call (checkpoint incl.)', peak, 'bytes');
  const b = budgets.storeTransactionsPerMeetingMinute;
  report(
    `IDB transactions per meeting-minute (8 people, ${MINUTES / 60} h)`,
    Math.round((transactions / MINUTES) * 10) / 10,
    b.unit,
    b,
  );
}

await main();
