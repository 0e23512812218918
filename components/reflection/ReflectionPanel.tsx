/**
 * The popup's reflection: the latest meeting (marked read on open) with its summary, prompts and the
 * reflection form, and a list of recent meetings to switch to.
 */
import { useEffect, useState } from 'preact/hooks';
import { reflect } from '@/utils/prompts/engine';
import type { Locale } from '@/utils/prompts/format';
import type { SeriesSettings } from '@/utils/store/series';
import type { ReflectionClient, ReflectionEntry } from './client';
import { EmptyState } from './EmptyState';
import { MeetingSummaryView } from './MeetingSummaryView';
import { PromptList } from './PromptList';
import { ReflectionForm } from './ReflectionForm';
import { ui } from './strings';
import { TargetsView } from './TargetsView';

export interface ReflectionPanelProps {
  client: ReflectionClient;
  locale?: Locale;
  recentCount?: number;
}

/**
 * The meeting series' settings for this entry: the entry's own when it carries them, else asked of the
 * client after the first paint (the popup paints from one answer and must not wait for settings).
 */
function useSeries(entry: ReflectionEntry, client: ReflectionClient): SeriesSettings | null {
  const [loaded, setLoaded] = useState<{ id: string; series: SeriesSettings | null } | null>(null);
  useEffect(() => {
    if (entry.series !== undefined || !client.seriesFor) return;
    let alive = true;
    void client
      .seriesFor(entry.summary)
      .then((series) => alive && setLoaded({ id: entry.meetingId, series }))
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, [entry, client]);
  if (entry.series !== undefined) return entry.series;
  return loaded?.id === entry.meetingId ? loaded.series : null;
}

export function ReflectionView({
  entry,
  client,
  locale = 'en',
}: {
  entry: ReflectionEntry;
  client: ReflectionClient;
  locale?: Locale;
}) {
  const series = useSeries(entry, client);
  const r = reflect(entry.summary, { locale, series });
  if (r.state === 'too_short')
    return <EmptyState kind="too_short" durationMs={entry.summary.durationMs} locale={locale} />;
  if (r.state === 'no_data') return <EmptyState kind="none" locale={locale} />;
  return (
    <div class="rp-view">
      {r.state === 'alone' && <EmptyState kind="alone" locale={locale} />}
      {r.partial && <EmptyState kind="partial" locale={locale} />}
      <MeetingSummaryView summary={entry.summary} caveats={r.caveats} locale={locale} series={series} />
      <TargetsView summary={entry.summary} series={series} locale={locale} />
      <PromptList prompts={r.prompts} locale={locale} />
      <ReflectionForm
        key={entry.meetingId}
        meetingId={entry.meetingId}
        client={client}
        prompts={r.prompts}
        initial={entry.saved}
        locale={locale}
      />
    </div>
  );
}

export function ReflectionPanel({ client, locale = 'en', recentCount = 5 }: ReflectionPanelProps) {
  const s = ui(locale);
  const [recent, setRecent] = useState<ReflectionEntry[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const [latest, list] = await Promise.all([client.getLatest(), client.listRecent(recentCount)]);
      if (!alive) return;
      const all = latest && !list.some((e) => e.meetingId === latest.meetingId) ? [latest, ...list] : list;
      setRecent(all);
      setSelected(latest?.meetingId ?? all[0]?.meetingId ?? null);
      if (latest && !latest.read) await client.markRead(latest.meetingId);
    })();
    return () => {
      alive = false;
    };
  }, [client, recentCount]);

  if (recent === null) {
    return (
      <p class="rp-reflection rp-muted" role="status">
        {s.loading}
      </p>
    );
  }
  const entry = recent.find((e) => e.meetingId === selected);
  return (
    <div class="rp-reflection rp-panel">
      {entry ? (
        <ReflectionView entry={entry} client={client} locale={locale} />
      ) : (
        <EmptyState kind="none" locale={locale} />
      )}
      {recent.length > 1 && (
        <nav aria-labelledby="rp-recent-title" class="rp-recent">
          <h2 id="rp-recent-title">{s.recentTitle}</h2>
          <ul>
            {recent.map((e) => (
              <li key={e.meetingId}>
                <button
                  type="button"
                  aria-current={e.meetingId === selected ? 'true' : undefined}
                  onClick={() => setSelected(e.meetingId)}
                >
                  {e.summary.title ? `${e.summary.title} · ` : ''}
                  {s.meta(e.summary.durationMs, e.summary.participants.length, e.summary.startedAt)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
