/** @vitest-environment happy-dom */
/**
 * Issue 23: the acknowledgement-language setting offers every language and `auto`, in the store, in what a
 * content script accepts, and on the options page.
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockRapportClient } from '@/components/options/client';
import { SettingsSection } from '@/components/options/SettingsSection';
import { ACK_LANGUAGES } from '@/utils/acks/languages';
import { ACK_LANGUAGE_LABELS } from '@/utils/acks/languages/labels';
import { isContentSettings } from '@/utils/content-messages';
import {
  ACK_SETTING_LANGUAGES,
  DEFAULT_SETTINGS,
  parseSettings,
  settingsPatchSchema,
} from '@/utils/store/settings';
import { click, flush, type Mounted, mount } from '../reflection/render';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('acknowledgement language setting', () => {
  it('lists auto and every language whose rules ship, auto by default', () => {
    expect([...ACK_SETTING_LANGUAGES].sort()).toEqual(['auto', ...Object.keys(ACK_LANGUAGES)].sort());
    expect(DEFAULT_SETTINGS.acks.language).toBe('auto');
    for (const [code, lang] of Object.entries(ACK_LANGUAGES))
      expect(ACK_LANGUAGE_LABELS[code as keyof typeof ACK_LANGUAGE_LABELS]).toBe(lang.label);
  });

  it('stores and reads back every choice; an unknown code falls back to the default alone', () => {
    for (const language of ACK_SETTING_LANGUAGES) {
      expect(settingsPatchSchema.safeParse({ acks: { enabled: true, language } }).success).toBe(true);
      expect(parseSettings({ ...DEFAULT_SETTINGS, acks: { enabled: false, language } }).acks).toEqual({
        enabled: false,
        language,
      });
    }
    expect(settingsPatchSchema.safeParse({ acks: { enabled: true, language: 'sv' } }).success).toBe(false);
    const read = parseSettings({
      ...DEFAULT_SETTINGS,
      tracking: false,
      acks: { enabled: true, language: 'sv' },
    });
    expect(read.acks.language).toBe('auto');
    expect(read.tracking).toBe(false);
  });

  it('a content script accepts every choice in pushed settings, and nothing else', () => {
    const base = {
      tracking: true,
      platforms: { meet: true },
      neverTrack: [],
      overlayDefault: 'collapsed',
      nudges: { selfMonologue: false, silentParticipant: false },
      overlayPositions: { meet: null },
    };
    for (const language of ACK_SETTING_LANGUAGES)
      expect(isContentSettings({ ...base, acks: { enabled: true, language } })).toBe(true);
    expect(isContentSettings({ ...base, acks: { enabled: true, language: 'sv' } })).toBe(false);
  });

  it('the options page offers auto and each language by its own name, and saves the choice', async () => {
    const client = createMockRapportClient();
    const spy = vi.spyOn(client, 'setSettings');
    mounted = mount(<SettingsSection client={client} />);
    for (let i = 0; i < 6; i++) {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 0));
      });
      await flush();
    }
    const select = mounted.root.querySelector('#opt-set-acks-lang') as HTMLSelectElement;
    const options = [...select.querySelectorAll('option')].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      // Options tests render message keys (vitest project unit-keys); language names are not messages.
      ['auto', 'optLangAuto'],
      ...ACK_SETTING_LANGUAGES.filter((c) => c !== 'auto').map((c) => [c, ACK_LANGUAGE_LABELS[c]]),
    ]);
    expect(select.value).toBe('auto');
    act(() => {
      select.value = 'ja';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(mounted.root.querySelector('button.opt-primary'));
    for (let i = 0; i < 6; i++) {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 0));
      });
      await flush();
    }
    expect(spy).toHaveBeenCalledWith({ acks: { enabled: true, language: 'ja' } });
  });
});
