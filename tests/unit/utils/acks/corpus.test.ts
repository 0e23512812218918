import { describe, expect, it } from 'vitest';
import { detectInText } from '@/utils/acks';
import { CORPUS, ROSTER } from './corpus';

const KINDS = ['thanks', 'credit', 'invitation', 'agreement'] as const;

function score() {
  const per = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    (typeof KINDS)[number],
    { tp: number; fp: number; fn: number }
  >;
  const misses: string[] = [];
  for (const [lang, speaker, text, expected] of CORPUS) {
    const want = new Set(expected ? expected.split(',') : []);
    const got = new Set(detectInText(text, speaker, ROSTER, lang).map((a) => `${a.toId}:${a.kind}`));
    for (const g of got) {
      const kind = g.split(':')[1] as (typeof KINDS)[number];
      if (want.has(g)) per[kind].tp++;
      else {
        per[kind].fp++;
        misses.push(`FP ${lang} ${JSON.stringify(text)} → ${g}`);
      }
    }
    for (const w of want) {
      if (got.has(w)) continue;
      per[w.split(':')[1] as (typeof KINDS)[number]].fn++;
      misses.push(`FN ${lang} ${JSON.stringify(text)} ✗ ${w}`);
    }
  }
  return { per, misses };
}

describe('acknowledgement corpus', () => {
  it('has at least 150 labelled lines covering every kind, negatives and German', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(CORPUS.filter((l) => l[0] === 'de').length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.filter((l) => l[3] === '').length).toBeGreaterThanOrEqual(40);
    for (const k of KINDS)
      for (const lang of ['en', 'de']) {
        expect(CORPUS.some((l) => l[0] === lang && l[3].includes(`:${k}`))).toBe(true);
      }
  });

  it('reaches precision ≥ 0.9 and recall ≥ 0.8 overall', () => {
    const { per, misses } = score();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const rows = ['kind        precision  recall   tp  fp  fn'];
    for (const k of KINDS) {
      const s = per[k];
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
      rows.push(
        `${k.padEnd(11)} ${(s.tp / (s.tp + s.fp || 1)).toFixed(3).padStart(9)} ${(s.tp / (s.tp + s.fn || 1)).toFixed(3).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
      );
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    rows.push(
      `overall     ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)} ${String(tp).padStart(4)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}`,
    );
    console.log(
      `ack corpus (${CORPUS.length} lines)\n${rows.join('\n')}${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
