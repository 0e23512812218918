/**
 * Acknowledgement detection cost per caption update: a call where each sentence (~20 words) streams in
 * word by word as progressive rewrites of one caption entry, a quarter of sentences get a correction, and
 * about one in three carries an acknowledgement. Every push is timed individually, so the figure includes
 * the finalisation (rule matching) that some updates trigger. Printed for 10 people (mean, p99) and for a
 * 49-person roster (median, the figure).
 *
 * Run: node --import tsx --expose-gc bench/acks.bench.ts
 */
import { createAckDetector } from '../utils/acks';
import type { MeetingEvent } from '../utils/meeting/events';
import { budgets, report } from './budgets';

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

/** 49 distinct first names, so every ack in the stream is resolvable (a shared first name never counts). */
const FIRST = (
  'Priya Sam Lee María Mark Alexandra Christopher Katharina Will Grace Dana Søren Zoë Jürgen James Olu Mei ' +
  'Tomás Ingrid Rahul Fatima Yuki Noah Amara Lukas Chloé Diego Hana Ivan Leila Mateo Nadia Omar Paula ' +
  'Quentin Rosa Stefan Tariq Ursula Viktor Wen Ximena Yusuf Zara Anika Bruno Carmen Dmitri Elif'
).split(' ');
const LAST = [
  'Shah',
  'Okafor',
  'Chen',
  'García',
  'Jones',
  'Ivanova',
  'Wu',
  'Müller',
  'Turner',
  'Kim',
  'Nair',
];
const FILLER =
  'so I think the main thing for this quarter is that we keep the scope small and ship the first version of the report before the review next week because the data looks stable now'.split(
    ' ',
  );
const ACKS = [
  (n: string) => `thanks ${n} for pulling this together`,
  (n: string) => `great point ${n}`,
  (n: string) => `${n} what do you think`,
  (n: string) => `I agree with ${n}`,
  (n: string) => `building on ${n}'s idea`,
  (n: string) => `as ${n} said`,
];

function* captionStream(people: number, sentences: number, seed: number): Generator<MeetingEvent> {
  const r = rng(seed);
  const names = Array.from({ length: people }, (_, i) => `${FIRST[i]} ${LAST[(i * 7) % LAST.length]}`);
  for (let i = 0; i < people; i++)
    yield { type: 'participant.joined', t: 0, id: `p${i}`, name: names[i]!, isSelf: i === 0 };
  let t = 0;
  for (let s = 0; s < sentences; s++) {
    const speaker = Math.floor(r() * people);
    const words: string[] = [];
    const start = Math.floor(r() * 10);
    for (let w = 0; w < 20; w++) words.push(FILLER[(start + w) % FILLER.length]!);
    if (r() < 0.35) {
      const other = (speaker + 1 + Math.floor(r() * (people - 1))) % people;
      const phrase = ACKS[Math.floor(r() * ACKS.length)]!(names[other]!.split(' ')[0]!).split(' ');
      words.splice(Math.floor(r() * 10), phrase.length, ...phrase);
    }
    const captionId = `c${s}`;
    for (let w = 1; w <= words.length; w++) {
      t += 150 + Math.floor(r() * 300);
      yield {
        type: 'caption',
        t,
        captionId,
        speakerId: `p${speaker}`,
        speakerName: names[speaker]!,
        text: words.slice(0, w).join(' '),
        replaces: w > 1,
      };
    }
    if (r() < 0.25) {
      t += 900;
      yield {
        type: 'caption',
        t,
        captionId,
        speakerId: `p${speaker}`,
        speakerName: names[speaker]!,
        text: `${words.join(' ')}.`,
        replaces: true,
      };
    }
    t += 500 + Math.floor(r() * 2000);
  }
}

function measure(people: number, sentences: number, seed: number): { times: number[]; acks: number } {
  const d = createAckDetector({ language: 'en' });
  const times: number[] = [];
  let acks = 0;
  for (const e of captionStream(people, sentences, seed)) {
    if (e.type !== 'caption') {
      d.push(e);
      continue;
    }
    const t0 = performance.now();
    acks += d.push(e).length;
    times.push(performance.now() - t0);
  }
  acks += d.flush().length;
  return { times, acks };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

measure(10, 400, 1); // warm-up: JIT and compiled rules
globalThis.gc?.();
const ten = measure(10, 2_000, 42);
const tenSorted = [...ten.times].sort((a, b) => a - b);
const mean = ten.times.reduce((a, b) => a + b, 0) / ten.times.length;
console.log(`10 people: ${ten.times.length.toLocaleString('en-US')} caption updates, ${ten.acks} acks`);
report('ackPerCaptionUpdateMs (10 people, mean)', mean, 'ms', budgets.ackPerCaptionUpdateMs);
report('ackPerCaptionUpdateMs (10 people, p99)', pct(tenSorted, 0.99), 'ms', budgets.ackPerCaptionUpdateMs);
globalThis.gc?.();
const big = measure(49, 1_000, 7);
const bigSorted = [...big.times].sort((a, b) => a - b);
console.log(`49 people: ${big.times.length.toLocaleString('en-US')} caption updates, ${big.acks} acks`);
report('ackPerCaptionUpdateMs (49 people, median)', pct(bigSorted, 0.5), 'ms', budgets.ackPerCaptionUpdateMs);
report('ackPerCaptionUpdateMs (49 people, p99)', pct(bigSorted, 0.99), 'ms', budgets.ackPerCaptionUpdateMs);
