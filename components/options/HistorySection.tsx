/**
 * History: every stored meeting, searchable (title, code, person), sortable and 20 to a page; a meeting's
 * detail is the reflection's own view (`components/reflection`), and it can be deleted after an inline
 * confirmation. Names are page text: rendered as text only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReflectionClient, ReflectionEntry } from '@/components/reflection/client';
import { ReflectionView } from '@/components/reflection/ReflectionPanel';
import { formatDuration } from '@/utils/duration';
import { t } from '@/utils/i18n';
import { reflectionSchema } from '@/utils/prompts/reflection';
import { fromStoredMeeting, type StoredMeeting } from '@/utils/store/records';
import { seriesFor } from '@/utils/store/series';
import type { RapportClient } from './client';
import { dateTime, type Locale, platformName } from './format';
import { HISTORY_SORTS, type HistorySort, paginate, searchMeetings, sortMeetings } from './history';

export interface HistorySectionProps {
  client: RapportClient;
  meetingId?: string;
  locale?: Locale;
  /** Called after a meeting was deleted (the page drops cached trends). */
  onChanged?: () => void;
  /** Navigation; `location.hash` by default. */
  go?: (hash: string) => void;
}

const defaultGo = (hash: string) => {
  location.hash = hash;
};

export function meetingLabel(m: Pick<StoredMeeting, 'title' | 'meetingCode'>): string {
  return m.title?.trim() || m.meetingCode || t('optUntitled');
}

/** The reflection views' client on top of the options page's client (saving goes to the same store). */
export function reflectionClientFor(client: RapportClient): ReflectionClient {
  return {
    getLatest: async () => null,
    listRecent: async () => [],
    async saveReflection(meetingId, input) {
      const record = reflectionSchema.parse({ ...input, meetingId, savedAt: Date.now() });
      await client.putReflection(meetingId, record);
      return record;
    },
    markRead: async () => {},
  };
}

function HistoryDetail({ client, meetingId, locale, onChanged, go }: Required<HistorySectionProps>) {
  const [entry, setEntry] = useState<ReflectionEntry | null | 'missing' | 'error'>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rClient = useMemo(() => reflectionClientFor(client), [client]);

  useEffect(() => {
    let alive = true;
    setEntry(null);
    setConfirming(false);
    Promise.all([client.getMeeting(meetingId), client.getSettings().catch(() => null)])
      .then(([d, settings]) => {
        if (!alive) return;
        if (!d) return setEntry('missing');
        const saved = reflectionSchema.safeParse(d.reflection);
        setEntry({
          meetingId: d.meeting.id,
          summary: fromStoredMeeting(d.meeting, d.acks),
          saved: saved.success ? saved.data : null,
          read: true,
          series: seriesFor(settings?.series, d.meeting.meetingCode, d.meeting.title)?.settings ?? null,
        });
      })
      .catch(() => alive && setEntry('error'));
    return () => {
      alive = false;
    };
  }, [client, meetingId]);

  const onDelete = async () => {
    setBusy(true);
    try {
      await client.deleteMeeting(meetingId);
      onChanged();
      go('#history');
    } catch (err) {
      setError((err as Error)?.message ?? String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="opt-detail" data-testid="history-detail">
      <p>
        <a href="#history">{t('optHistoryBack')}</a>
      </p>
      {entry === null ? (
        <p role="status" class="opt-muted">
          {t('optLoading')}
        </p>
      ) : entry === 'missing' || entry === 'error' ? (
        <p role="alert">{t(entry === 'missing' ? 'optHistoryMissing' : 'optLoadFailed')}</p>
      ) : (
        <>
          <h3 class="opt-detail-title">
            {entry.summary.title?.trim() || entry.summary.meetingCode || t('optUntitled')}
          </h3>
          <p class="opt-muted">
            {dateTime(entry.summary.startedAt, locale)} · {platformName(entry.summary.platform)}
          </p>
          <div class="rp-reflection">
            <ReflectionView entry={entry} client={rClient} locale={locale} />
          </div>
          <div class="opt-danger">
            {!confirming ? (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('optHistoryDelete')}
              </button>
            ) : (
              <fieldset aria-label={t('optHistoryDeleteConfirmLabel')}>
                <p>{t('optHistoryDeleteConfirm')}</p>
                <button type="button" onClick={onDelete} disabled={busy}>
                  {t('optHistoryDeleteYes')}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('optCancel')}
                </button>
              </fieldset>
            )}
            {error && <p role="alert">{error}</p>}
          </div>
        </>
      )}
    </div>
  );
}

function HistoryList({ client, locale }: { client: RapportClient; locale: Locale }) {
  const [all, setAll] = useState<StoredMeeting[] | null | 'error'>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<HistorySort>('newest');
  const [page, setPage] = useState(0);

  useEffect(() => {
    let alive = true;
    client
      .listMeetings()
      .then((list) => alive && setAll(list))
      .catch(() => alive && setAll('error'));
    return () => {
      alive = false;
    };
  }, [client]);

  const view = useMemo(
    () => (Array.isArray(all) ? paginate(sortMeetings(searchMeetings(all, query), sort), page) : null),
    [all, query, sort, page],
  );

  if (all === null)
    return (
      <p role="status" class="opt-muted">
        {t('optLoading')}
      </p>
    );
  if (all === 'error' || !view) return <p role="alert">{t('optLoadFailed')}</p>;
  if (all.length === 0) return <p data-testid="history-empty">{t('optHistoryEmpty')}</p>;

  return (
    <div class="opt-history">
      <form class="opt-toolbar" onSubmit={(e) => e.preventDefault()}>
        <div class="opt-field">
          <label for="opt-history-search">{t('optHistorySearch')}</label>
          <input
            id="opt-history-search"
            type="search"
            value={query}
            onInput={(e) => {
              setQuery((e.currentTarget as HTMLInputElement).value);
              setPage(0);
            }}
          />
        </div>
        <div class="opt-field">
          <label for="opt-history-sort">{t('optHistorySort')}</label>
          <select
            id="opt-history-sort"
            value={sort}
            onChange={(e) => {
              setSort((e.currentTarget as HTMLSelectElement).value as HistorySort);
              setPage(0);
            }}
          >
            {HISTORY_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`optSort_${s}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" class="opt-muted" data-testid="history-count">
        {t('optHistoryCount', [String(view.total), String(all.length)])}
      </p>
      {view.total === 0 ? (
        <p>{t('optHistoryNoMatch')}</p>
      ) : (
        <ul class="opt-meetings" data-testid="history-list">
          {view.items.map((m) => (
            <li key={m.id}>
              <a href={`#history/${encodeURIComponent(m.id)}`} data-testid="history-item">
                <span class="opt-meeting-title">{meetingLabel(m)}</span>
              </a>
              <span class="opt-muted">
                {' '}
                {dateTime(m.startedAt, locale)} · {platformName(m.platform)} · {formatDuration(m.durationMs)}{' '}
                · {t('optPeopleCount', String(m.participants.length))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {view.pages > 1 && (
        <nav class="opt-pager" aria-label={t('optPagination')}>
          <button type="button" disabled={view.page === 0} onClick={() => setPage(view.page - 1)}>
            {t('optPrev')}
          </button>{' '}
          <span data-testid="history-page">
            {t('optPageOf', [String(view.page + 1), String(view.pages)])}
          </span>{' '}
          <button type="button" disabled={view.page >= view.pages - 1} onClick={() => setPage(view.page + 1)}>
            {t('optNext')}
          </button>
        </nav>
      )}
    </div>
  );
}

export function HistorySection({
  client,
  meetingId,
  locale = 'en',
  onChanged = () => {},
  go = defaultGo,
}: HistorySectionProps) {
  return (
    <section aria-labelledby="opt-history-title">
      <h2 id="opt-history-title">{t('optHistoryTitle')}</h2>
      {meetingId ? (
        <HistoryDetail client={client} meetingId={meetingId} locale={locale} onChanged={onChanged} go={go} />
      ) : (
        <HistoryList client={client} locale={locale} />
      )}
    </section>
  );
}
