/**
 * Every `opt…` message key the options page uses exists in every locale, with the same substitutions; keys
 * built at run time (`optNav_${section}` …) are expanded from the same constants the code uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_SORTS } from '@/components/options/history';
import { SECTIONS } from '@/components/options/route';
import { RANGES, SIZE_FILTERS } from '@/components/options/trends';

const root = join(__dirname, '../../../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of ['components/options', 'entrypoints/options']) {
    for (const f of readdirSync(join(root, dir))) {
      if (!/\.tsx?$/.test(f)) continue;
      const src = readFileSync(join(root, dir, f), 'utf8');
      for (const m of src.matchAll(/['"`](opt[A-Z][A-Za-z]*)['"`]/g)) keys.add(m[1]!);
    }
  }
  for (const s of SECTIONS) keys.add(`optNav_${s}`);
  for (const s of HISTORY_SORTS) keys.add(`optSort_${s}`);
  for (const r of RANGES) keys.add(`optRange_${r}`);
  for (const s of SIZE_FILTERS) keys.add(`optSize_${s}`);
  for (const d of ['up', 'down', 'steady']) keys.add(`optTrendDir_${d}`);
  return keys;
}

const placeholders = (m: Messages[string] | undefined) =>
  Object.values(m?.placeholders ?? {})
    .map((p) => p.content)
    .sort();

describe('options strings', () => {
  const en = load('en');
  const de = load('de');
  const keys = usedKeys();

  it('finds the keys the page uses', () => {
    expect(keys.size).toBeGreaterThan(100);
    expect(keys.has('optTrendShare')).toBe(true);
  });

  const LANGS = readdirSync(join(root, 'public/_locales')).sort();

  it('finds every locale', () => {
    expect(LANGS).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt_BR', 'pt_PT']);
  });

  it.each(LANGS)('%s has every key, non-empty', (lang) => {
    const msgs = load(lang);
    const missing = [...keys].filter((k) => !msgs[k]?.message.trim());
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('%s agrees with English on substitutions, and every placeholder is used', (lang) => {
    const msgs = load(lang);
    for (const k of keys) {
      expect(placeholders(msgs[k]), k).toEqual(placeholders(en[k]));
      for (const msg of [en[k], msgs[k]]) {
        for (const name of Object.keys(msg?.placeholders ?? {})) {
          expect(msg?.message.toLowerCase(), k).toContain(`$${name}$`);
        }
      }
    }
  });

  it('the German sentence says the same figure as the English one', () => {
    expect(en.optTrendShare?.message).toBe(
      'You spoke less than your fair share in $P1$ of your last $P2$ meetings.',
    );
    expect(de.optTrendShare?.message).toContain('$P1$');
  });
});
