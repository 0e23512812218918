/**
 * Notices when the content script has not been running: the laptop slept, the tab was frozen, or a
 * background tab's timers were throttled so hard (Chrome's intensive throttling: once a minute after five
 * hidden minutes) that the page could have changed unseen. The model then gets a `coverage.gap` event
 * (reducer.ts "Gaps"): nobody speaks, nobody is present and nothing is covered in it, instead of the
 * speaker who was talking when the lid closed being credited with twenty silent minutes.
 *
 * Two signs, checked at every sign of life (each event and the runtime's 1 s tick):
 * - the events' monotonic clock moved on by more than `gapMs` since the last sign of life: the tick runs
 *   every second while timers run, so a stall that long means nothing here ran (timers frozen, or
 *   throttled). Whether `performance.now()` advances during system sleep differs by platform (W3C hr-time
 *   issue 115), so this alone misses a sleep on a platform where it pauses;
 * - the wall clock moved on by more than `gapMs` more than the monotonic one did: a sleep during which the
 *   monotonic clock paused (or the clock was set forward). The events' clock then holds no time for it, so
 *   no figure can be inflated by it; the gap is reported (as the short monotonic stall it is) so speaking
 *   is restarted from what the page shows now and the stall is counted.
 * A wall clock going *backwards* (a manual change, a time-zone slip on some systems) is ignored: events run
 * on the monotonic clock, which did not move back, and nothing was missed.
 *
 * 15 s: while timers run the tick comes every second, and a busy page (a long garbage collection, a
 * shared-screen decode) delays it by a few seconds at most; a quarter of a throttled minute is already
 * "not seen". A page that is alive but quiet under throttling (no DOM change, one tick a minute) is
 * counted as a gap too: it cannot be told from a frozen one, and "not covered" is the honest reading.
 */
import type { EventOf } from '@/utils/meeting/events';

export const DEFAULT_GAP_MS = 15_000;

export interface GapDetectorOptions {
  /** The events' clock (monotonic, epoch-like). */
  now: () => number;
  /** The wall clock (`Date.now`). */
  wall?: () => number;
  gapMs?: number;
}

export interface GapDetector {
  /** A sign of life at `t` (the events' clock): the gap to apply before anything at `t`, or null. */
  check(t: number): EventOf<'coverage.gap'> | null;
  /** Gaps reported so far (for tests and health). */
  readonly count: number;
}

export function createGapDetector(options: GapDetectorOptions): GapDetector {
  const gapMs = options.gapMs ?? DEFAULT_GAP_MS;
  const wall = options.wall ?? (() => Date.now());
  let lastAlive = options.now();
  let offset = wall() - lastAlive;
  let count = 0;
  return {
    check(t) {
      // Out-of-order times (an acknowledgement dated at its caption) say nothing about liveness.
      if (!(t >= lastAlive)) return null;
      const nextOffset = wall() - t;
      const stalled = t - lastAlive > gapMs;
      const wallAhead = nextOffset - offset > gapMs;
      const from = lastAlive;
      lastAlive = t;
      offset = nextOffset;
      if (!stalled && !wallAhead) return null;
      count++;
      return { type: 'coverage.gap', t, from };
    },
    get count() {
      return count;
    },
  };
}
