/**
 * One trend chart: a uPlot canvas behind a renderer that tests replace (happy-dom has no canvas). The
 * chart is an image with a text alternative (`role="img"` + label); the sentences beside it carry the
 * meaning, so nothing depends on seeing the canvas. Data changes reuse the plot (`setData`), never per-point DOM.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { Series } from './trends';

export interface ChartSpec {
  /** Series labels (legend), one per `data.ys`. */
  labels: string[];
  data: Series;
  /** y-axis: fraction (0..1, shown as %), rating (1..5) or count. */
  kind: 'fraction' | 'rating' | 'count';
  /** Draw points only (ratings, counts) instead of lines. */
  points?: boolean;
  /** Per series: points only, or a line without points (overrides `points`); e.g. values and their trend. */
  styles?: ('points' | 'line')[];
}

export interface ChartHandle {
  update(spec: ChartSpec): void;
  destroy(): void;
}

export type ChartRenderer = (el: HTMLElement, spec: ChartSpec) => ChartHandle;

/** Loaded lazily so the rest of the page (and its tests) never pays for uPlot until a chart is shown. */
export const defaultRenderer: ChartRenderer = (el, spec) => {
  let handle: ChartHandle | null = null;
  let pending: ChartSpec | null = spec;
  let dead = false;
  void import('./uplot-renderer').then(({ renderUplot }) => {
    if (dead || !pending) return;
    handle = renderUplot(el, pending);
    pending = null;
  });
  return {
    update(s) {
      if (handle) handle.update(s);
      else pending = s;
    },
    destroy() {
      dead = true;
      handle?.destroy();
    },
  };
};

export const ChartRendererContext = createContext<ChartRenderer>(defaultRenderer);

export function Chart({ spec, alt, id }: { spec: ChartSpec; alt: string; id: string }) {
  const render = useContext(ChartRendererContext);
  const el = useRef<HTMLDivElement>(null);
  const handle = useRef<ChartHandle | null>(null);
  useEffect(() => {
    if (!el.current) return;
    handle.current = render(el.current, spec);
    return () => {
      handle.current?.destroy();
      handle.current = null;
    };
    // The plot is created once per renderer; data changes go through update() below.
  }, [render]);
  useEffect(() => {
    handle.current?.update(spec);
  }, [spec]);
  return <div id={id} class="opt-chart" ref={el} role="img" aria-label={alt} data-testid="chart" />;
}
