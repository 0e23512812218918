/**
 * The health report behind the health view: per signal, its state now, the selector layer that matched,
 * and when it last worked — so the view can tell "not rendered right now, here is what you can do" from
 * "Meet/Zoom changed, please send a sample". Pure and zod-free (content scripts may build it).
 */
import { type HealthState, type Platform, SIGNALS, type Signal } from '../meeting/constants';
import { registry } from '../platforms/registry';

/** What an adapter session's `diagnostics()` returns per signal (Meet and Zoom observers share the shape). */
export interface SignalDiagnostics {
  state: HealthState;
  layer: string | null;
}

export type Diagnostics = Record<Signal, SignalDiagnostics>;

export interface SignalHealth {
  state: HealthState;
  /** The selector layer that matched on this reading (null when none did). */
  layer: string | null;
  /** Last reading time at which this signal was ok (epoch ms), null if never in this call. */
  lastOkAt: number | null;
  /** The layer that matched at `lastOkAt`: which hook worked before it stopped. */
  lastOkLayer: string | null;
  /** Since when the signal has been in `state` (epoch ms). */
  since: number;
}

export interface HealthReport {
  platform: Platform;
  /** Time of the reading (epoch ms). */
  at: number;
  signals: Record<Signal, SignalHealth>;
}

/**
 * Folds one diagnostics reading into the report. `previous` is the last report of the *same call*: the
 * caller starts a call with none (a new platform also starts afresh), so `lastOkAt` never crosses calls.
 */
export function buildHealthReport(
  platform: Platform,
  diagnostics: Diagnostics,
  now: number,
  previous?: HealthReport | null,
): HealthReport {
  const prev = previous && previous.platform === platform ? previous : null;
  const signals = {} as Record<Signal, SignalHealth>;
  for (const s of SIGNALS) {
    const d = diagnostics[s] ?? { state: 'not_visible', layer: null };
    const p = prev?.signals[s];
    const ok = d.state === 'ok';
    signals[s] = {
      state: d.state,
      layer: d.layer,
      lastOkAt: ok ? now : (p?.lastOkAt ?? null),
      lastOkLayer: ok ? d.layer : (p?.lastOkLayer ?? null),
      since: p && p.state === d.state ? p.since : now,
    };
  }
  return { platform, at: now, signals };
}

/** Keys of the user's next step (strings in components/health/strings.ts). */
export type AdviceKey =
  | 'health_advice_join'
  | 'health_advice_open_people'
  | 'health_advice_open_participants'
  | 'health_advice_show_tiles'
  | 'health_advice_turn_on_captions'
  | 'health_advice_open_chat'
  | 'health_advice_report';

/**
 * What the user can do about a signal. `broken` always means the page changed under Rapport: only a
 * sample and an update fix it. `not_visible` means the platform is not rendering the signal right now,
 * and a visible, opt-in action of the user's brings it back.
 */
export function adviceFor(signal: Signal, state: HealthState, platform: Platform): AdviceKey | null {
  if (state === 'ok') return null;
  if (state === 'broken') return 'health_advice_report';
  const panel = (registry.meta(platform)?.participantsAdviceKey ??
    'health_advice_open_participants') as AdviceKey;
  switch (signal) {
    case 'phase':
      return 'health_advice_join';
    case 'participants':
    case 'self':
      return panel;
    case 'speaking':
    case 'camera':
      return 'health_advice_show_tiles';
    case 'mute':
      return panel;
    case 'captions':
      return 'health_advice_turn_on_captions';
    case 'chat':
      return 'health_advice_open_chat';
  }
}

/** The worst state of a report, for a one-line summary. */
export function overallState(report: HealthReport): HealthState {
  const states = SIGNALS.map((s) => report.signals[s].state);
  if (states.includes('broken')) return 'broken';
  if (states.includes('not_visible')) return 'not_visible';
  return 'ok';
}
