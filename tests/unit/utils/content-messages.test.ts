import { describe, expect, it } from 'vitest';
import {
  CLOSE_CARD,
  isCardMessage,
  isContentSettings,
  parseBackgroundMessage,
} from '@/utils/content-messages';
import { DEFAULT_SETTINGS, settingsSchema } from '@/utils/store/settings';

const settings = () => structuredClone(DEFAULT_SETTINGS);

describe('background → content messages', () => {
  it('accepts each message type in its shape', () => {
    expect(parseBackgroundMessage({ type: 'bg:toggle-overlay' })).toEqual({ type: 'bg:toggle-overlay' });
    expect(parseBackgroundMessage({ type: 'bg:capture' })).toEqual({ type: 'bg:capture' });
    const m = { type: 'bg:settings', settings: settings() };
    expect(parseBackgroundMessage(m)).toBe(m);
  });

  it('rejects unknown types, non-objects and prototype keys', () => {
    for (const raw of [null, undefined, 'bg:capture', 42, {}, { type: 'bg:nope' }, { type: 'toString' }]) {
      expect(parseBackgroundMessage(raw)).toBeNull();
    }
  });

  it('rejects settings the store would not have written, in every field a content script reads', () => {
    const broken: [string, unknown][] = [
      ['tracking', 'yes'],
      ['platforms', { meet: 'on' }],
      ['neverTrack', [1]],
      ['overlayDefault', 'huge'],
      ['nudges', { selfMonologue: true }],
      ['acks', { enabled: true, language: 'xx' }],
      ['overlayPositions', { meet: { x: 1 } }],
    ];
    for (const [key, value] of broken) {
      const s = { ...settings(), [key]: value };
      expect({ key, valid: isContentSettings(s) }).toEqual({ key, valid: false });
      // The hand-written check agrees with the store's schema on each of these.
      expect({ key, valid: settingsSchema.safeParse(s).success }).toEqual({ key, valid: false });
      expect(parseBackgroundMessage({ type: 'bg:settings', settings: s })).toBeNull();
    }
    expect(isContentSettings(settings())).toBe(true);
    expect(isContentSettings({ ...settings(), overlayPositions: { meet: { x: 4, y: 8 }, zoom: null } })).toBe(
      true,
    );
  });
});

describe('the card → page message', () => {
  it('is recognised by its type, and nothing else is', () => {
    expect(isCardMessage(CLOSE_CARD)).toBe(true);
    expect(isCardMessage(structuredClone(CLOSE_CARD))).toBe(true);
    for (const other of ['rapport:close-card', null, {}, { type: 'rapport:open' }]) {
      expect(isCardMessage(other)).toBe(false);
    }
  });
});
