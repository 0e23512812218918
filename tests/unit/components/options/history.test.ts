import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, paginate, searchMeetings, sortMeetings } from '@/components/options/history';
import { call } from './fixtures';

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
