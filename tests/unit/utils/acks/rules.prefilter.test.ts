/**
 * The word check before each rule's regex (rules.ts `requiredWords`) must never skip a rule that would have
 * matched: over the whole corpus, in both languages, every rule and veto that matches the coded text passes
 * the check, and detection gives the same results with it as without. It must also skip: most rules are
 * never run on a text that has none of their words.
 */
import { describe, expect, it } from 'vitest';
import { CORPUS, ROSTERS } from '@/tests/fixtures/acks';
import '@/utils/acks';
import { detectInText } from '@/utils/acks/detect';
import { de } from '@/utils/acks/languages/de';
import { en } from '@/utils/acks/languages/en';
import { resolveAckLanguage } from '@/utils/acks/languages/registry';
import { compileLanguage, mayMatch, requiredWords } from '@/utils/acks/rules';

const LANGS = { en, de } as const;

describe('the rules’ word check', () => {
  it('derives words only from what a match needs', () => {
    const lists = { thanks: ['thanks', 'thank you'] };
    expect(requiredWords('{@thanks} (to|for) {N*}', lists)).toEqual([
      ['thanks', 'thank'],
      ['to', 'for'],
    ]);
    expect(requiredWords('(i|we) (really |truly )?appreciate {N*}', lists)).toEqual([['i', 'we']]);
    expect(requiredWords('{N} deserves (the |a lot of )?credit', lists)).toEqual([['deserves']]);
    // A top-level alternative, an optional word or a group with nested syntax gives nothing to check.
    expect(requiredWords('thanks {N}|{N} thanks', lists)).toEqual([]);
    expect(requiredWords('thanks? {N}', lists)).toEqual([]);
    expect(requiredWords('({@thanks}|cheers) {N}', lists)).toEqual([]);
    expect(mayMatch([['thanks', 'thank'], ['to']], 'thank you to @0')).toBe(true);
    expect(mayMatch([['thanks', 'thank'], ['to']], 'thank you @0')).toBe(false);
    expect(mayMatch([], 'anything')).toBe(true);
  });

  for (const [code, lang] of Object.entries(LANGS)) {
    it(`never skips a rule or veto that matches (${code} corpus)`, () => {
      // detectInText resolves the code to this very table, so emptying its checks below reaches it.
      expect(resolveAckLanguage(code)).toBe(lang);
      const compiled = compileLanguage(lang);
      let checked = 0;
      let skipped = 0;
      for (const entry of CORPUS[code as keyof typeof CORPUS]) {
        // The regexes run on the coded text (names as @k); the raw folded text with every word is a
        // superset check, and the coded form is checked through detection below.
        const text = entry.text.toLowerCase();
        for (const r of [...compiled.rules, ...compiled.vetoes]) {
          checked++;
          if (!mayMatch(r.needs, text)) skipped++;
        }
        const roster = ROSTERS[entry.roster ?? 'team'];
        const withCheck = detectInText(entry.text, entry.speaker, roster, code as 'en' | 'de');
        // The same cached compiled language detectInText uses, its checks emptied for one run.
        const all = [...compileLanguage(lang).rules, ...compileLanguage(lang).vetoes] as unknown as {
          needs: unknown;
        }[];
        const saved = all.map((r) => r.needs);
        for (const r of all) r.needs = [];
        try {
          const without = detectInText(entry.text, entry.speaker, roster, code as 'en' | 'de');
          expect(withCheck, entry.text).toEqual(without);
        } finally {
          for (const [i, r] of all.entries()) r.needs = saved[i];
        }
      }
      // Most rules are skipped on a typical utterance: the point of the check.
      expect(skipped / checked).toBeGreaterThan(0.5);
    });
  }
});
