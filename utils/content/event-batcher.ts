/**
 * Content-script side of event delivery. The adapter's `emit` pushes here; nothing goes to the background
 * per event. The batcher sends one `cs:events` message every `flushMs` (1.5 s: under the 2 s the
 * background and the "≤ 5 s lost on a crashed tab" promise rely on), also when there is nothing new (a
 * heartbeat that tells the background the tab is alive), on `pagehide` (marked `goodbye`), and when the
 * page becomes hidden (a backgrounded tab may be frozen or discarded next).
 *
 * Every event gets a per-session sequence number. Events stay in the queue until a reply's `durableSeq`
 * says the background has them in a checkpoint, and are resent until then, so a service worker that is
 * stopped between checkpoints loses nothing (the background skips numbers it already applied).
 *
 * Bounded: at most `maxQueue` events wait (sent-but-unconfirmed included). When full, new events are
 * dropped and counted (the count travels with every batch as `dropped`) rather than the oldest: the
 * background then holds a consistent prefix of the call — dropping old events would orphan later ones
 * (a `speaking.stopped` whose `participant.joined` is gone). `call.ended` is never dropped.
 * One exception keeps a long outage of the background's storage (disk full: replies say `storage`) from
 * losing the rest of the call: events the background has already *applied* (`appliedSeq`, held in its
 * memory) are let go first, oldest first, before any new event is dropped. They are then only lost if the
 * worker is also stopped before its storage works again (counted there as missed events).
 */

import { MAX_BATCH } from '@/utils/meeting/constants';
import type { MeetingEvent, Platform } from '@/utils/meeting/events';
import type { RequestOf, ResponseOf } from '@/utils/messages';

export type EventsMessage = RequestOf<'cs:events'> & { type: 'cs:events' };
export type SendEvents = (message: EventsMessage) => Promise<ResponseOf<'cs:events'>>;

export interface BatcherTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface BatcherOptions {
  sessionId: string;
  platform: Platform;
  send: SendEvents;
  flushMs?: number;
  maxQueue?: number;
  timers?: BatcherTimers;
  /** The events' clock (monotonic, epoch-like); stamps each batch's `at`. */
  now?: () => number;
  /** Where `pagehide` fires (window) and `visibilitychange` (document); omit in tests that do not need it. */
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  /**
   * The sequence number of the first event (default 1). A content script that joins a session an
   * earlier copy of itself recorded (after an extension update, utils/content/lifecycle.ts) goes on
   * from the background's `appliedSeq + 1`.
   */
  firstSeq?: number;
}

export interface BatcherStats {
  queued: number;
  unconfirmed: number;
  dropped: number;
  sentMessages: number;
  failedSends: number;
  durableSeq: number;
  /** The background's last word on its writes (see `ResponseOf<'cs:events'>`); null: they work. */
  storage: 'full' | 'failing' | null;
  /** Applied-but-not-durable events let go to make room (see the header). */
  evicted: number;
}

export interface EventBatcher {
  push(event: MeetingEvent): void;
  /** Sends what is queued now; resolves when the send settles. Concurrent calls share one send. */
  flush(reason?: 'timer' | 'hidden' | 'pagehide' | 'manual'): Promise<void>;
  stats(): BatcherStats;
  /** Stops the timer and listeners, after a last flush. */
  stop(): Promise<void>;
  /**
   * Stops the timer and listeners without sending: the extension that owned this script is gone
   * (updated or reloaded), so nobody can receive, and the next copy of the script resends from the
   * background's checkpoint on.
   */
  abandon(): void;
}

export const DEFAULT_FLUSH_MS = 1500;
export const DEFAULT_MAX_QUEUE = 5000;

export function createEventBatcher(options: BatcherOptions): EventBatcher {
  const flushMs = options.flushMs ?? DEFAULT_FLUSH_MS;
  const maxQueue = options.maxQueue ?? DEFAULT_MAX_QUEUE;
  const timers: BatcherTimers = options.timers ?? {
    setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
    clearInterval: (h) => globalThis.clearInterval(h as ReturnType<typeof globalThis.setInterval>),
  };
  /** Events not yet confirmed durable, oldest first; `queue[0]` has sequence number `headSeq`. */
  const clock = options.now ?? (() => performance.timeOrigin + performance.now());
  const queue: MeetingEvent[] = [];
  let headSeq = Math.max(1, Math.floor(options.firstSeq ?? 1));
  let dropped = 0;
  let sentMessages = 0;
  let failedSends = 0;
  let durableSeq = headSeq - 1;
  let appliedSeq = headSeq - 1;
  let storage: BatcherStats['storage'] = null;
  let evicted = 0;
  let inFlight: Promise<void> | null = null;
  let stopped = false;

  function confirm(seq: number): void {
    if (seq <= durableSeq) return;
    durableSeq = seq;
    const n = Math.min(queue.length, seq - headSeq + 1);
    if (n > 0) {
      queue.splice(0, n);
      headSeq += n;
    }
  }

  async function sendAll(goodbye: boolean): Promise<void> {
    // Everything unconfirmed as of now, in chunks of MAX_BATCH; an empty queue still sends a heartbeat.
    const endSeq = headSeq + queue.length;
    let nextSeq = headSeq;
    do {
      const from = Math.max(nextSeq, headSeq);
      const events = queue.slice(from - headSeq, Math.min(from - headSeq + MAX_BATCH, endSeq - headSeq));
      sentMessages++;
      const reply = await options.send({
        type: 'cs:events',
        sessionId: options.sessionId,
        platform: options.platform,
        firstSeq: from,
        events,
        dropped,
        goodbye,
        at: clock(),
      });
      nextSeq = from + events.length;
      storage = reply.storage ?? null;
      if (reply.appliedSeq > appliedSeq) appliedSeq = reply.appliedSeq;
      confirm(reply.durableSeq);
    } while (nextSeq < endSeq);
  }

  function flush(reason: 'timer' | 'hidden' | 'pagehide' | 'manual' = 'manual'): Promise<void> {
    if (inFlight) {
      // One send at a time; a flush requested meanwhile runs right after the current one (so a pagehide
      // is never lost) and the caller's promise waits for that follow-up send.
      if (reason === 'pagehide') goodbyePending = true;
      followUp ??= inFlight.then(() => {
        followUp = null;
        return flush(goodbyePending ? 'pagehide' : 'manual');
      });
      return followUp;
    }
    const goodbye = reason === 'pagehide' || goodbyePending;
    goodbyePending = false;
    inFlight = sendAll(goodbye)
      .catch(() => {
        // Background unreachable (worker restarting): keep everything, the next flush resends it.
        failedSends++;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }
  let followUp: Promise<void> | null = null;
  let goodbyePending = false;

  const interval = timers.setInterval(() => void flush('timer'), flushMs);
  // Into the back/forward cache the page may come back and go on: only a real unload says goodbye.
  const onPageHide = (e: Event) => void flush((e as PageTransitionEvent).persisted ? 'hidden' : 'pagehide');
  const onVisibility = () => {
    if (options.document?.visibilityState === 'hidden') void flush('hidden');
  };
  options.window?.addEventListener('pagehide', onPageHide);
  options.document?.addEventListener('visibilitychange', onVisibility);
  const detach = () => {
    stopped = true;
    timers.clearInterval(interval);
    options.window?.removeEventListener('pagehide', onPageHide);
    options.document?.removeEventListener('visibilitychange', onVisibility);
  };

  return {
    push(event) {
      if (stopped) return;
      if (queue.length >= maxQueue && event.type !== 'call.ended') {
        const held = Math.min(queue.length, appliedSeq - headSeq + 1);
        if (held <= 0) {
          dropped++;
          return;
        }
        queue.splice(0, held);
        headSeq += held;
        evicted += held;
      }
      queue.push(event);
      if (event.type === 'call.ended') void flush('manual');
    },
    flush,
    stats: () => ({
      queued: queue.length,
      unconfirmed: queue.length,
      dropped,
      sentMessages,
      failedSends,
      durableSeq,
      storage,
      evicted,
    }),
    async stop() {
      if (stopped) return;
      detach();
      await flush('manual');
    },
    abandon() {
      if (stopped) return;
      detach();
      queue.length = 0;
    },
  };
}

/** A random session id for one call in one tab. */
export function newSessionId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
