/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { ChartRendererContext } from '@/components/options/chart';
import { TrendsSection } from '@/components/options/TrendsSection';
import { toPoint } from '@/components/options/trends';
import { call, NOW } from './fixtures';
import { $, $$, choose, mounted, settle, show, stubRenderer, unmountShown } from './section-helpers';

afterEach(unmountShown);

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
