import type { SenderLike } from '@/utils/background/sender';
import { type BackgroundOptions, createBackgroundService } from '@/utils/background/service';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
import type { Envelope, ResponseOf } from '@/utils/messages';
import type { Store } from '@/utils/store';

export const EXT = { id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' };
export const MEET_SENDER: SenderLike = {
  id: EXT.id,
  url: 'https://meet.google.com/abc-defg-hij',
  tab: { id: 7 },
};
export const ZOOM_SENDER: SenderLike = {
  id: EXT.id,
  url: 'https://us05web.zoom.us/wc/123/start',
  tab: { id: 8 },
};
export const PAGE_SENDER: SenderLike = {
  id: EXT.id,
  url: 'chrome-extension://test-extension-id/options.html',
};

/** A wall clock and timers the test moves by hand (fake-indexeddb needs the real setImmediate). */
export class ManualClock {
  t: number;
  private next = 1;
  private pending = new Map<number, { at: number; fn: () => void }>();
  constructor(t0: number) {
    this.t = t0;
  }
  now = () => this.t;
  timers = {
    setTimeout: (fn: () => void, ms: number) => {
      const id = this.next++;
      this.pending.set(id, { at: this.t + ms, fn });
      return id;
    },
    clearTimeout: (id: unknown) => {
      this.pending.delete(id as number);
    },
  };
  /** Moves time forward, firing due timers in order; `settle` runs after each. */
  async advance(ms: number, settle: () => Promise<void> = async () => {}): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      let best: [number, { at: number; fn: () => void }] | null = null;
      for (const e of this.pending) if (e[1].at <= end && (!best || e[1].at < best[1].at)) best = e;
      if (!best) break;
      this.pending.delete(best[0]);
      this.t = Math.max(this.t, best[1].at);
      best[1].fn();
      await settle();
    }
    this.t = end;
  }
  get pendingCount(): number {
    return this.pending.size;
  }
}

export function makeService(store: Store, clock: ManualClock, extra: Partial<BackgroundOptions> = {}) {
  return createBackgroundService({ store, extension: EXT, now: clock.now, timers: clock.timers, ...extra });
}

export function unwrap<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(e.error);
  return e.data as T;
}

export type EventsReply = ResponseOf<'cs:events'>;

export function referenceSummary(events: MeetingEvent[]) {
  const s = createMeetingState();
  applyEvents(s, events);
  return summarize(s);
}
