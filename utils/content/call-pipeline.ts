/**
 * What happens to an adapter's events inside the content script, for one call:
 *
 *   adapter events → pause gate → acknowledgement detector → local meeting model (for the overlay)
 *                                                          → batcher → background (no caption/chat text)
 *
 * Caption and chat text stops here: the detector turns it into `ack` events and the text is never sent to
 * the background, so it cannot be stored. No DOM and no browser APIs: the caller injects `send`, the clock
 * and the timers, which keeps this unit-testable and lets the benchmark drive it.
 *
 * Recording may start mid-call (undo "never track"): the caller feeds `roster.replay()` in first.
 *
 * Pause: while paused, speaking/camera/captions/chat are reported to the model as not visible (so their
 * coverage says which part of the call the figures cover, and running turns stop), and the signal events
 * themselves are held back. Presence keeps flowing, so durations stay right. On resume the real health is
 * restored and the current raw state (who is speaking, whose camera is on, who is muted) is replayed, so
 * someone who was mid-sentence when the user resumed is counted from that moment.
 */
// The detector module, not `@/utils/acks`: that index imports every language table (see languages/registry.ts).
import { createAckDetector, manualAck } from '@/utils/acks/detector';
import type { AckLanguageCode } from '@/utils/acks/languages';
import { createEventBatcher, type EventBatcher, type SendEvents } from '@/utils/content/event-batcher';
import type { EventOf, HealthState, MeetingEvent, Platform, Signal } from '@/utils/meeting/events';
import { applyEvent, createMeetingState, snapshot } from '@/utils/meeting/reducer';
import type { LiveSnapshot } from '@/utils/meeting/types';
import { createGapDetector } from './gap-detector';
import type { Roster } from './roster';

/** Signals a pause hides from the model; presence-related ones keep flowing. */
const PAUSED_SIGNALS: readonly Signal[] = ['speaking', 'camera', 'captions', 'chat', 'mute'];

export interface PipelineOptions {
  platform: Platform;
  sessionId: string;
  send: SendEvents;
  now: () => number;
  /**
   * `language`: rules already loaded (registered), or null while none is (nothing is detected until
   * `setAckLanguage`). `observe` sees every caption and chat event first (the automatic language choice).
   */
  acks: {
    enabled: boolean;
    language: AckLanguageCode | null;
    observe?(event: EventOf<'caption'> | EventOf<'chat'>): void;
  };
  /** The call's raw state, kept by the caller for every adapter event (the pipeline only reads it). */
  roster: Roster;
  /** The wall clock and the stall that counts as a gap (gap-detector.ts); defaults: Date.now, 15 s. */
  gaps?: { wall?: () => number; gapMs?: number };
  /** Injected into the batcher; defaults to the global timers and no page listeners. */
  batcher?: Partial<Parameters<typeof createEventBatcher>[0]>;
}

export interface CallPipeline {
  input(event: MeetingEvent): void;
  setPaused(paused: boolean): void;
  readonly paused: boolean;
  /** Records a `manual` acknowledgement from the local user; false when self is not known yet. */
  manualAck(toId: string): boolean;
  /** Switches the acknowledgement rules (registered) from the next caption on; no-op when detection is off. */
  setAckLanguage(code: AckLanguageCode): void;
  /** Finalises quiet caption entries; call about once a second. */
  tick(): void;
  snapshot(): LiveSnapshot;
  readonly batcher: EventBatcher;
  /** Finalises open caption entries, sends everything, stops timers. */
  stop(): Promise<void>;
  /** Stops timers without sending anything (the extension is gone: see `EventBatcher.abandon`). */
  abandon(): void;
}

export function createCallPipeline(opts: PipelineOptions): CallPipeline {
  const model = createMeetingState(undefined, opts.platform);
  const detector = opts.acks.enabled
    ? createAckDetector({ language: opts.acks.language, now: opts.now })
    : null;
  const batcher = createEventBatcher({
    sessionId: opts.sessionId,
    platform: opts.platform,
    send: opts.send,
    ...opts.batcher,
  });
  let paused = false;
  // Sleep, a frozen or a throttled tab: the gap goes in before whatever comes first after it.
  const gaps = createGapDetector({ now: opts.now, ...opts.gaps });
  const alive = (t: number) => {
    const gap = gaps.check(t);
    if (gap) deliver(gap);
  };

  let lastT = 0;
  const deliver = (raw: MeetingEvent) => {
    // The detector dates an acknowledgement at its caption entry's last update but can only report it
    // once the entry is final (seconds later); the model rejects events that go back in time by more
    // than a moment, so acknowledgements are dated when they are reported.
    const e = raw.type === 'ack' && raw.t < lastT ? { ...raw, t: lastT } : raw;
    if (e.t > lastT) lastT = e.t;
    applyEvent(model, e);
    // Text never leaves the page: captions and chat stay here, only their acknowledgements travel.
    if (e.type !== 'caption' && e.type !== 'chat') batcher.push(e);
  };

  const detect = (e: MeetingEvent) => {
    if (e.type === 'caption' || e.type === 'chat') opts.acks.observe?.(e);
    const acks = detector ? detector.push(e) : [];
    // The end closes every open caption entry: its acknowledgements belong before it, or the model
    // (which accepts nothing after the end) would drop them.
    if (e.type === 'call.ended') for (const ack of acks) deliver(ack);
    deliver(e);
    if (e.type !== 'call.ended') for (const ack of acks) deliver(ack);
  };

  const maskedHealth = (t: number): MeetingEvent => {
    const signals: Partial<Record<Signal, HealthState>> = { ...opts.roster.health };
    for (const s of PAUSED_SIGNALS) signals[s] = 'not_visible';
    return { type: 'health', t, signals };
  };

  return {
    batcher,
    get paused() {
      return paused;
    },
    input(e) {
      alive(e.t);
      if (!paused) {
        detect(e);
        return;
      }
      switch (e.type) {
        case 'call.started':
        case 'call.ended':
        case 'participant.joined':
        case 'participant.left':
        case 'participant.renamed':
        case 'participant.self':
        case 'participant.visibility':
          detect(e);
          break;
        case 'health':
          deliver(maskedHealth(e.t));
          break;
        default:
        // Held back while paused: speaking, camera, mic, hands, reactions, captions, chat, acks.
      }
    },
    setPaused(next) {
      if (next === paused) return;
      const t = opts.now();
      paused = next;
      if (paused) {
        // Entries that were being spoken before the pause still count; nothing after it does.
        if (detector) for (const ack of detector.flush(t)) deliver(ack);
        deliver(maskedHealth(t));
        return;
      }
      deliver({ type: 'health', t, signals: healthyDefaults(opts.roster.health) });
      for (const e of opts.roster.replay(t, { withStart: false, withJoins: false })) deliver(e);
    },
    setAckLanguage(code) {
      detector?.setLanguage(code);
    },
    manualAck(toId) {
      const selfId = snapshot(model, opts.now()).selfId;
      if (!selfId || paused) return false;
      const ack = manualAck(opts.now(), selfId, toId);
      if (!ack) return false;
      deliver(ack);
      return true;
    },
    tick() {
      alive(opts.now());
      if (detector && !paused) for (const ack of detector.tick(opts.now())) deliver(ack);
    },
    snapshot() {
      const t = opts.now();
      alive(t);
      return snapshot(model, t);
    },
    async stop() {
      if (detector && !paused) for (const ack of detector.flush(opts.now())) deliver(ack);
      await batcher.stop();
    },
    abandon() {
      batcher.abandon();
    },
  };
}

/**
 * Signals the adapter never reported are assumed ok (the model's own default), so resuming restores them
 * rather than leaving them masked.
 */
function healthyDefaults(real: Partial<Record<Signal, HealthState>>): Partial<Record<Signal, HealthState>> {
  const out: Partial<Record<Signal, HealthState>> = { ...real };
  for (const s of PAUSED_SIGNALS) if (real[s] === undefined) out[s] = 'ok';
  return out;
}
