import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, paginate, searchMeetings, sortMeetings } from '@/components/options/history';
import { aggregatePeople } from '@/components/options/people';
import { formatRoute, parseHash } from '@/components/options/route';
import {
  addCode,
  formFromSettings,
  normalizeCode,
  parseDays,
  patchFromForm,
  removeCode,
} from '@/components/options/settings-form';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { call, DAY, NOW } from './fixtures';

describe('route', () => {
  it('parses sections, meeting detail and falls back to trends', () => {
    expect(parseHash('')).toEqual({ section: 'trends' });
    expect(parseHash('#people')).toEqual({ section: 'people' });
    expect(parseHash('#health')).toEqual({ section: 'health' });
    expect(parseHash('#history/m%201')).toEqual({ section: 'history', meetingId: 'm 1' });
    expect(parseHash('#history/')).toEqual({ section: 'history' });
    expect(parseHash('#history/%E0%A4%A')).toEqual({ section: 'history' });
    expect(parseHash('#nope')).toEqual({ section: 'trends' });
    expect(parseHash('#settings/extra')).toEqual({ section: 'settings' });
  });
  it('formats routes that parse back', () => {
    for (const r of [{ section: 'data' as const }, { section: 'history' as const, meetingId: 'a/b#c' }]) {
      expect(parseHash(formatRoute(r))).toEqual(r);
    }
  });
});

describe('settings form', () => {
  const current = structuredClone(DEFAULT_SETTINGS);

  it('sends nothing when nothing changed', () => {
    expect(patchFromForm(formFromSettings(current), current)).toEqual({ ok: true, patch: {} });
  });

  it('sends only the changed fields, nested objects whole', () => {
    const form = {
      ...formFromSettings(current),
      platforms: { meet: true, zoom: false },
      acksLanguage: 'de' as const,
      retentionDays: ' 90 ',
      neverTrack: ['abc-defg-hij'],
    };
    expect(patchFromForm(form, current)).toEqual({
      ok: true,
      patch: {
        platforms: { meet: true, zoom: false },
        acks: { enabled: true, language: 'de' },
        retentionDays: 90,
        neverTrack: ['abc-defg-hij'],
      },
    });
  });

  it('empty days mean forever (null)', () => {
    const withDays = { ...current, retentionDays: 30, forgetNamesAfterDays: 7 };
    const form = { ...formFromSettings(withDays), retentionDays: '', forgetNamesAfterDays: '' };
    expect(patchFromForm(form, withDays)).toEqual({
      ok: true,
      patch: { retentionDays: null, forgetNamesAfterDays: null },
    });
  });

  it('rejects bad day counts per field', () => {
    for (const bad of ['0', '-3', '1.5', 'abc', '36501']) {
      const r = patchFromForm({ ...formFromSettings(current), retentionDays: bad }, current);
      expect(r).toEqual({ ok: false, errors: { retentionDays: 'optErrDays' } });
    }
    const r = patchFromForm({ ...formFromSettings(current), forgetNamesAfterDays: 'x' }, current);
    expect(r.ok || r.errors).toEqual({ forgetNamesAfterDays: 'optErrDays' });
    expect(parseDays('36500')).toBe(36_500);
  });

  it('rejects values the strict schema rejects (e.g. a bad code smuggled into the list)', () => {
    const r = patchFromForm({ ...formFromSettings(current), neverTrack: ['x'.repeat(65)] }, current);
    expect(r).toEqual({ ok: false, errors: { neverTrack: 'optErrCode' } });
    const r2 = patchFromForm(
      { ...formFromSettings(current), overlayDefault: 'floating' as 'hidden' },
      current,
    );
    expect(r2).toEqual({ ok: false, errors: { overlayDefault: 'optErrInvalid' } });
  });

  it('normalises, adds and removes never-track codes', () => {
    expect(normalizeCode(' ABC-defg-HIJ ')).toBe('abc-defg-hij');
    expect(normalizeCode('123 4567 8901')).toBe('12345678901');
    expect(normalizeCode('has space')).toBeNull();
    expect(normalizeCode('  ')).toBeNull();
    expect(addCode([], 'abc-defg-hij')).toEqual({ list: ['abc-defg-hij'] });
    expect(addCode(['abc-defg-hij'], 'ABC-DEFG-HIJ')).toEqual({
      list: ['abc-defg-hij'],
      error: 'optErrCodeDuplicate',
    });
    expect(addCode([], '').error).toBe('optErrCode');
    expect(removeCode(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('history', () => {
  const list = [
    call('a', { daysAgo: 3, title: 'Team Sync', others: ['Sam'] }).meeting,
    call('b', { daysAgo: 1, title: 'Design review', code: 'xyz-abcd-efg', others: ['Ana', 'Kim', 'Lee'] })
      .meeting,
    call('c', { daysAgo: 2, title: null, others: ['Noor'] }).meeting,
  ];

  it('searches title, code and people, case-insensitively', () => {
    expect(searchMeetings(list, 'team  SYNC').map((m) => m.id)).toEqual(['a']);
    expect(searchMeetings(list, 'XYZ-').map((m) => m.id)).toEqual(['b']);
    expect(searchMeetings(list, 'noor').map((m) => m.id)).toEqual(['c']);
    expect(searchMeetings(list, 'me').map((m) => m.id)).toEqual([]); // self is not "a person you met"
    expect(searchMeetings(list, '  ')).toHaveLength(3);
  });

  it('sorts', () => {
    const ids = (s: Parameters<typeof sortMeetings>[1]) => sortMeetings(list, s).map((m) => m.id);
    expect(ids('newest')).toEqual(['b', 'c', 'a']);
    expect(ids('oldest')).toEqual(['a', 'c', 'b']);
    expect(ids('largest')[0]).toBe('b');
    expect(ids('title')).toEqual(['b', 'a', 'c']); // untitled last
  });

  it('paginates 20 a page and clamps the page', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(PAGE_SIZE).toBe(20);
    expect(paginate(items, 0)).toMatchObject({ page: 0, pages: 3, total: 45 });
    expect(paginate(items, 2).items).toEqual([40, 41, 42, 43, 44]);
    expect(paginate(items, 9).page).toBe(2);
    expect(paginate(items, -1).page).toBe(0);
    expect(paginate([], 0)).toEqual({ items: [], page: 0, pages: 1, total: 0 });
  });
});

describe('people', () => {
  const asPeople = (seeds: ReturnType<typeof call>[]) =>
    seeds.map((s) => ({ meeting: s.meeting, acks: s.acks }));

  it('finds people met ≥ 3 times never acknowledged, and ranks most/least acknowledged', () => {
    const meetings = asPeople([
      call('1', { others: ['Sam', 'Ana', 'Lee'], acksTo: ['Sam', 'Sam', 'Ana'], daysAgo: 5 }),
      call('2', { others: ['Sam', 'Ana', 'Lee'], acksTo: ['Sam'], daysAgo: 4 }),
      call('3', { others: ['Sam', 'Ana', 'Lee', 'Kim'], acksTo: [], daysAgo: 3 }),
      call('4', { others: ['Kim'], daysAgo: 2 }),
    ]);
    const r = aggregatePeople(meetings);
    expect(r.people).toBe(4);
    expect(r.unseen.map((p) => [p.name, p.seenMeetings])).toEqual([['Lee', 3]]); // Kim only twice
    expect(r.most.map((p) => [p.name, p.acks])).toEqual([
      ['Sam', 3],
      ['Ana', 1],
    ]);
  });

  it('least lists people acknowledged rarely for how often you meet, not those already in most', () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      call(`m${i}`, { others: ['Sam', 'Ana'], acksTo: i === 0 ? ['Ana'] : ['Sam'], daysAgo: 10 - i }),
    );
    const r = aggregatePeople(asPeople(many), { top: 1 });
    expect(r.most.map((p) => p.name)).toEqual(['Sam']);
    expect(r.least.map((p) => p.name)).toEqual(['Ana']);
  });

  it('meetings where acknowledgements were not visible do not count toward "never acknowledged"', () => {
    const blind = { captions: 0, chat: 0.2 };
    const r = aggregatePeople(
      asPeople([
        call('1', { others: ['Lee'], coverage: blind }),
        call('2', { others: ['Lee'], coverage: blind }),
        call('3', { others: ['Lee'] }),
      ]),
    );
    expect(r.unseen).toEqual([]);
    expect(r.people).toBe(1);
  });

  it('shows pseudonymised names as stored and marks them', () => {
    const s = call('1', { others: ['Person 7f3a'] });
    s.meeting.namesForgottenAt = NOW - DAY;
    const r = aggregatePeople(asPeople([call('0', { others: ['Person 7f3a'], daysAgo: 9 }), s, s, s]));
    expect(r.unseen[0]).toMatchObject({ name: 'Person 7f3a', pseudonymised: true });
  });

  it('is empty without meetings or others', () => {
    expect(aggregatePeople([])).toEqual({ people: 0, most: [], least: [], unseen: [] });
    expect(aggregatePeople(asPeople([call('1', { others: [] })])).people).toBe(0);
  });
});
