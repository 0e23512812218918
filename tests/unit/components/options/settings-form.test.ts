import { describe, expect, it } from 'vitest';
import {
  addCode,
  formFromSettings,
  normalizeCode,
  parseDays,
  patchFromForm,
  removeCode,
} from '@/components/options/settings-form';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';

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
