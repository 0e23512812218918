/**
 * Trends: six charts over time with a range and filters, each with sentences that say what the chart
 * shows. Aggregation is one pass over pre-computed points (`trends.ts`); charts reuse their canvas.
 */
import { useMemo, useState } from 'preact/hooks';
import { label as labelled, t } from '@/utils/i18n';
import { registry } from '@/utils/platforms/registry';
import { Chart, type ChartSpec } from './chart';
import { type Locale, num, pct } from './format';
import {
  aggregate,
  type ChartId,
  DEFAULT_FILTERS,
  describeSeries,
  type MeetingPoint,
  RANGES,
  recurringOptions,
  SIZE_FILTERS,
  sentences,
  type TrendFilters,
} from './trends';

export interface TrendsSectionProps {
  points: readonly MeetingPoint[];
  now?: number;
  locale?: Locale;
  initialFilters?: TrendFilters;
}

const CHART_META: Record<
  ChartId,
  { title: string; labels: string[]; kind: ChartSpec['kind']; points?: boolean; styles?: ChartSpec['styles'] }
> = {
  share: { title: 'optChartShare', labels: ['optSeriesYourShare', 'optSeriesFairShare'], kind: 'fraction' },
  balance: { title: 'optChartBalance', labels: ['optSeriesBalance'], kind: 'fraction' },
  camera: { title: 'optChartCamera', labels: ['optSeriesCamera'], kind: 'fraction' },
  acks: { title: 'optChartAcks', labels: ['optSeriesAcksGiven', 'optSeriesAcksReceived'], kind: 'count' },
  silent: { title: 'optChartSilent', labels: ['optSeriesSilent'], kind: 'count', points: true },
  ratings: {
    title: 'optChartRatings',
    labels: ['optSeriesRatingRoom', 'optSeriesRatingInterest'],
    kind: 'rating',
    points: true,
  },
  // The points stay; the rolling mean (ROLLING_MEETINGS) is the line.
  targets: {
    title: 'optChartTargets',
    labels: ['optSeriesTargetsMet', 'optSeriesTargetsTrend'],
    kind: 'fraction',
    styles: ['points', 'line'],
  },
};

const ORDER: ChartId[] = ['share', 'balance', 'camera', 'acks', 'silent', 'ratings', 'targets'];

export function TrendsSection({
  points,
  now = Date.now(),
  locale = 'en',
  initialFilters,
}: TrendsSectionProps) {
  const [filters, setFilters] = useState<TrendFilters>(initialFilters ?? DEFAULT_FILTERS);
  const recurring = useMemo(() => recurringOptions(points), [points]);
  // The targets chart shows once any meeting has a target judged (targets are set per series).
  const hasTargets = useMemo(() => points.some((p) => p.targets !== null), [points]);
  const data = useMemo(() => aggregate(points, filters, now), [points, filters, now]);
  const label = filters.recurring
    ? (recurring.find((o) => o.value === filters.recurring)?.label ?? null)
    : null;
  const said = useMemo(() => sentences(data, locale, label), [data, locale, label]);
  const specs = useMemo(() => {
    const out = {} as Record<ChartId, ChartSpec>;
    for (const id of ORDER) {
      const m = CHART_META[id];
      out[id] = {
        labels: m.labels.map((k) => t(k)),
        data: data.series[id],
        kind: m.kind,
        points: m.points,
        ...(m.styles ? { styles: m.styles } : {}),
      };
    }
    return out;
  }, [data]);

  const set = <K extends keyof TrendFilters>(k: K, v: TrendFilters[K]) => setFilters({ ...filters, [k]: v });

  if (points.length === 0) {
    return (
      <section aria-labelledby="opt-trends-title">
        <h2 id="opt-trends-title">{t('optTrendsTitle')}</h2>
        <p data-testid="trends-empty">{t('optTrendsEmpty')}</p>
      </section>
    );
  }

  const fmt = (kind: ChartSpec['kind']) =>
    kind === 'fraction' ? (v: number) => pct(v, locale) : (v: number) => num(v, locale, 1);

  return (
    <section aria-labelledby="opt-trends-title">
      <h2 id="opt-trends-title">{t('optTrendsTitle')}</h2>
      <fieldset class="opt-toolbar opt-filters">
        <legend>{t('optTrendsFilters')}</legend>
        <div class="opt-field">
          <label for="opt-trend-range">{t('optFilterRange')}</label>
          <select
            id="opt-trend-range"
            value={filters.range}
            onChange={(e) =>
              set('range', (e.currentTarget as HTMLSelectElement).value as TrendFilters['range'])
            }
          >
            {RANGES.map((r) => (
              <option key={r} value={r}>
                {t(`optRange_${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="opt-field">
          <label for="opt-trend-platform">{t('optFilterPlatform')}</label>
          <select
            id="opt-trend-platform"
            value={filters.platform}
            onChange={(e) =>
              set('platform', (e.currentTarget as HTMLSelectElement).value as TrendFilters['platform'])
            }
          >
            <option value="all">{t('optAllPlatforms')}</option>
            {registry.metas.map((m) => (
              <option key={m.id} value={m.id}>
                {t(m.labelKey)}
              </option>
            ))}
          </select>
        </div>
        <div class="opt-field">
          <label for="opt-trend-recurring">{t('optFilterRecurring')}</label>
          <select
            id="opt-trend-recurring"
            value={filters.recurring ?? ''}
            onChange={(e) => set('recurring', (e.currentTarget as HTMLSelectElement).value || null)}
          >
            <option value="">{t('optAllMeetings')}</option>
            {recurring.map((o) => (
              <option key={o.value} value={o.value}>
                {o.value.startsWith('code:')
                  ? t('optRecurringCode', [o.label, String(o.count)])
                  : t('optRecurringTitle', [o.label, String(o.count)])}
              </option>
            ))}
          </select>
        </div>
        <div class="opt-field">
          <label for="opt-trend-size">{t('optFilterSize')}</label>
          <select
            id="opt-trend-size"
            value={filters.size}
            onChange={(e) =>
              set('size', (e.currentTarget as HTMLSelectElement).value as TrendFilters['size'])
            }
          >
            {SIZE_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`optSize_${s}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <p role="status" class="opt-muted" data-testid="trends-count">
        {t('optTrendsCount', String(data.meetings))}
      </p>
      <div class="opt-charts">
        {ORDER.filter((id) => id !== 'targets' || hasTargets).map((id) => {
          const m = CHART_META[id];
          const spec = specs[id];
          const d = describeSeries(spec.data, fmt(m.kind));
          const alt =
            d.n === 0
              ? `${labelled(t(m.title))} ${t('optTrendNone')}`
              : `${labelled(t(m.title))} ${t('optChartAlt', String(d.n))} ${spec.labels
                  .map((l, i) => t('optChartAltRange', [l, d.min[i] ?? '–', d.max[i] ?? '–']))
                  .join(' ')}`;
          return (
            <article key={id} class="opt-trend" aria-labelledby={`opt-chart-${id}-title`} data-chart={id}>
              <h3 id={`opt-chart-${id}-title`}>{t(m.title)}</h3>
              <div class="opt-trend-body">
                <div class="opt-trend-text" data-testid={`sentences-${id}`}>
                  {said[id].map((s) => (
                    <p key={s.key}>{t(s.key, s.subs)}</p>
                  ))}
                </div>
                {d.n > 0 && <Chart id={`opt-chart-${id}`} spec={spec} alt={alt} />}
              </div>
            </article>
          );
        })}
      </div>
    </section>
  );
}
