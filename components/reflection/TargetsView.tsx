/**
 * Issue 22's personal targets in the reflection: whether each target the user set for this meeting series
 * (or all calls) was met, unknown when Rapport could not see what it needs; and the expectation the
 * fair-share line used when the user has a role in the series. Plain text; names are text children.
 */

import { t } from '@/utils/i18n';
import type { MeetingSummary } from '@/utils/meeting/types';
import { expectationFor } from '@/utils/prompts/expectation';
import { formatNames, formatPct, type Locale } from '@/utils/prompts/format';
import { evaluateTargets, type TargetResult } from '@/utils/prompts/targets';
import type { SeriesSettings } from '@/utils/store/series';

/** Every key `targetLine` can build, for the completeness test. */
export const TARGET_LINE_KEYS: readonly string[] = ['maxShare', 'inviteQuiet', 'ackByName'].flatMap((id) =>
  ['met', 'not_met', 'unknown'].map((s) => `reflTarget_${id}_${s}`),
);
export const EXPECTATION_KEYS: readonly string[] = [
  'reflExpect_host',
  'reflExpect_presenter',
  'reflExpect_other',
];

export function targetLine(r: TargetResult, locale: Locale): string {
  const key = `reflTarget_${r.id}_${r.state.replace('-', '_')}`;
  if (r.id === 'maxShare')
    return t(key, [formatPct(r.limit ?? 0, locale), r.share == null ? '' : formatPct(r.share, locale)]);
  return t(key, formatNames(r.names ?? [], locale));
}

export function TargetsView({
  summary,
  series,
  locale = 'en',
}: {
  summary: MeetingSummary;
  series: SeriesSettings | null | undefined;
  locale?: Locale;
}) {
  const results = evaluateTargets(summary, series?.targets);
  if (results.length === 0) return null;
  const met = results.filter((r) => r.state === 'met').length;
  return (
    <section aria-labelledby="rp-targets-title" class="rp-targets">
      <h3 id="rp-targets-title">{t('reflTargetsTitle')}</h3>
      <p class="rp-targets-met">{t('reflTargetsMet', [String(met), String(results.length)])}</p>
      <ul data-testid="rp-targets">
        {results.map((r) => (
          <li key={r.id} data-state={r.state}>
            {targetLine(r, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The expectation the fair-share line uses, when it is not the plain even share. */
export function ExpectationLine({
  summary,
  series,
  locale = 'en',
}: {
  summary: MeetingSummary;
  series: SeriesSettings | null | undefined;
  locale?: Locale;
}) {
  const e = expectationFor(summary, series);
  if (!e || e.basis === 'even') return null;
  const text =
    e.basis === 'other-presenter'
      ? t('reflExpect_other', [formatPct(e.share, locale), formatNames(e.presenters, locale)])
      : t(`reflExpect_${e.basis}`, [formatPct(e.share, locale), formatPct(e.even, locale)]);
  return <p data-testid="rp-expectation">{text}</p>;
}
