/**
 * What every platform adapter provides. Adding a platform means adding one folder under
 * `utils/platforms/<name>/` that exports a `PlatformAdapter`, one content-script entrypoint that calls
 * `runAdapter(adapter, ctx)`, and fixtures — nothing else changes.
 */
import type { HealthState, Platform, Signal } from '../meeting/constants';
import type { MeetingEvent } from '../meeting/events';
import type { SelectorChain } from './dom';

export type CallPhase = 'lobby' | 'waiting' | 'in_call' | 'ended' | 'unknown';

export interface AdapterSession {
  /** Stops every observer and timer the adapter started. Idempotent. */
  stop(): void;
  /** Per-signal state with the selector layer that matched now (the health view). */
  diagnostics?(): Record<Signal, { state: HealthState; layer: string | null }>;
}

export interface AdapterContext {
  /** Aborted when the content script is invalidated, the page navigates away, or the call ends. */
  signal: AbortSignal;
  /** Events go out in order; the caller batches them (never per event to the background). */
  emit(event: MeetingEvent): void;
  /** Monotonic clock; injectable so tests and the benchmark can drive time. */
  now(): number;
}

export interface PlatformAdapter {
  id: Platform;
  /** Same-origin frames that hold the meeting UI, inlined into page samples (Zoom's web client). */
  meetingFrames?: SelectorChain;
  /** The document that holds the meeting UI (Zoom may render inside a same-origin `iframe#webclient`). */
  findRoot(doc: Document): Document | null;
  /** Start observing `root`; emits `call.started` once the page shows an in-progress call. */
  start(root: Document, ctx: AdapterContext): AdapterSession;
}
