/**
 * The health view (options-page section; the overlay's health line links here): for the current or last
 * call, each signal's state, the selector layer that matched and when it last worked, and what the user
 * can do — plus the anonymised page sample for when Meet or Zoom changed.
 */

import { adviceFor, type HealthReport, overallState, type SignalHealth } from '@/utils/diagnostics/health';
import { t } from '@/utils/i18n';
import { SIGNALS } from '@/utils/meeting/constants';
import { registry } from '@/utils/platforms/registry';
import { CaptureView, type CaptureViewProps } from './CaptureView';
import { adviceKey, type HealthLocale, hs, signalKey, stateKey } from './strings';

export interface HealthViewProps {
  report: HealthReport | null;
  onCapture(): Promise<string>;
  locale: HealthLocale;
  /** Passed through to the capture view (tests; a custom saver). */
  download?: CaptureViewProps['download'];
}

const STATE_MARK = { ok: '✓', not_visible: '○', broken: '✕' } as const;

function time(ms: number, locale: HealthLocale): string {
  return new Date(ms).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function dateTime(ms: number, locale: HealthLocale): string {
  return new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}

function lastOk(h: SignalHealth, at: number, locale: HealthLocale): string {
  if (h.lastOkAt === null) return hs('health_never');
  if (h.state === 'ok' && h.lastOkAt === at) return hs('health_now');
  return time(h.lastOkAt, locale);
}

export function HealthView({ report, onCapture, locale, download }: HealthViewProps) {
  const platformName = report ? t(registry.meta(report.platform)?.labelKey ?? report.platform) : '';
  const overall = report ? overallState(report) : null;
  return (
    <section class="rh-health" aria-labelledby="rh-health-title">
      <h2 id="rh-health-title">{hs('health_title')}</h2>
      <p class="rh-muted">{hs('health_intro')}</p>
      {!report && (
        <p data-testid="rh-no-call" class="rh-summary">
          {hs('health_no_call')}
        </p>
      )}
      {report && overall && (
        <>
          <p class={`rh-summary rh-${overall}`} data-testid="rh-summary">
            <strong>
              {platformName} · {hs('health_checked_at', dateTime(report.at, locale))}
            </strong>
            <br />
            {hs(`health_summary_${overall}`)}
          </p>
          <div class="rh-table-wrap">
            <table class="rh-table">
              <caption class="rh-visually-hidden">
                {hs('health_title')} — {platformName}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{hs('health_col_signal')}</th>
                  <th scope="col">{hs('health_col_state')}</th>
                  <th scope="col">{hs('health_col_hook')}</th>
                  <th scope="col">{hs('health_col_last_ok')}</th>
                  <th scope="col">{hs('health_col_action')}</th>
                </tr>
              </thead>
              <tbody>
                {SIGNALS.map((s) => {
                  const h = report.signals[s];
                  const advice = adviceFor(s, h.state, report.platform);
                  return (
                    <tr key={s} data-signal={s} data-state={h.state}>
                      <th scope="row">{hs(signalKey(s))}</th>
                      <td>
                        <span class={`rh-state rh-${h.state}`}>
                          <span aria-hidden="true">{STATE_MARK[h.state]} </span>
                          {hs(stateKey(h.state))}
                        </span>
                      </td>
                      <td>
                        <code>{h.layer ?? hs('health_none')}</code>
                        {!h.layer && h.lastOkLayer && (
                          <span class="rh-muted"> ({hs('health_was', h.lastOkLayer)})</span>
                        )}
                      </td>
                      <td>{lastOk(h, report.at, locale)}</td>
                      <td data-testid={`rh-advice-${s}`}>
                        {advice ? hs(adviceKey(advice), platformName) : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <CaptureView
        onCapture={onCapture}
        locale={locale}
        platform={report?.platform ?? null}
        {...(download ? { download } : {})}
      />
    </section>
  );
}
