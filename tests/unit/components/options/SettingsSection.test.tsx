/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockRapportClient } from '@/components/options/client';
import { SettingsSection } from '@/components/options/SettingsSection';
import { click, typeInto } from '../reflection/render';
import { fakeClient } from './fixtures';
import { $, button, choose, settle, show, unmountShown } from './section-helpers';

afterEach(unmountShown);

describe('SettingsSection', () => {
  it('shows the stored settings, validates, and sends only the changed fields', async () => {
    const client = await fakeClient([]);
    await show(<SettingsSection client={client} />);
    expect(($('#opt-set-tracking') as HTMLInputElement).checked).toBe(true);
    expect(($('#opt-set-zoom') as HTMLInputElement).checked).toBe(true);
    expect($('[data-testid="never-track-empty"]')).not.toBeNull();

    click($('#opt-set-zoom'));
    typeInto($('#opt-set-retentionDays'), 'soon');
    click(button('optSettingsSave'));
    await settle();
    expect(client.patches).toEqual([]);
    expect($('#opt-set-retentionDays')?.getAttribute('aria-invalid')).toBe('true');
    expect($('#opt-set-retentionDays-error')?.textContent).toBe('optErrDays');

    typeInto($('#opt-set-retentionDays'), '30');
    typeInto($('#opt-never-code'), ' ABC-defg-hij ');
    click(button('optNeverTrackAdd'));
    expect($('[data-testid="never-track-list"]')?.textContent).toContain('abc-defg-hij');
    typeInto($('#opt-never-code'), 'abc-defg-hij');
    click(button('optNeverTrackAdd'));
    expect($('#opt-never-error')?.textContent).toBe('optErrCodeDuplicate');
    choose('#opt-set-overlay', 'hidden');
    choose('#opt-set-acks-lang', 'de');

    click(button('optSettingsSave'));
    await settle();
    expect(client.patches).toEqual([
      {
        platforms: { meet: true, zoom: false },
        overlayDefault: 'hidden',
        acks: { enabled: true, language: 'de' },
        retentionDays: 30,
        neverTrack: ['abc-defg-hij'],
      },
    ]);
    expect($('[data-testid="settings-status"]')?.textContent).toBe('optSettingsSaved');
    expect((await client.getSettings()).platforms.zoom).toBe(false);

    // Removing the code is one more small patch; saving again without changes sends nothing.
    click($('button[aria-label="optNeverTrackRemove"]'));
    click(button('optSettingsSave'));
    await settle();
    expect(client.patches.at(-1)).toEqual({ neverTrack: [] });
    click(button('optSettingsSave'));
    await settle();
    expect(client.patches).toHaveLength(2);
    expect($('[data-testid="settings-status"]')?.textContent).toBe('optSettingsNoChanges');
    client.store.close();
  });

  it('the global tracking switch and acknowledgement detection can be turned off', async () => {
    const client = createMockRapportClient();
    const spy = vi.spyOn(client, 'setSettings');
    await show(<SettingsSection client={client} />);
    click($('#opt-set-tracking'));
    click($('#opt-set-acksEnabled'));
    expect(($('#opt-set-acks-lang') as HTMLSelectElement).disabled).toBe(true);
    click(button('optSettingsSave'));
    await settle();
    expect(spy).toHaveBeenCalledWith({ tracking: false, acks: { enabled: false, language: 'auto' } });
  });

  it('reports a failed save', async () => {
    const client = createMockRapportClient();
    client.setSettings = async () => {
      throw new Error('nope');
    };
    await show(<SettingsSection client={client} />);
    click($('#opt-set-meet'));
    click(button('optSettingsSave'));
    await settle();
    expect($('[role="alert"]')?.textContent).toContain('nope');
  });
});
