/**
 * The per-signal health table: each signal's state and the selector layer that matched, reported to the
 * model only when a state changes (and all of them again for each new call). Loud instead of zeros: a
 * signal whose hooks stopped matching is `broken`, one the page does not show right now `not_visible`.
 */
import { type HealthState, SIGNALS, type Signal } from '../../meeting/constants';
import type { MeetingEvent } from '../../meeting/events';

export interface SignalDiagnostics {
  state: HealthState;
  layer: string | null;
}

export class HealthTable {
  readonly table = Object.fromEntries(
    SIGNALS.map((s) => [s, { state: 'not_visible', layer: null }]),
  ) as Record<Signal, SignalDiagnostics>;
  private reported: Partial<Record<Signal, HealthState>> = {};

  set(s: Signal, state: HealthState, layer: string | null): void {
    this.table[s] = { state, layer };
  }
  /** Several signals at once (a reader's health verdict after a roster read). */
  apply(h: Partial<Record<Signal, SignalDiagnostics>>): void {
    for (const s of Object.keys(h) as Signal[]) this.table[s] = h[s]!;
  }
  /** What the model was last told about `s` this call (undefined: nothing yet). */
  last(s: Signal): HealthState | undefined {
    return this.reported[s];
  }
  /** A new call: re-announce every signal. */
  forget(): void {
    this.reported = {};
  }
  /** Out of a call nothing but the phase is visible. */
  outOfCall(): void {
    for (const s of SIGNALS) if (s !== 'phase') this.table[s] = { state: 'not_visible', layer: null };
  }
  report(emit: (e: MeetingEvent) => void, t: number): void {
    const changed: Partial<Record<Signal, HealthState>> = {};
    let any = false;
    for (const s of SIGNALS) {
      if (this.reported[s] !== this.table[s].state) {
        changed[s] = this.table[s].state;
        this.reported[s] = this.table[s].state;
        any = true;
      }
    }
    if (any) emit({ type: 'health', t, signals: changed });
  }
  snapshot(): Record<Signal, SignalDiagnostics> {
    return Object.fromEntries(SIGNALS.map((s) => [s, { ...this.table[s] }])) as Record<
      Signal,
      SignalDiagnostics
    >;
  }
}
