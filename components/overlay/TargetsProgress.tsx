/**
 * The user's personal targets for this meeting series during the call (issue 22), and the expectation
 * the fair share uses when they have a role there. Quiet on purpose: plain muted text, no live region (a
 * figure changing every second must not be read out), no sound, no animation, no colour change when a
 * target flips. Names are page text: text children only. Its own file so the overlay's loading can change
 * around it (Panel.tsx renders it with one line).
 */

import { t } from '@/utils/i18n';
import type { LiveSnapshot } from '@/utils/meeting/types';
import { expectationFor } from '@/utils/prompts/expectation';
import { formatNames, formatPct, type Locale } from '@/utils/prompts/format';
import { evaluateTargets, type TargetResult } from '@/utils/prompts/targets';
import type { SeriesSettings } from '@/utils/store/series';

function line(r: TargetResult, locale: Locale): string {
  if (r.id === 'maxShare') {
    const limit = formatPct(r.limit ?? 0, locale);
    return r.share == null
      ? t('ovlTarget_maxShare_unknown', limit)
      : t('ovlTarget_maxShare', [limit, formatPct(r.share, locale)]);
  }
  // Live, "not met" only means "not yet": the call is still going.
  const done = r.state === 'met';
  if (r.id === 'inviteQuiet') return done ? t('ovlTarget_inviteQuiet_done') : t('ovlTarget_inviteQuiet_open');
  return done ? t('ovlTarget_ackByName_done') : t('ovlTarget_ackByName_open');
}

function expectationLine(snapshot: LiveSnapshot, series: SeriesSettings, locale: Locale): string | null {
  const e = expectationFor(snapshot, series);
  if (!e || e.basis === 'even') return null;
  const share = formatPct(e.share, locale);
  if (e.basis === 'other-presenter')
    return t('ovlExpected_other', [share, formatNames(e.presenters, locale)]);
  return e.basis === 'host' ? t('ovlExpected_host', share) : t('ovlExpected_presenter', share);
}

export function TargetsProgress({
  snapshot,
  series,
  locale = 'en',
}: {
  snapshot: LiveSnapshot | null;
  series: SeriesSettings | null | undefined;
  locale?: Locale;
}) {
  if (!snapshot || !series) return null;
  const results = evaluateTargets(snapshot, series.targets);
  const expected = expectationLine(snapshot, series, locale);
  if (results.length === 0 && expected === null) return null;
  return (
    <section class="rp-targets" aria-label={t('ovlTargetsLabel')} data-testid="rp-targets">
      {expected !== null ? <p class="rp-targets-expected">{expected}</p> : null}
      {results.length > 0 ? (
        <ul class="rp-targets-list">
          {results.map((r) => (
            <li key={r.id} data-state={r.state}>
              {line(r, locale)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
