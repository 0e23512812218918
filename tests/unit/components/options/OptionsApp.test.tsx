/** @vitest-environment happy-dom */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartRendererContext } from '@/components/options/chart';
import { createMockRapportClient } from '@/components/options/client';
import { insightsFromExport } from '@/components/options/data';
import { OptionsApp } from '@/components/options/OptionsApp';
import { call, fakeClient, NOW } from './fixtures';
import { $, $$, settle, show, stubRenderer, unmountShown } from './section-helpers';

afterEach(unmountShown);

describe('OptionsApp', () => {
  function fakeWindow(hash: string) {
    const target = new EventTarget();
    const win = {
      location: { hash },
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
      navigate(h: string) {
        win.location.hash = h;
        act(() => {
          target.dispatchEvent(new Event('hashchange'));
        });
      },
    };
    return win;
  }

  it('has the Rapport heading, navigates by hash through every section, and loads trends once', async () => {
    const client = await fakeClient([
      call('1', { daysAgo: 3, others: ['Sam', 'Lee'] }),
      call('2', { daysAgo: 2, others: ['Sam', 'Lee'] }),
      call('3', { daysAgo: 1, others: ['Sam', 'Lee'] }),
    ]);
    const exportSpy = vi.spyOn(client, 'exportData');
    const stub = stubRenderer();
    const win = fakeWindow('');
    await show(
      <ChartRendererContext.Provider value={stub.renderer}>
        <OptionsApp client={client} now={() => NOW} win={win} />
      </ChartRendererContext.Provider>,
    );
    expect($('h1')?.textContent).toBe('Rapport');
    expect($$('nav a').map((a) => a.getAttribute('href'))).toEqual([
      '#trends',
      '#people',
      '#history',
      '#settings',
      '#data',
      '#health',
    ]);
    expect($('nav a[aria-current="page"]')?.getAttribute('href')).toBe('#trends');
    expect($('#opt-trends-title')).not.toBeNull();
    expect($('[data-testid="trends-count"]')).not.toBeNull();

    win.navigate('#people');
    await settle();
    expect($('#opt-people-title')).not.toBeNull();
    expect($('[data-testid="people-unseen"]')?.textContent).toContain('Lee');
    expect(exportSpy).toHaveBeenCalledTimes(1); // shared with trends
    expect(document.activeElement?.id).toBe('opt-people-title');

    win.navigate('#history');
    await settle();
    expect($$('[data-testid="history-item"]')).toHaveLength(3);
    win.navigate('#history/2');
    await settle();
    expect($('[data-testid="history-detail"]')).not.toBeNull();

    win.navigate('#settings');
    await settle();
    expect($('#opt-set-tracking')).not.toBeNull();
    win.navigate('#data');
    await settle();
    expect($('#rapport-data-heading')?.textContent).toBe('optDataTitle');
    win.navigate('#health');
    await settle();
    // The health view (components/health) renders in the section: no call yet.
    expect($('#health [data-testid="rh-no-call"]')).not.toBeNull();

    // Back to trends after History/Data: reloaded, since meetings may have changed.
    win.navigate('#trends');
    await settle();
    expect(exportSpy).toHaveBeenCalledTimes(2);
    client.store.close();
  });

  it('shows an error when meetings cannot be loaded', async () => {
    const client = createMockRapportClient();
    client.exportData = async () => {
      throw new Error('down');
    };
    await show(<OptionsApp client={client} win={fakeWindow('#people')} />);
    expect($('[role="alert"]')?.textContent).toBe('optLoadFailed');
  });

  it('runs against the plain mock client (empty states)', async () => {
    const client = createMockRapportClient();
    await show(<OptionsApp client={client} win={fakeWindow('#trends')} />);
    expect($('[data-testid="trends-empty"]')).not.toBeNull();
    const i = insightsFromExport(await client.exportData());
    expect(i.points).toEqual([]);
  });
});
