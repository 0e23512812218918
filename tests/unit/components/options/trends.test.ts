import { describe, expect, it } from 'vitest';
import { insightsFromExport, ratingsOf } from '@/components/options/data';
import {
  aggregate,
  DEFAULT_FILTERS,
  direction,
  type MeetingPoint,
  matches,
  rangeStart,
  recurringOptions,
  sentences,
  type TrendFilters,
  toPoint,
} from '@/components/options/trends';
import { call, DAY, fakeClient, NOW } from './fixtures';

const all: TrendFilters = { ...DEFAULT_FILTERS, range: 'all' };

describe('toPoint', () => {
  it('takes the figures of a fully visible meeting', () => {
    const p = toPoint(call('a', { selfMin: 2, acksTo: ['Sam'] }).meeting, { room: 4, interest: null });
    expect(p.selfShare).toBeCloseTo(2 / 12);
    expect(p.fairShare).toBeCloseTo(1 / 3);
    expect(p.balance).not.toBeNull();
    expect(p.camera).toBe(1);
    expect(p.acksGiven).toBe(1);
    expect(p.acksReceived).toBe(0);
    expect(p.silent).toBe(0);
    expect(p).toMatchObject({ room: 4, interest: null, size: 'small' });
  });

  it('keeps unknown as null, never 0', () => {
    const p = toPoint(call('a', { coverage: { speaking: 0.2, camera: 0, captions: 0.1, chat: 0 } }).meeting);
    expect(p).toMatchObject({
      selfShare: null,
      fairShare: null,
      balance: null,
      camera: null,
      acksGiven: null,
      acksReceived: null,
      silent: null,
      room: null,
      interest: null,
    });
  });

  it('is unknown for self figures when the user was not identified', () => {
    const s = call('a');
    s.meeting.selfId = null;
    for (const p of s.meeting.participants) p.isSelf = false;
    const p = toPoint(s.meeting);
    expect(p.selfShare).toBeNull();
    expect(p.camera).toBeNull();
    expect(p.acksGiven).toBeNull();
    expect(p.balance).not.toBeNull(); // the group's balance does not need self
  });
});

function pts(): MeetingPoint[] {
  return [
    toPoint(call('old', { daysAgo: 200, selfMin: 1, platform: 'zoom', code: '123' }).meeting),
    toPoint(call('q', { daysAgo: 60, selfMin: 1, title: 'Team sync' }).meeting),
    toPoint(
      call('w1', { daysAgo: 10, selfMin: 20, title: 'Team  Sync', others: ['A', 'B', 'C', 'D', 'E', 'F'] })
        .meeting,
    ),
    toPoint(call('w2', { daysAgo: 5, selfMin: 1, coverage: { speaking: 0 } }).meeting),
    toPoint(call('w3', { daysAgo: 2, selfMin: 1, others: ['Sam'], silent: ['Sam'] }).meeting),
  ];
}

describe('ranges and filters', () => {
  it('range starts', () => {
    expect(rangeStart('4w', NOW)).toBe(NOW - 28 * DAY);
    expect(rangeStart('quarter', NOW)).toBe(NOW - 91 * DAY);
    expect(rangeStart('year', NOW)).toBe(NOW - 365 * DAY);
    expect(rangeStart('all', NOW)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('counts meetings per range, platform, recurring meeting and size', () => {
    const p = pts();
    const n = (f: Partial<TrendFilters>) => aggregate(p, { ...all, ...f }, NOW).meetings;
    expect(n({})).toBe(5);
    expect(n({ range: '4w' })).toBe(3);
    expect(n({ range: 'quarter' })).toBe(4);
    expect(n({ range: 'year' })).toBe(5);
    expect(n({ platform: 'zoom' })).toBe(1);
    expect(n({ platform: 'meet' })).toBe(4);
    expect(n({ recurring: 'title:team sync' })).toBe(2);
    expect(n({ recurring: 'code:123' })).toBe(1);
    expect(n({ size: 'pair' })).toBe(1);
    expect(n({ size: 'large' })).toBe(1);
    expect(n({ size: 'small', range: '4w' })).toBe(1);
    expect(matches(p[0]!, { ...all, platform: 'meet' }, -Infinity)).toBe(false);
  });

  it('offers codes and titles seen at least twice as recurring meetings', () => {
    expect(recurringOptions(pts())).toEqual([
      { value: 'code:abc-defg-hij', label: 'abc-defg-hij', count: 4 },
      { value: 'title:team sync', label: 'Team sync', count: 2 },
    ]);
  });

  it('leaves unknown figures out of each chart', () => {
    const d = aggregate(pts(), all, NOW);
    expect(d.series.share.x).toHaveLength(4); // w2: speaking not visible
    expect(d.series.balance.x).toHaveLength(4);
    expect(d.series.silent.ys[0]).toEqual([0, 0, 0, 1]);
    expect(d.series.camera.x).toHaveLength(5);
    expect(d.series.ratings.x).toHaveLength(0);
    expect(d.series.share.x[0]).toBe((NOW - 200 * DAY) / 1000); // uPlot time is seconds
  });
});

describe('sentences', () => {
  it('counts below-fair-share meetings among the last ten where it is known', () => {
    const points = Array.from({ length: 14 }, (_, i) =>
      toPoint(
        call(`m${i}`, {
          daysAgo: 30 - i,
          selfMin: i % 2 === 0 ? 1 : 20,
          coverage: i === 13 ? { speaking: 0 } : undefined,
        }).meeting,
      ),
    );
    const s = sentences(aggregate(points, all, NOW));
    // Known: m0..m12 (13); the last ten are m3..m12: below in even ones → m4,6,8,10,12 = 5.
    expect(s.share).toEqual([{ key: 'optTrendShare', subs: ['5', '10'] }]);
    const named = sentences(aggregate(points, all, NOW), 'en', 'Team sync');
    expect(named.share).toEqual([{ key: 'optTrendShareNamed', subs: ['5', '10', 'Team sync'] }]);
  });

  it('says "none visible" instead of zeros when nothing is known', () => {
    const p = [toPoint(call('a', { coverage: { speaking: 0, camera: 0, captions: 0, chat: 0 } }).meeting)];
    const s = sentences(aggregate(p, all, NOW));
    for (const id of ['share', 'balance', 'camera', 'acks', 'silent'] as const) {
      expect(s[id]).toEqual([{ key: 'optTrendNone', subs: [] }]);
    }
    expect(s.ratings).toEqual([{ key: 'optTrendNoRatings', subs: [] }]);
  });

  it('single meeting', () => {
    const s = sentences(aggregate([toPoint(call('a', { selfMin: 1 }).meeting)], all, NOW));
    expect(s.share).toEqual([{ key: 'optTrendShareOne', subs: ['1', '1'] }]);
    expect(s.balance).toHaveLength(1); // no direction from one value
  });

  it('sums acknowledgements, silent meetings, camera and ratings; formats per locale', () => {
    const points = [
      toPoint(call('a', { daysAgo: 3, acksTo: ['Sam', 'Ana'] }).meeting, { room: 4, interest: 3 }),
      toPoint(call('b', { daysAgo: 2, silent: ['Ana'] }).meeting, { room: 5, interest: null }),
      toPoint(call('c', { daysAgo: 1, coverage: { captions: 0, chat: 0 } }).meeting),
    ];
    const s = sentences(aggregate(points, all, NOW), 'de');
    expect(s.acks).toEqual([
      { key: 'optTrendAcks', subs: ['2', '0', '2'] },
      { key: 'optTrendAcksNone', subs: ['1', '2'] },
    ]);
    expect(s.silent).toEqual([{ key: 'optTrendSilent', subs: ['1', '3', '1'] }]);
    expect(s.camera[0]?.subs).toEqual(['100\u00a0%', '3']);
    expect(s.ratings).toEqual([
      { key: 'optTrendRatingRoom', subs: ['4,5', '2'] },
      { key: 'optTrendRatingInterest', subs: ['3', '1'] },
    ]);
  });

  it('direction compares the recent half with the earlier half', () => {
    expect(direction([0.2, 0.3, 0.6, 0.7], 0.05)).toBe('up');
    expect(direction([0.7, 0.6, 0.3, 0.2], 0.05)).toBe('down');
    expect(direction([0.5, 0.5, 0.52, 0.5], 0.05)).toBe('steady');
    expect(direction([0.1, 0.9, 0.1], 0.05)).toBeNull();
  });
});

describe('insights from the export', () => {
  it('round-trips through a real store: points oldest first with ratings, people with acks', async () => {
    const client = await fakeClient([
      call('b', { daysAgo: 1, acksTo: ['Sam'], ratings: { room: 2, interest: 5 } }),
      call('a', { daysAgo: 9 }),
    ]);
    const i = insightsFromExport(await client.exportData());
    expect(i.points.map((p) => p.id)).toEqual(['a', 'b']);
    expect(i.points[1]).toMatchObject({ room: 2, interest: 5, acksGiven: 1 });
    expect(i.points[0]!.selfShare).toBeCloseTo(1 / 3);
    expect(i.people[1]!.acks).toHaveLength(1);
    client.store.close();
  });

  it('ignores malformed reflections', () => {
    expect(ratingsOf(null)).toBeNull();
    expect(ratingsOf({ ratings: { room: 9, interest: 1 } })).toBeNull();
    expect(ratingsOf({ ratings: { room: null, interest: 1 } })).toEqual({ room: null, interest: 1 });
  });
});
