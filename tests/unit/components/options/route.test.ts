import { describe, expect, it } from 'vitest';
import { formatRoute, parseHash } from '@/components/options/route';

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
