/**
 * The options page: a heading, section navigation (hash routes, see `route.ts`) and the active section.
 * Trends and People share one load of all meetings (`loadInsights`), reloaded after History or Data may
 * have changed what is stored. On navigation focus moves to the section heading, so keyboard and
 * screen-reader users land where the page changed.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DataSection } from '@/components/data/DataSection';
import { t } from '@/utils/i18n';
import type { RapportClient } from './client';
import { type Insights, loadInsights } from './data';
import type { Locale } from './format';
import { HealthSection } from './HealthSection';
import { HistorySection } from './HistorySection';
import { PeopleSection } from './PeopleSection';
import { parseHash, type Route, SECTIONS, type SectionId } from './route';
import { SettingsSection } from './SettingsSection';
import { TrendsSection } from './TrendsSection';

export interface OptionsAppProps {
  client: RapportClient;
  locale?: Locale;
  now?: () => number;
  /** Test seam: the page's location hash and its changes. */
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { location: { hash: string } };
}

const NAV: SectionId[] = [...SECTIONS];

function focusHeading(root: HTMLElement | null) {
  const h = root?.querySelector<HTMLElement>('h2');
  if (!h) return;
  h.setAttribute('tabindex', '-1');
  h.focus();
}

export function OptionsApp({ client, locale = 'en', now = Date.now, win = window }: OptionsAppProps) {
  const [route, setRoute] = useState<Route>(() => parseHash(win.location.hash));
  const [insights, setInsights] = useState<Insights | null | 'error'>(null);
  const stale = useRef(true);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    const onHash = () => setRoute(parseHash(win.location.hash));
    win.addEventListener('hashchange', onHash);
    return () => win.removeEventListener('hashchange', onHash);
  }, [win]);

  const needsInsights = route.section === 'trends' || route.section === 'people';
  useEffect(() => {
    // Settings too: a series' targets change the Trends' targets points.
    if (route.section === 'history' || route.section === 'data' || route.section === 'settings')
      stale.current = true;
    if (!needsInsights || !stale.current) return;
    stale.current = false;
    let alive = true;
    setInsights(null);
    loadInsights(client)
      .then((i) => alive && setInsights(i))
      .catch(() => alive && setInsights('error'));
    return () => {
      alive = false;
    };
  }, [client, route.section, needsInsights]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusHeading(main.current);
  }, [route.section, route.meetingId]);

  const go = useCallback(
    (hash: string) => {
      win.location.hash = hash;
      setRoute(parseHash(hash));
    },
    [win],
  );

  const loading = (
    <p role="status" class="opt-muted">
      {t('optLoading')}
    </p>
  );
  const insightsOr = (render: (i: Insights) => preact.ComponentChild) =>
    insights === null ? (
      loading
    ) : insights === 'error' ? (
      <p role="alert">{t('optLoadFailed')}</p>
    ) : (
      render(insights)
    );

  let content: preact.ComponentChild;
  switch (route.section) {
    case 'trends':
      content = insightsOr((i) => <TrendsSection points={i.points} now={now()} locale={locale} />);
      break;
    case 'people':
      content = insightsOr((i) => <PeopleSection meetings={i.people} locale={locale} />);
      break;
    case 'history':
      content = (
        <HistorySection
          client={client}
          meetingId={route.meetingId}
          locale={locale}
          go={go}
          onChanged={() => {
            stale.current = true;
          }}
        />
      );
      break;
    case 'settings':
      content = <SettingsSection client={client} />;
      break;
    case 'data':
      content = <DataSection client={client} locale={locale} />;
      break;
    case 'health':
      content = <HealthSection client={client} locale={locale} />;
      break;
  }

  return (
    <div class="opt-page">
      <header class="opt-header">
        <h1>Rapport</h1>
        <p class="opt-muted">{t('optTagline')}</p>
      </header>
      <nav class="opt-nav" aria-label={t('optNavLabel')}>
        <ul>
          {NAV.map((s) => (
            <li key={s}>
              <a href={`#${s}`} aria-current={route.section === s ? 'page' : undefined} data-section={s}>
                {t(`optNav_${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="opt-main" ref={main} class="opt-main" data-section={route.section}>
        {content}
      </main>
    </div>
  );
}
