/**
 * The health view's and the page-sample capture's words, a typed façade over `_locales/<lang>/messages.json`
 * (the keys below are the message names), so every key is named here once and the compiler checks call
 * sites. Substitutions are plain text.
 */

import type { AdviceKey } from '@/utils/diagnostics/health';
import { t, type UiLocale } from '@/utils/i18n';
import type { HealthState, Signal } from '@/utils/meeting/constants';

/** Only number and date formats follow this; the words follow the messages' language. */
export type HealthLocale = UiLocale;

/** All keys, for the completeness test. */
export const HEALTH_STRING_KEYS = [
  'health_title',
  'health_intro',
  'health_no_call',
  'health_checked_at',
  'health_col_signal',
  'health_col_state',
  'health_col_hook',
  'health_col_last_ok',
  'health_col_action',
  'health_never',
  'health_now',
  'health_none',
  'health_was',
  'health_summary_ok',
  'health_summary_not_visible',
  'health_summary_broken',
  'health_signal_phase',
  'health_signal_participants',
  'health_signal_self',
  'health_signal_speaking',
  'health_signal_camera',
  'health_signal_mute',
  'health_signal_captions',
  'health_signal_chat',
  'health_state_ok',
  'health_state_not_visible',
  'health_state_broken',
  'health_advice_join',
  'health_advice_open_people',
  'health_advice_open_participants',
  'health_advice_show_tiles',
  'health_advice_turn_on_captions',
  'health_advice_open_chat',
  'health_advice_report',
  'capture_title',
  'capture_explain',
  'capture_attach',
  'capture_button',
  'capture_working',
  'capture_ready',
  'capture_failed',
  'capture_preview',
  'capture_preview_cut',
  'capture_size',
  'capture_save',
  'capture_saved',
  'capture_again',
] as const;

export type HealthStringKey = (typeof HEALTH_STRING_KEYS)[number];

/** The message for `key`, with `$1`, `$2`… substituted as plain text. */
export function hs(key: HealthStringKey, ...subs: string[]): string {
  return t(key, subs);
}

export const signalKey = (s: Signal): HealthStringKey => `health_signal_${s}`;
export const stateKey = (s: HealthState): HealthStringKey => `health_state_${s}`;
export const adviceKey = (a: AdviceKey): HealthStringKey => a;

/** "12.3 KB" / "1.4 MB". */
export function formatBytes(n: number, locale: HealthLocale): string {
  const fmt = (x: number) => x.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${fmt(n / 1024)} KB`;
  return `${fmt(n / (1024 * 1024))} MB`;
}
