/**
 * The real chart renderer: uPlot on a canvas. Colours come from the page's CSS custom properties so light
 * and dark themes both hold (read when the plot is made; a theme switch redraws on the next data change).
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { t, uiLocale } from '@/utils/i18n';
import type { ChartHandle, ChartSpec } from './chart';

const HEIGHT = 200;

function cssVar(el: HTMLElement, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/**
 * x is in seconds. With one meeting (every x equal) uPlot widens the scale before calling `range`, by
 * 86,400 of its millisecond units read as seconds — about 2.7 years, with the point at the left edge
 * (seen in the demo's first-meeting screenshot) — so min = max never reaches `range`. Decide from the
 * data instead: a day either side of the meeting.
 */
export function singleMeetingRange(u: Pick<uPlot, 'data'>, min: number, max: number): uPlot.Range.MinMax {
  const xs = u.data[0] ?? [];
  const first = xs[0];
  if (typeof first === 'number' && xs[xs.length - 1] === first) return [first - 86_400, first + 86_400];
  return [min, max];
}

const DAY_S = 86_400;

/**
 * The time axis in the page's language: uPlot's own labels are English ("Mar 3", "Time"). Ticks a month or
 * more apart show month and year, ticks a day or more apart month and day, closer ones the time.
 */
function timeTicks(locale: string): (incr: number) => Intl.DateTimeFormat {
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  return (incr) => (incr >= 28 * DAY_S ? month : incr >= DAY_S ? day : time);
}

function options(el: HTMLElement, spec: ChartSpec): uPlot.Options {
  const locale = uiLocale();
  const tick = timeTicks(locale);
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const fg = cssVar(el, '--opt-fg', '#1d1d1f');
  const grid = cssVar(el, '--opt-grid', 'rgba(127,127,127,0.25)');
  const colors = [cssVar(el, '--opt-series-1', '#1a5fb4'), cssVar(el, '--opt-series-2', '#c64600')];
  const dash = [undefined, [6, 4]];
  const yFmt =
    spec.kind === 'fraction'
      ? (v: number) => pct.format(Math.round(v * 100) / 100)
      : spec.kind === 'rating'
        ? (v: number) => (Number.isInteger(v) ? String(v) : '')
        : (v: number) => (Number.isInteger(v) ? String(v) : '');
  const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  return {
    width: Math.max(280, el.clientWidth || 640),
    height: HEIGHT,
    legend: { show: true },
    cursor: { drag: { x: true, y: false } },
    scales: {
      x: { time: true, range: singleMeetingRange },
      y:
        spec.kind === 'fraction'
          ? { range: [0, 1] }
          : spec.kind === 'rating'
            ? { range: [1, 5] }
            : { range: (_u, _min, max) => [0, Math.max(1, max)] },
    },
    axes: [
      {
        ...axis,
        values: (_u, vals, _axis, _space, incr) =>
          vals.map((v) => (v == null ? '' : tick(incr).format(new Date(v * 1000)))),
      },
      { ...axis, values: (_u, vals) => vals.map(yFmt) },
    ],
    series: [
      {
        label: t('optChartDate'),
        value: (_u, v) => (v == null ? '–' : stamp.format(new Date(v * 1000))),
      },
      ...spec.labels.map((label, i) => {
        const style = spec.styles?.[i];
        const pointsOnly = style ? style === 'points' : spec.points;
        return {
          label,
          stroke: colors[i % colors.length],
          width: 2,
          dash: dash[i % dash.length],
          spanGaps: true,
          points: { show: style === 'line' ? false : (pointsOnly ?? spec.data.x.length < 60) },
          paths: pointsOnly ? () => null : undefined,
        };
      }),
    ],
  };
}

function aligned(spec: ChartSpec): uPlot.AlignedData {
  return [spec.data.x, ...spec.data.ys] as uPlot.AlignedData;
}

/**
 * How many meetings the plot now holds, read back from uPlot itself: e2e tests and the demo check that a
 * filter change reached the drawn chart without reading pixels.
 */
function markPlotted(el: HTMLElement, plot: uPlot): void {
  el.dataset.plotted = String(plot.data[0]?.length ?? 0);
}

export function renderUplot(el: HTMLElement, spec: ChartSpec): ChartHandle {
  let plot = new uPlot(options(el, spec), aligned(spec), el);
  markPlotted(el, plot);
  let labels = spec.labels.join('|');
  const ro =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          const w = Math.max(280, el.clientWidth);
          if (w !== plot.width) plot.setSize({ width: w, height: HEIGHT });
        })
      : null;
  ro?.observe(el);
  return {
    update(next) {
      if (next.labels.join('|') !== labels) {
        plot.destroy();
        plot = new uPlot(options(el, next), aligned(next), el);
        labels = next.labels.join('|');
      } else plot.setData(aligned(next));
      markPlotted(el, plot);
    },
    destroy() {
      ro?.disconnect();
      plot.destroy();
    },
  };
}
