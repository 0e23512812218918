import { describe, expect, it } from 'vitest';
import { CORPUS, type CorpusEntry, ROSTERS } from '@/tests/fixtures/acks';
import { detectInText } from '@/utils/acks';

const KINDS = ['thanks', 'credit', 'invitation', 'agreement'] as const;
type Kind = (typeof KINDS)[number];
const LANGS = ['en', 'de'] as const;
/** Issue 8 acceptance: overall precision and recall floors. */
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.85;

const lines = LANGS.flatMap((lang) => CORPUS[lang].map((entry) => ({ lang, entry })));

function score(only?: (entry: CorpusEntry) => boolean) {
  const per = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Kind,
    { tp: number; fp: number; fn: number }
  >;
  const misses: string[] = [];
  for (const { lang, entry } of lines) {
    if (only && !only(entry)) continue;
    const roster = ROSTERS[entry.roster ?? 'team'];
    const want = new Set(entry.acks.map((a) => `${a.to}:${a.kind}`));
    const got = new Set(
      detectInText(entry.text, entry.speaker, roster, lang).map((a) => `${a.toId}:${a.kind}`),
    );
    for (const g of got) {
      const kind = g.split(':')[1] as Kind;
      if (want.has(g)) per[kind].tp++;
      else {
        per[kind].fp++;
        misses.push(`FP ${lang} ${JSON.stringify(entry.text)} → ${g}`);
      }
    }
    for (const w of want) {
      if (got.has(w)) continue;
      per[w.split(':')[1] as Kind].fn++;
      misses.push(`FN ${lang} ${JSON.stringify(entry.text)} ✗ ${w}`);
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  const row = (label: string, s: { tp: number; fp: number; fn: number }) =>
    `| ${label.padEnd(10)} | ${ratio(s.tp, s.tp + s.fp).toFixed(3)} | ${ratio(s.tp, s.tp + s.fn).toFixed(3)} | ${String(s.tp).padStart(3)} | ${String(s.fp).padStart(2)} | ${String(s.fn).padStart(2)} |`;
  const rows = ['| kind       | precision | recall | tp | fp | fn |', '|---|---|---|---|---|---|'];
  for (const k of KINDS) {
    const s = per[k];
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    rows.push(row(k, s));
  }
  rows.push(row('overall', { tp, fp, fn }));
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), table: rows.join('\n'), misses };
}

describe('acknowledgement corpus (tests/fixtures/acks)', () => {
  it('has ≥ 300 utterances (en ≥ 220, de ≥ 80) covering every kind and negatives in both languages', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(CORPUS.en.length).toBeGreaterThanOrEqual(220);
    expect(CORPUS.de.length).toBeGreaterThanOrEqual(80);
    for (const lang of LANGS) {
      expect(CORPUS[lang].filter((e) => e.acks.length === 0).length).toBeGreaterThanOrEqual(25);
      for (const k of KINDS) expect(CORPUS[lang].some((e) => e.acks.some((a) => a.kind === k))).toBe(true);
    }
  });

  it('refers only to participants of the entry’s roster', () => {
    for (const { entry } of lines) {
      const ids = new Set<string>(ROSTERS[entry.roster ?? 'team'].map((p) => p.id));
      expect(ids.has(entry.speaker), entry.text).toBe(true);
      for (const a of entry.acks) expect(ids.has(a.to), entry.text).toBe(true);
    }
  });

  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} overall`, () => {
    const { precision, recall, table, misses } = score();
    console.log(
      `ack corpus (${lines.length} utterances: en ${CORPUS.en.length}, de ${CORPUS.de.length})\n${table}${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
