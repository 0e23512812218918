import { afterEach, describe, expect, it } from 'vitest';
import { formatDuration as overlayDuration } from '@/components/overlay/derive';
import { S } from '@/components/overlay/strings';
import { ui } from '@/components/reflection/strings';
import { formatDuration } from '@/utils/duration';
import { makeFmt, formatDuration as promptDuration } from '@/utils/prompts/format';
import { translator, useLocale } from '../../setup/i18n';

const S_ = 1_000;
const MIN = 60 * S_;
const H = 60 * MIN;

const realIntl = globalThis.Intl;
afterEach(() => {
  // Only Intl: the test setup's fake browser is a global too, and must stay.
  globalThis.Intl = realIntl;
});

describe('formatDuration (the one duration format)', () => {
  it('writes 2 min 30 s as minutes and seconds, in English and German', () => {
    expect(formatDuration(150_000)).toBe('2 min 30 s');
    expect(formatDuration(150_000, translator('de'))).toBe('2 Min. 30 Sek.');
    useLocale('de');
    expect(formatDuration(150_000)).toBe('2 Min. 30 Sek.');
  });

  it.each([
    [0, '0 s', '0 Sek.'],
    [45 * S_, '45 s', '45 Sek.'],
    [59_500, '59 s', '59 Sek.'],
    [60 * S_, '1 min', '1 Min.'],
    [2 * MIN + 5 * S_, '2 min 05 s', '2 Min. 05 Sek.'],
    [149_600, '2 min 29 s', '2 Min. 29 Sek.'],
    [150_400, '2 min 30 s', '2 Min. 30 Sek.'],
    [9 * MIN + 59_600, '9 min 59 s', '9 Min. 59 Sek.'],
    [10 * MIN, '10 min', '10 Min.'],
    [12 * MIN + 45 * S_, '12 min', '12 Min.'],
    [H - 1, '59 min', '59 Min.'],
    [H, '1 h', '1 Std.'],
    [H + 5 * MIN + 59 * S_, '1 h 05 min', '1 Std. 05 Min.'],
    [25 * H + 30 * MIN, '25 h 30 min', '25 Std. 30 Min.'],
  ])('%i ms → "%s" / "%s" (floored, like the clock)', (ms, en, de) => {
    expect(formatDuration(ms, translator('en'))).toBe(en);
    expect(formatDuration(ms, translator('de'))).toBe(de);
  });

  it('reads nonsense as 0 s, never "NaN" or a negative time', () => {
    for (const ms of [-5000, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(formatDuration(ms)).toBe('0 s');
  });

  it('gives the same output whatever Intl does (no NumberFormat, PluralRules or DurationFormat in the path)', () => {
    const expected = [59_500, 149_600, 150_000, 599_600, H + 5 * MIN].map((ms) => formatDuration(ms));
    // An engine that rounds half to even, pads oddly and pluralises nothing — or has no Intl at all.
    class Quirky {
      format(n: number) {
        return `~${Math.round(n / 2) * 2}`;
      }
      select() {
        return 'few';
      }
      resolvedOptions() {
        return { locale: 'xx' };
      }
    }
    globalThis.Intl = {
      NumberFormat: Quirky,
      PluralRules: Quirky,
      DurationFormat: Quirky,
    } as unknown as typeof Intl;
    expect([59_500, 149_600, 150_000, 599_600, H + 5 * MIN].map((ms) => formatDuration(ms))).toEqual(
      expected,
    );
    globalThis.Intl = undefined as unknown as typeof Intl;
    expect([59_500, 149_600, 150_000, 599_600, H + 5 * MIN].map((ms) => formatDuration(ms))).toEqual(
      expected,
    );
  });
});

describe('every view writes durations the same way', () => {
  const cases = [59_500, 150_000, 599_600, 22 * MIN, H + 5 * MIN];
  it.each(['en', 'de'] as const)(
    'overlay rows, quiet markers, reflection and prompts agree in %s',
    (lang) => {
      useLocale(lang);
      const tr = translator(lang);
      for (const ms of cases) {
        const one = formatDuration(ms, tr);
        expect(overlayDuration(ms)).toBe(one);
        expect(promptDuration(ms, lang, tr)).toBe(one);
        expect(makeFmt(lang, tr).dur(ms)).toBe(one);
        expect(ui(lang).dur(ms)).toBe(one);
      }
      expect(S.quietFor(22)).toContain(formatDuration(22 * MIN, tr));
      expect(ui(lang).meta(150_000, 3, 0)).toContain(formatDuration(150_000, tr));
    },
  );
});
