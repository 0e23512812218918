// @vitest-environment happy-dom
/**
 * Issue 22 on the options page: the per-series control (role, presenters, targets) saves into
 * `settings.series` and validates; the Trends targets chart keeps its points and adds a rolling mean,
 * computed from each meeting's series targets; axe-checked. (This project renders message keys, not words.)
 */
import axe from 'axe-core';
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChartRenderer, ChartRendererContext, type ChartSpec } from '@/components/options/chart';
import { insightsFromExport } from '@/components/options/data';
import { SeriesControl } from '@/components/options/SeriesControl';
import { TrendsSection } from '@/components/options/TrendsSection';
import {
  aggregate,
  DEFAULT_FILTERS,
  type MeetingPoint,
  ROLLING_MEETINGS,
  toPoint,
} from '@/components/options/trends';
import { DEFAULT_SETTINGS } from '@/utils/store/settings-defaults';
import { click, flush, type Mounted, mount, typeInto } from '../reflection/render';
import { call, fakeClient, NOW } from './fixtures';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});
async function settle() {
  for (let i = 0; i < 6; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    await flush();
  }
}
async function show(vnode: ComponentChild): Promise<Mounted> {
  mounted = mount(vnode);
  await settle();
  return mounted;
}
const $ = (sel: string) => mounted!.root.querySelector(sel);
const select = (sel: string, value: string) => {
  const el = $(sel) as HTMLSelectElement;
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
};
const check = (sel: string) => act(() => ($(sel) as HTMLInputElement).click());
async function noSeriousViolations(root: HTMLElement) {
  const res = await axe.run(root, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('SeriesControl', () => {
  it('offers all calls and the recurring meetings, and saves a series role and targets', async () => {
    const client = await fakeClient([
      call('a', { title: 'Team sync', daysAgo: 3 }),
      call('b', { title: 'Team sync', daysAgo: 2 }),
      call('c', { title: 'One-off', daysAgo: 1, code: 'one-off-xyz' }),
    ]);
    await show(<SeriesControl client={client} settings={structuredClone(DEFAULT_SETTINGS)} />);
    const options = [...mounted!.root.querySelectorAll('#opt-series-which option')].map((o) => o.textContent);
    expect(options[0]).toBe('optSeriesAll');
    expect(options).toContain('Team sync');
    expect(options).not.toContain('One-off');
    select('#opt-series-which', 'title:team sync');
    select('#opt-series-role', 'host');
    typeInto($('#opt-series-presenters'), 'Lee, Ana ,Lee');
    typeInto($('#opt-series-max'), '30');
    check('#opt-series-invite');
    click($('button[type="submit"]'));
    await settle();
    expect(client.patches.at(-1)).toEqual({
      series: {
        'title:team sync': {
          role: 'host',
          presenters: ['Lee', 'Ana'],
          targets: { maxSharePct: 30, inviteQuiet: true, ackByName: false },
        },
      },
    });
    expect($('[data-testid="series-status"]')?.textContent).toBe('optSeriesSaved');
  });

  it('refuses a share limit that is not a whole number from 1 to 100, and removes a series', async () => {
    const client = await fakeClient([]);
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.series = {
      '*': {
        role: 'presenter',
        presenters: [],
        targets: { maxSharePct: 40, inviteQuiet: false, ackByName: true },
      },
    };
    await show(<SeriesControl client={client} settings={settings} />);
    expect(($('#opt-series-role') as HTMLSelectElement).value).toBe('presenter');
    expect(($('#opt-series-max') as HTMLInputElement).value).toBe('40');
    typeInto($('#opt-series-max'), '140');
    click($('button[type="submit"]'));
    expect($('[role="alert"]')?.textContent).toBe('optSeriesInvalid');
    expect(client.patches).toEqual([]);
    click([...mounted!.root.querySelectorAll('button')].find((b) => b.textContent === 'optSeriesRemove'));
    await settle();
    expect(client.patches.at(-1)).toEqual({ series: {} });
  });

  it('has no serious or critical axe violation', async () => {
    const client = await fakeClient([]);
    await show(
      <main>
        <h1>Options</h1>
        <h2>Settings</h2>
        <SeriesControl client={client} settings={structuredClone(DEFAULT_SETTINGS)} />
      </main>,
    );
    expect(await noSeriousViolations(mounted!.root)).toEqual([]);
  });
});

describe('Trends: the targets chart', () => {
  const pt = (i: number, targets: number | null): MeetingPoint => ({
    ...toPoint(call(`m${i}`, { daysAgo: 30 - i }).meeting),
    targets,
  });

  it('keeps every point and adds a trailing rolling mean over ROLLING_MEETINGS meetings', () => {
    expect(ROLLING_MEETINGS).toBe(5);
    const values = [1, 0, 1, null, 0.5, 0, 1, 1];
    const points = values.map((v, i) => pt(i, v));
    const s = aggregate(points, { ...DEFAULT_FILTERS, range: 'all' }, NOW).series.targets;
    expect(s.ys[0]).toEqual([1, 0, 1, 0.5, 0, 1, 1]);
    // Means of the last (up to) five known values: 1, ½, ⅔, 0.625, 0.5, 0.5, 0.7.
    const means = s.ys[1]!.map((v) => Math.round((v as number) * 1000) / 1000);
    expect(means).toEqual([1, 0.5, 0.667, 0.625, 0.5, 0.5, 0.7]);
  });

  it('is judged from each meeting with the targets of its series', async () => {
    const client = await fakeClient([
      call('a', { title: 'Team sync', daysAgo: 2, selfMin: 5, acksTo: ['Sam'] }),
      call('b', { title: 'Other', daysAgo: 1, selfMin: 20 }),
    ]);
    const file = await client.exportData();
    const insights = insightsFromExport(file, {
      'title:team sync': {
        role: 'participant',
        presenters: [],
        targets: { maxSharePct: 40, inviteQuiet: false, ackByName: true },
      },
    });
    // a: 5 of 15 min (33 %) ≤ 40 % and thanked Sam by name — both met; b has no targets.
    expect(insights.points.map((p) => p.targets)).toEqual([1, null]);
  });

  it('shows as a seventh chart, points and a line, only when some meeting has targets', async () => {
    const made: ChartSpec[] = [];
    const renderer: ChartRenderer = (_el, spec) => {
      made.push(spec);
      return { update() {}, destroy() {} };
    };
    const points = [pt(0, 1), pt(1, 0), pt(2, 0.5)];
    await show(
      <ChartRendererContext.Provider value={renderer}>
        <TrendsSection points={points} now={NOW} initialFilters={{ ...DEFAULT_FILTERS, range: 'all' }} />
      </ChartRendererContext.Provider>,
    );
    expect(mounted!.root.querySelector('article[data-chart="targets"]')).not.toBeNull();
    const spec = made.find((s) => s.labels[1] === 'optSeriesTargetsTrend')!;
    expect(spec.styles).toEqual(['points', 'line']);
    expect(spec.data.ys[0]).toEqual([1, 0, 0.5]);
    expect($('[data-testid="sentences-targets"]')?.textContent).toBe('optTrendTargets');
    expect(await noSeriousViolations(mounted!.root)).toEqual([]);
  });
});
