/** @vitest-environment happy-dom */
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ChartRenderer, ChartRendererContext, type ChartSpec } from '@/components/options/chart';
import { createMockRapportClient } from '@/components/options/client';
import { insightsFromExport } from '@/components/options/data';
import { HistorySection } from '@/components/options/HistorySection';
import { OptionsApp } from '@/components/options/OptionsApp';
import { PeopleSection } from '@/components/options/PeopleSection';
import { SettingsSection } from '@/components/options/SettingsSection';
import { TrendsSection } from '@/components/options/TrendsSection';
import { toPoint } from '@/components/options/trends';
import { click, flush, type Mounted, mount, typeInto } from '../reflection/render';
import { call, fakeClient, NOW, type Seed } from './fixtures';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function show(vnode: ComponentChild): Promise<Mounted> {
  mounted = mount(vnode);
  await settle();
  return mounted;
}

/** Store reads go through fake-indexeddb's macrotasks, so let timers run too. */
async function settle() {
  for (let i = 0; i < 6; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    await flush();
  }
}

const $ = (sel: string) => mounted!.root.querySelector(sel);
const $$ = (sel: string) => [...mounted!.root.querySelectorAll(sel)];
const button = (text: string) =>
  $$('button').find((b) => b.textContent?.trim() === text) as HTMLButtonElement | undefined;

function choose(sel: string, value: string) {
  const el = $(sel) as HTMLSelectElement | null;
  if (!el) throw new Error(`select ${sel} not found`);
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

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
    expect(spy).toHaveBeenCalledWith({ tracking: false, acks: { enabled: false, language: 'en' } });
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

function many(n: number): Seed[] {
  return Array.from({ length: n }, (_, i) =>
    call(`m${String(i).padStart(2, '0')}`, {
      daysAgo: n - i,
      title: i % 5 === 0 ? 'Weekly planning' : `Call ${i}`,
      others: i === 3 ? ['Noor'] : ['Sam', 'Ana'],
    }),
  );
}

describe('HistorySection', () => {
  it('lists 20 a page, paginates, searches and sorts', async () => {
    const client = await fakeClient(many(25));
    await show(<HistorySection client={client} />);
    expect($$('[data-testid="history-item"]')).toHaveLength(20);
    expect($('[data-testid="history-item"]')?.textContent).toBe('Call 24');
    expect(button('optPrev')?.disabled).toBe(true);
    click(button('optNext'));
    expect($$('[data-testid="history-item"]')).toHaveLength(5);
    expect(button('optNext')?.disabled).toBe(true);

    typeInto($('#opt-history-search'), 'weekly');
    expect($$('[data-testid="history-item"]')).toHaveLength(5);
    expect($('.opt-pager')).toBeNull();
    typeInto($('#opt-history-search'), 'noor');
    expect($$('[data-testid="history-item"]').map((a) => a.textContent)).toEqual(['Call 3']);
    typeInto($('#opt-history-search'), 'nobody at all');
    expect($('[data-testid="history-list"]')).toBeNull();

    typeInto($('#opt-history-search'), '');
    choose('#opt-history-sort', 'oldest');
    expect($('[data-testid="history-item"]')?.textContent).toBe('Weekly planning');
    expect($('[data-testid="history-item"]')?.getAttribute('href')).toBe('#history/m00');
    client.store.close();
  });

  it('empty state', async () => {
    const client = await fakeClient([]);
    await show(<HistorySection client={client} />);
    expect($('[data-testid="history-empty"]')?.textContent).toBe('optHistoryEmpty');
    client.store.close();
  });

  it('detail shows the reflection summary and deletes after confirmation', async () => {
    const client = await fakeClient([call('one', { title: 'Retro', acksTo: ['Sam'] })]);
    const go = vi.fn();
    const onChanged = vi.fn();
    await show(<HistorySection client={client} meetingId="one" go={go} onChanged={onChanged} />);
    expect($('.opt-detail-title')?.textContent).toBe('Retro');
    expect($('.rp-summary')).not.toBeNull();
    expect($('[data-testid="rp-acknowledged"]')?.textContent).toContain('Sam');

    click(button('optHistoryDelete'));
    expect(client.deleted).toEqual([]);
    click(button('optCancel'));
    expect(button('optHistoryDeleteYes')).toBeUndefined();
    click(button('optHistoryDelete'));
    click(button('optHistoryDeleteYes'));
    await settle();
    expect(client.deleted).toEqual(['one']);
    expect(await client.getMeeting('one')).toBeNull();
    expect(go).toHaveBeenCalledWith('#history');
    expect(onChanged).toHaveBeenCalled();
    client.store.close();
  });

  it('detail of a meeting that is gone', async () => {
    const client = await fakeClient([]);
    await show(<HistorySection client={client} meetingId="gone" />);
    expect($('[role="alert"]')?.textContent).toBe('optHistoryMissing');
    client.store.close();
  });
});

function stubRenderer() {
  const made: ChartSpec[] = [];
  const updates: ChartSpec[] = [];
  const destroyed: number[] = [];
  const renderer: ChartRenderer = (_el, spec) => {
    const i = made.push(spec) - 1;
    return { update: (s) => updates.push(s), destroy: () => destroyed.push(i) };
  };
  return { renderer, made, updates, destroyed };
}

describe('TrendsSection', () => {
  const points = [
    toPoint(call('a', { daysAgo: 100, selfMin: 1, platform: 'zoom' }).meeting, { room: 3, interest: 4 }),
    toPoint(call('b', { daysAgo: 20, selfMin: 1, title: 'Sync' }).meeting),
    toPoint(call('c', { daysAgo: 10, selfMin: 30, title: 'Sync' }).meeting),
  ];

  it('renders six charts with text alternatives and sentences; filters change the data', async () => {
    const stub = stubRenderer();
    await show(
      <ChartRendererContext.Provider value={stub.renderer}>
        <TrendsSection
          points={points}
          now={NOW}
          initialFilters={{ range: 'all', platform: 'all', recurring: null, size: 'all' }}
        />
      </ChartRendererContext.Provider>,
    );
    expect($$('article[data-chart]').map((a) => a.getAttribute('data-chart'))).toEqual([
      'share',
      'balance',
      'camera',
      'acks',
      'silent',
      'ratings',
    ]);
    const charts = $$('[data-testid="chart"]');
    expect(charts).toHaveLength(6);
    for (const c of charts) {
      expect(c.getAttribute('role')).toBe('img');
      expect(c.getAttribute('aria-label')).toMatch(/optChartAlt/);
    }
    expect(stub.made).toHaveLength(6);
    expect(stub.made[0]!.data.x).toHaveLength(3);
    expect($('[data-testid="sentences-share"]')?.textContent).toBe('optTrendShare');
    expect($('[data-testid="trends-count"]')?.textContent).toBe('optTrendsCount');

    choose('#opt-trend-platform', 'meet');
    await settle();
    const share = stub.updates.filter((s) => s.labels[0] === 'optSeriesYourShare').at(-1);
    expect(share?.data.x).toHaveLength(2);
    // The ratings chart has no meeting left: it disappears, its sentence says so.
    expect($('[data-testid="sentences-ratings"]')?.textContent).toBe('optTrendNoRatings');
    expect($$('[data-testid="chart"]')).toHaveLength(5);

    choose('#opt-trend-recurring', 'title:sync');
    await settle();
    expect($('[data-testid="sentences-share"]')?.textContent).toBe('optTrendShareNamed');
    choose('#opt-trend-range', '4w');
    await settle();
    expect(stub.updates.filter((s) => s.labels[0] === 'optSeriesYourShare').at(-1)?.data.x).toHaveLength(2);
    choose('#opt-trend-size', 'large');
    await settle();
    expect($$('[data-testid="chart"]')).toHaveLength(0);
    expect($('[data-testid="sentences-share"]')?.textContent).toBe('optTrendNone');
  });

  it('empty and single-meeting states', async () => {
    const stub = stubRenderer();
    await show(
      <ChartRendererContext.Provider value={stub.renderer}>
        <TrendsSection points={[]} now={NOW} />
      </ChartRendererContext.Provider>,
    );
    expect($('[data-testid="trends-empty"]')).not.toBeNull();
    mounted!.unmount();
    await show(
      <ChartRendererContext.Provider value={stub.renderer}>
        <TrendsSection points={points.slice(2)} now={NOW} />
      </ChartRendererContext.Provider>,
    );
    expect($('[data-testid="sentences-share"]')?.textContent).toBe('optTrendShareOne');
    expect(stub.made.every((s) => s.data.x.length === 1)).toBe(true);
  });
});

describe('PeopleSection', () => {
  it('lists who might feel unseen, most and least acknowledged; names as text', async () => {
    const seeds = [
      call('1', { daysAgo: 4, others: ['Sam', '<b>Lee</b>'], acksTo: ['Sam'] }),
      call('2', { daysAgo: 3, others: ['Sam', '<b>Lee</b>'], acksTo: ['Sam'] }),
      call('3', { daysAgo: 2, others: ['Sam', '<b>Lee</b>'] }),
    ];
    await show(<PeopleSection meetings={seeds.map((s) => ({ meeting: s.meeting, acks: s.acks }))} />);
    expect($('[data-testid="people-unseen"]')?.textContent).toContain('<b>Lee</b>');
    expect($('[data-testid="people-unseen"] b')).toBeNull();
    expect($('[data-testid="people-most"] tbody th')?.textContent).toBe('Sam');
    expect($('[data-testid="people-most"] tbody td')?.textContent).toBe('2');
  });

  it('empty state and "nobody unseen"', async () => {
    await show(<PeopleSection meetings={[]} />);
    expect($('[data-testid="people-empty"]')).not.toBeNull();
    mounted!.unmount();
    const one = call('1', { others: ['Sam'], acksTo: ['Sam'] });
    await show(<PeopleSection meetings={[{ meeting: one.meeting, acks: one.acks }]} />);
    expect($('[data-testid="people-unseen-none"]')).not.toBeNull();
  });
});

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
