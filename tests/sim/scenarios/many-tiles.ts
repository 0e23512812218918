/**
 * Generator for load scenarios (the benchmark): `n` people including self, `changesPerSecond` speaker
 * changes, `durationMs` long. Deterministic for a given seed. Each slot of 1000/k ms is one person's turn
 * (back-to-back, never the same person twice in a row), optionally with a caption; a share of people have
 * their camera on; the call ends with the host ending it.
 */
import { defineScenario, type Scenario, type ScenarioInput } from '../scenario';

export interface ManyTilesOptions {
  n: number;
  changesPerSecond: number;
  durationMs: number;
  captions?: boolean;
  /** Fraction (0..1) of participants with camera on. */
  cameraShare?: number;
  seed?: number;
}

const FIRST = [
  'Ana',
  'Björn',
  'Chloé',
  'Dário',
  'Élodie',
  'Farah',
  'Gülşen',
  'Håkon',
  'Ígor',
  'Jūratė',
  '陈',
  'Łucja',
  'Mónica',
  'Nnamdi',
  'Øystein',
  'Pooja',
  'Quỳnh',
  'Radu',
  'Søren',
  'Tiên',
  'Ulla',
  'Văn',
  'Wojtek',
  'Ximena',
  'Yaroslav',
  'Zé',
];
const LAST = [
  'Almeida',
  'Brandt',
  'Çelik',
  'Duarte',
  'Eriksen',
  'Fjällström',
  'García',
  'Horváth',
  'Ishikawa',
  'Jovanović',
  'Kowalczyk',
  'Lindqvist',
  'Müller',
  'Nakamura',
  'Ólafsdóttir',
  'Petrović',
  'Rønning',
  'Šimić',
  'Tanaka',
  'Urbánek',
  'Vásquez',
  '王',
  'Żak',
];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function manyTiles(opts: ManyTilesOptions): Scenario {
  const { n, changesPerSecond: k, durationMs } = opts;
  if (n < 2 || n > 100) throw new Error('manyTiles: n must be 2..100');
  if (k <= 0) throw new Error('manyTiles: changesPerSecond must be > 0');
  const rand = rng(opts.seed ?? 7);
  const camOn = Math.round(n * (opts.cameraShare ?? 0.3));
  const participants: ScenarioInput['participants'] = Array.from({ length: n }, (_, i) => ({
    id: i === 0 ? 'me' : `p${i}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= FIRST.length ? ` ${Math.floor(i / FIRST.length) + 1}` : ''}`,
    isSelf: i === 0,
    camera: i < camOn,
  }));
  const slot = Math.max(1, Math.round(1000 / k));
  const steps: ScenarioInput['steps'] = [];
  let prev = -1;
  for (let at = 0; at + slot <= durationMs; at += slot) {
    let who = Math.floor(rand() * n);
    if (who === prev) who = (who + 1) % n;
    prev = who;
    const id = participants[who]!.id;
    steps.push({ at, type: 'speak', who: id, durationMs: slot });
    if (opts.captions) {
      steps.push({
        at,
        type: 'caption',
        who: id,
        text: `point ${at / slot} about item ${who}`,
        durationMs: Math.max(1, Math.round(slot * 0.8)),
      });
    }
  }
  steps.push({ at: durationMs, type: 'end', reason: 'ended_by_host' });
  return defineScenario({
    name: `many-tiles-${n}x${k}`,
    description: `${n} participants, ${k} speaker changes per second, ${durationMs} ms`,
    title: 'All hands',
    captions: opts.captions ?? false,
    participants,
    steps,
  });
}
