/**
 * Content-script heap over a long call. The content script's recording path — roster, call pipeline (pause
 * gate, acknowledgement detector, local meeting model, event batcher) and the overlay's once-a-second
 * snapshot — takes its clock and timers by injection, so 8 h of a busy call (issue 24, point 6: the
 * 8-hour call) is driven here in Node in well under a minute: a simulated clock advances in 250 ms steps, each step feeding what a 49-tile Meet call with 4
 * speaker changes per second produces (speaking start/stop, a caption entry rewritten word by word per turn,
 * a chat message every 2 s with an occasional "thanks <name>", camera toggles, a new person joining and one
 * leaving every 2 minutes); the batcher's 1.5 s timer fires on that clock and a fake background confirms
 * every batch. Heap = V8 `heapUsed` after a forced GC, minus the same before the pipeline was created; read
 * every simulated hour. (The adapter and overlay code's own heap in a real tab is in content-overhead's
 * "JS heap … more with" line.)
 *
 * Run: node --import tsx --expose-gc bench/heap.bench.ts
 */
// The content script loads one rule table on demand; here every shipped table is registered up front.
import '../utils/acks/languages';
import { createCallPipeline } from '../utils/content/call-pipeline';
import { createRoster } from '../utils/content/roster';
import type { MeetingEvent } from '../utils/meeting/events';
import { budgets, report } from './budgets';
import { info } from './lib/print';

const HOURS = 8;
const PEOPLE = 49;
const T0 = Date.UTC(2026, 0, 5, 9);
const FIRST = ['Ana', 'Björn', 'Chloé', 'Dário', 'Élodie', 'Farah', 'Gülşen', 'Håkon', 'Ígor', 'Jūratė'];

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function heap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function main() {
  const base = heap();
  let now = T0;
  let sentEvents = 0;
  const roster = createRoster();
  const pipeline = createCallPipeline({
    platform: 'meet',
    sessionId: 'bench_heap',
    now: () => now,
    acks: { enabled: true, language: 'en' },
    roster,
    send: async (m) => {
      sentEvents += m.events.length;
      const seq = m.firstSeq + m.events.length - 1;
      return { durableSeq: seq, appliedSeq: seq };
    },
    batcher: {
      timers: {
        // The 1.5 s flush is driven on the simulated clock below instead.
        setInterval: () => 1,
        clearInterval: () => undefined,
      },
    },
  });
  const input = (e: MeetingEvent) => {
    roster.observe(e);
    pipeline.input(e);
  };
  const r = rng(11);
  const present: { id: string; name: string }[] = [];
  let nextPerson = 0;
  const join = (t: number) => {
    const i = nextPerson++;
    const p = { id: `spaces/SPbench/devices/${i}`, name: `${FIRST[i % FIRST.length]} ${i}` };
    present.push(p);
    input({ type: 'participant.joined', t, id: p.id, name: p.name, isSelf: i === 0 });
  };
  input({ type: 'call.started', t: now, platform: 'meet', meetingCode: 'abc-defg-hij', title: 'All hands' });
  for (let i = 0; i < PEOPLE; i++) join(now);

  const samples: number[] = [];
  let events = 0;
  let speaker: { id: string; name: string } | null = null;
  let caption = 0;
  let words: string[] = [];
  const end = T0 + HOURS * 3_600_000;
  let nextFlush = now + 1500;
  let nextTick = now + 1000;
  let nextHour = now + 3_600_000;
  const count = (e: MeetingEvent) => {
    events++;
    input(e);
  };
  for (; now < end; now += 250) {
    // A new turn every 250 ms (4 speaker changes per second), its caption written word by word.
    if (speaker) count({ type: 'speaking.stopped', t: now, id: speaker.id });
    let next = present[Math.floor(r() * present.length)]!;
    if (next === speaker) next = present[(present.indexOf(next) + 1) % present.length]!;
    speaker = next;
    count({ type: 'speaking.started', t: now, id: speaker.id });
    caption++;
    const other = present[Math.floor(r() * present.length)]!;
    words = (
      r() < 0.1
        ? `thanks ${other.name.split(' ')[0]} that was helpful`
        : `point ${caption} about item ${caption % 97}`
    ).split(' ');
    for (let w = 1; w <= words.length; w++) {
      count({
        type: 'caption',
        t: now + w * 40,
        captionId: `c${caption}`,
        speakerId: speaker.id,
        speakerName: speaker.name,
        text: words.slice(0, w).join(' '),
        replaces: false,
      });
    }
    if (now % 2000 === 0) {
      const from = present[Math.floor(r() * present.length)]!;
      count({
        type: 'chat',
        t: now + 1,
        senderId: from.id,
        senderName: from.name,
        isSelf: false,
        text: r() < 0.1 ? `thank you ${other.name.split(' ')[0]}!` : `see the doc, section ${caption % 13}`,
      });
    }
    if (r() < 0.01) count({ type: r() < 0.5 ? 'camera.on' : 'camera.off', t: now + 2, id: other.id });
    if (now % 120_000 === 0 && now > T0) {
      const leaving = present.splice(1 + Math.floor(r() * (present.length - 1)), 1)[0]!;
      if (leaving === speaker) {
        count({ type: 'speaking.stopped', t: now + 3, id: leaving.id });
        speaker = null;
      }
      count({ type: 'participant.left', t: now + 3, id: leaving.id });
      join(now + 4);
    }
    if (now >= nextTick) {
      nextTick += 1000;
      pipeline.tick();
      pipeline.snapshot();
    }
    if (now >= nextFlush) {
      nextFlush += 1500;
      await pipeline.batcher.flush('timer');
    }
    if (now >= nextHour) {
      nextHour += 3_600_000;
      samples.push(heap() - base);
    }
  }
  count({ type: 'call.ended', t: now, reason: 'left' });
  samples.push(heap() - base);
  const stats = pipeline.batcher.stats();
  await pipeline.stop();

  const mb = (n: number) => Math.round((n / 1048576) * 100) / 100;
  console.log(
    `method: call pipeline + roster in Node, ${HOURS} h of a 49-tile call at 4 changes/s on a simulated clock; heapUsed after gc() minus before, read hourly`,
  );
  console.log(
    `  ${events.toLocaleString('en-US')} events in, ${sentEvents.toLocaleString('en-US')} sent, queue ${stats.queued}, dropped ${stats.dropped}; hourly heap ${samples.map((s) => `${mb(s)} MB`).join(', ')}`,
  );
  report(`pipeline heap after ${HOURS} h (49 tiles)`, mb(samples.at(-1)!), 'MB', budgets.contentHeapMB);
  const growth = (samples.at(-1)! - samples[0]!) / (samples.length - 1);
  report('pipeline heap growth per hour (h1 → end)', mb(growth), 'MB/h', budgets.contentHeapGrowthMBPerHour);
  info('events driven per hour', Math.round(events / HOURS), 'events');
}

await main();
