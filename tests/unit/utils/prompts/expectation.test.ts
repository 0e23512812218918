/**
 * Fair share by role (expectation.ts), personal targets (targets.ts) and the series settings they read
 * (utils/store/series.ts, the settings schema), on hand-computed figures.
 */
import { describe, expect, it } from 'vitest';
import { evaluateRules, renderFinding } from '@/utils/prompts';
import { buildContext } from '@/utils/prompts/context';
import { expectationFor, HOST_WEIGHT, PRESENTER_WEIGHT } from '@/utils/prompts/expectation';
import { evaluateTargets, targetsMetFraction } from '@/utils/prompts/targets';
import { type SeriesSettings, seriesFor } from '@/utils/store/series';
import { parseSettings, settingsPatchSchema } from '@/utils/store/settings';
import { makeSummary, teamCall } from './factory';

const series = (o: Partial<SeriesSettings> = {}): SeriesSettings => ({
  role: 'participant',
  presenters: [],
  targets: { maxSharePct: null, inviteQuiet: false, ackByName: false },
  ...o,
});
const four = (selfMin: number) =>
  makeSummary({
    durationMin: 40,
    people: [
      { name: 'Me', self: true, spokeMin: selfMin },
      { name: 'Sam', spokeMin: 8 },
      { name: 'Ana', spokeMin: 8 },
      { name: 'Lee', spokeMin: 8 },
    ],
  });

describe('expected share by role', () => {
  it('is the even share without a role, and weighs a host, a presenter and other presenters', () => {
    const s = four(8);
    expect(expectationFor(s, null)).toMatchObject({ basis: 'even', share: 0.25, n: 4 });
    expect(expectationFor(s, series({ role: 'host' }))!.share).toBeCloseTo(
      HOST_WEIGHT / (HOST_WEIGHT + 3),
      9,
    );
    expect(expectationFor(s, series({ role: 'presenter' }))!.share).toBeCloseTo(3 / 6, 9);
    // Lee presents (weight 3): I expect 1 / (1 + 1 + 1 + 3) = 1/6.
    const other = expectationFor(s, series({ presenters: [' lee '] }))!;
    expect(other).toMatchObject({ basis: 'other-presenter', presenters: ['Lee'] });
    expect(other.share).toBeCloseTo(1 / (3 + PRESENTER_WEIGHT), 9);
    expect(expectationFor({ ...s, fairShare: null }, series({ role: 'host' }))).toBeNull();
  });

  it('a presenter carrying half the talk is not told so; a participant doing it is', () => {
    // I spoke 24 of 48 min = 50 % of four people: twice the even share.
    const s = four(24);
    const fired = (x: SeriesSettings | null) => evaluateRules(buildContext(s, x)).map((f) => f.ruleId);
    expect(fired(null)).toContain('presenter-airtime');
    expect(fired(series({ role: 'presenter' }))).not.toContain('presenter-airtime');
  });

  it('self-quiet measures a host against the host expectation, and says so in its evidence', () => {
    // 4.5 of 28.5 min = 15.8 %: above half an even share (12.5 %), below half the host's expected
    // 1.5 / 4.5 = 33 % (16.7 %).
    const s = four(4.5);
    const rule = (x: SeriesSettings | null) =>
      evaluateRules(buildContext(s, x)).find((f) => f.ruleId === 'self-quiet');
    expect(rule(null)).toBeUndefined();
    const host = rule(series({ role: 'host' }))!;
    expect(host).toBeDefined();
    expect(renderFinding(host, 'en').evidence).toContain(
      'As host you may expect about 33% of the talk (an even share would be 25%).',
    );
  });
});

describe('personal targets', () => {
  it('judges each target that is on, and unknown where the signal was not seen', () => {
    const s = teamCall(); // my share 14/38 = 37 %; I invited Sam (21 %: not quiet), thanked Ana and Kim.
    const t = { maxSharePct: 40, inviteQuiet: true, ackByName: true };
    expect(evaluateTargets(s, t).map((r) => r.state)).toEqual(['met', 'not-met', 'met']);
    expect(targetsMetFraction(evaluateTargets(s, t))).toBeCloseTo(2 / 3, 9);
    const blind = { ...s, coverage: { ...s.coverage, speaking: 0.1, captions: 0, chat: 0 } };
    expect(evaluateTargets(blind, t).map((r) => r.state)).toEqual(['unknown', 'unknown', 'met']);
    expect(evaluateTargets(s, null)).toEqual([]);
    expect(targetsMetFraction([])).toBeNull();
  });

  it('a manual mark or an emoji is not acknowledging by name', () => {
    const s = { ...teamCall(), acks: teamCall().acks.map((a) => ({ ...a, source: 'manual' as const })) };
    expect(evaluateTargets(s, { maxSharePct: null, inviteQuiet: false, ackByName: true })[0]!.state).toBe(
      'not-met',
    );
  });
});

describe('series settings', () => {
  it('a meeting code wins over its title, a title over all calls', () => {
    const map = {
      '*': series({ role: 'host' }),
      'title:team sync': series({ role: 'presenter' }),
      'code:abc-defg-hij': series({ presenters: ['Lee'] }),
    };
    expect(seriesFor(map, 'abc-defg-hij', 'Team Sync')?.key).toBe('code:abc-defg-hij');
    expect(seriesFor(map, 'zzz', ' Team  Sync ')?.key).toBe('title:team sync');
    expect(seriesFor(map, null, null)?.key).toBe('*');
    expect(seriesFor({}, 'x', 'y')).toBeNull();
  });

  it('the store validates them strictly on save and falls back alone on read', () => {
    expect(settingsPatchSchema.safeParse({ series: { '*': series() } }).success).toBe(true);
    expect(
      settingsPatchSchema.safeParse({
        series: { '*': series({ targets: { maxSharePct: 0, inviteQuiet: false, ackByName: false } }) },
      }).success,
    ).toBe(false);
    expect(settingsPatchSchema.safeParse({ series: { __proto__x: series() } }).success).toBe(false);
    const read = parseSettings({ tracking: false, series: { '*': { role: 'boss' } } });
    expect(read.series).toEqual({});
    expect(read.tracking).toBe(false);
  });
});
