import { useEffect, useState } from 'preact/hooks';
import type { ReflectionClient } from '@/components/reflection/client';
import { ReflectionPanel } from '@/components/reflection/ReflectionPanel';
import type { LiveCall } from '@/utils/background/live-calls';
import { registry } from '@/utils/platforms/registry';
import type { Locale } from '@/utils/prompts/format';

export interface PopupProps {
  reflections: ReflectionClient;
  /** The global tracking switch. */
  getTracking(): Promise<boolean>;
  setTracking(on: boolean): Promise<void>;
  openOptions(): void;
  openWelcome(): void;
  /** The calls being recorded now (with two at once the user sees which is which). */
  getLiveCalls?(): Promise<LiveCall[]>;
  t(key: string): string;
  locale: Locale;
}

/** The toolbar popup: the global switch, the latest meeting's reflection, and the way to the rest. */
export function Popup({
  reflections,
  getTracking,
  setTracking,
  openOptions,
  openWelcome,
  getLiveCalls,
  t,
  locale,
}: PopupProps) {
  const [tracking, setTrackingState] = useState<boolean | null>(null);
  const [live, setLive] = useState<LiveCall[]>([]);
  useEffect(() => {
    void getTracking().then(setTrackingState);
    void getLiveCalls?.().then(setLive, () => {});
  }, []);
  const toggle = async () => {
    if (tracking === null) return;
    const next = !tracking;
    setTrackingState(next);
    try {
      await setTracking(next);
    } catch {
      setTrackingState(!next);
    }
  };
  return (
    <div class="popup">
      <header class="popup-head">
        {/* The same inline SVG as the static shell in entrypoints/popup/index.html, so the render adopts it. */}
        <svg
          class="popup-logo"
          viewBox="0 0 128 128"
          width="24"
          height="24"
          aria-hidden="true"
          focusable="false"
        >
          <rect width="128" height="128" rx="28" fill="#2f5d50" />
          <circle cx="48" cy="58" r="24" fill="#f4c95d" />
          <circle cx="80" cy="58" r="24" fill="#7fc8a9" fill-opacity="0.9" />
          <path
            d="M30 98 Q64 118 98 98"
            stroke="#fdf6e3"
            stroke-width="8"
            fill="none"
            stroke-linecap="round"
          />
        </svg>
        <h1>Rapport</h1>
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={tracking === true}
          disabled={tracking === null}
          onClick={toggle}
        >
          <span class="switch-track" aria-hidden="true">
            <span class="switch-thumb" />
          </span>
          <span>{t('popupTracking')}</span>
        </button>
      </header>
      <p class="popup-hint">{t(tracking === false ? 'popupTrackingOffHint' : 'popupTrackingOnHint')}</p>
      {live.length > 0 && (
        <section class="popup-live" aria-labelledby="popup-live-title" data-testid="live-calls">
          <h2 id="popup-live-title">{t('popupLiveTitle')}</h2>
          <ul>
            {live.map((c) => (
              <li key={c.sessionId}>
                <span class="popup-live-dot" aria-hidden="true">
                  ●
                </span>{' '}
                <strong>{platformLabel(c.platform, t)}</strong>
                {/* Page text: rendered as text, never markup. */}
                {(c.title?.trim() || c.meetingCode) && (
                  <span class="popup-live-title" dir="auto">
                    {' '}
                    {c.title?.trim() || c.meetingCode}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReflectionPanel client={reflections} locale={locale} />
      <footer class="popup-foot">
        <button type="button" class="link" onClick={openOptions}>
          {t('popupOpenOptions')}
        </button>
        <button type="button" class="link" onClick={openWelcome}>
          {t('popupOpenWelcome')}
        </button>
        <span class="popup-privacy">{t('popupPrivacy')}</span>
      </footer>
    </div>
  );
}

function platformLabel(id: string, t: (key: string) => string): string {
  const key = registry.meta(id)?.labelKey;
  return (key && t(key)) || id;
}
