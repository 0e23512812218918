import type { OverlayState } from './client';

/** Re-render the live figures at most once per this many ms: the model ticks at ~1 Hz, people read slower. */
export const RENDER_INTERVAL_MS = 1000;

/** Anything the user did (or settings) must show at once; only a new snapshot waits for the next slot. */
export function onlySnapshotChanged(a: OverlayState, b: OverlayState): boolean {
  return (
    a.paused === b.paused &&
    a.neverTracked === b.neverTracked &&
    a.expanded === b.expanded &&
    a.position?.x === b.position?.x &&
    a.position?.y === b.position?.y &&
    a.intention === b.intention &&
    a.series === b.series &&
    a.nudges.selfMonologue === b.nudges.selfMonologue &&
    a.nudges.silentParticipant === b.nudges.silentParticipant &&
    (a.snapshot === null) === (b.snapshot === null)
  );
}

/**
 * Leading-edge throttle with a trailing flush and no clock reads: the first state after a quiet spell is
 * emitted at once and opens a cooldown; states arriving during it are coalesced into one emit at its end.
 */
export function createStateThrottle(
  emit: (s: OverlayState) => void,
  intervalMs: number = RENDER_INTERVAL_MS,
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (h: unknown) => void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
) {
  let emitted: OverlayState | null = null;
  let pending: OverlayState | null = null;
  let cooldown: unknown = null;

  const open = () => {
    cooldown = timers.set(() => {
      cooldown = null;
      if (pending) {
        const s = pending;
        pending = null;
        flush(s);
      }
    }, intervalMs);
  };
  const flush = (s: OverlayState) => {
    emitted = s;
    emit(s);
    open();
  };

  return {
    push(s: OverlayState) {
      if (emitted === null || !onlySnapshotChanged(emitted, s)) {
        if (cooldown !== null) timers.clear(cooldown);
        pending = null;
        flush(s);
        return;
      }
      if (cooldown === null) flush(s);
      else pending = s;
    },
    dispose() {
      if (cooldown !== null) timers.clear(cooldown);
      cooldown = null;
      pending = null;
    },
  };
}
