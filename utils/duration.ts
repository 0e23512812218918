/**
 * The one way Rapport writes a length of time (issue 18, point 6): the overlay's speaking times and quiet
 * markers, the reflection card and page, the prompts' cited figures and the options page's history all call
 * `formatDuration`. Views may import it (utils/ never imports components/).
 *
 * Rounding, decided once for every view:
 * - Time is floored to whole seconds, then to whole minutes where seconds are no longer shown — like the
 *   overlay's clock (2:29 stays 2:29 until 2:30 has passed), so no two views show one instant differently
 *   and no figure claims time that has not passed. Negative or non-finite input is 0.
 * - under 1 min:   "45 s"
 * - under 10 min:  "2 min 30 s" (seconds two digits: "2 min 05 s"; none on the minute: "4 min"); seconds matter at this scale —
 *                  a 2 min 30 s call used to read "3 minutes" in Chrome and "2 minutes" in Firefox, because a
 *                  measured 150.2 s and 149.6 s rounded to different whole minutes
 * - under 1 h:     "12 min"
 * - from 1 h:      "1 h 05 min" (minutes two digits; "1 h" on the hour)
 * A zero last part is left out ("4 min", not "4 min 00 s"): it reads as a round figure, which it is.
 * Digits come from integer arithmetic, not from Intl: NumberFormat's rounding options, RelativeTimeFormat
 * and DurationFormat differ between Chrome, Firefox and their versions, and every UI locale (utils/i18n.ts)
 * writes 0–9. The words (units and their order) are `_locales` messages `dur_*`, so German reads
 * "2 Min. 30 Sek." and Japanese "2 分 30 秒".
 */
import { t } from './i18n';

/** Looks up a `_locales` message with `$1`… substitutions (the extension's `getMessage` by default). */
export type DurationWords = (id: string, substitutions: string[]) => string;

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
/** Below this, seconds are shown next to minutes. */
export const SECONDS_SHOWN_BELOW_MS = 10 * MINUTE_MS;

const two = (n: number) => String(n).padStart(2, '0');

export function formatDuration(ms: number, words: DurationWords = t): string {
  const totalS = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / SECOND_MS) : 0;
  const s = totalS % 60;
  const totalMin = Math.floor(totalS / 60);
  if (totalMin === 0) return words('dur_seconds', [String(s)]);
  if (totalS * SECOND_MS < SECONDS_SHOWN_BELOW_MS && s !== 0)
    return words('dur_minutes_seconds', [String(totalMin), two(s)]);
  if (totalMin < 60) return words('dur_minutes', [String(totalMin)]);
  const h = String(Math.floor(totalMin / 60));
  const m = totalMin % 60;
  return m === 0 ? words('dur_hours', [h]) : words('dur_hours_minutes', [h, two(m)]);
}
