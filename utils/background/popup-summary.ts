/**
 * What the toolbar popup shows first, answered in one message (`ui:popup`) instead of the dozen the
 * reflection client used to send (latest, list, one detail per meeting, settings twice): the tracking
 * switch, the read mark, and the newest few finished meetings with their acknowledgements and saved
 * reflection.
 *
 * The answer is kept in the worker's memory and dropped whenever something it depends on is written
 * (a meeting finalised, deleted or imported, everything deleted, a reflection saved, settings changed),
 * so opening the popup again reads nothing from IndexedDB. It holds only what the store already keeps —
 * no page text — and lives no longer than the worker. The reads are indexed (newest `POPUP_RECENT` by
 * start time), so even a miss does not depend on how many meetings are stored.
 */
import { type ReflectionRecord, reflectionSchema } from '@/utils/prompts/reflection';
import type { Store, StoredAck, StoredMeeting } from '@/utils/store';
import type { LiveCall } from './live-calls';

/** As many meetings as the popup's "recent" list shows (ReflectionPanel's default `recentCount`). */
export const POPUP_RECENT = 5;

export interface PopupEntry {
  meeting: StoredMeeting;
  acks: StoredAck[];
  /** The saved reflection, validated here so the popup need not load the schema to read it. */
  saved: ReflectionRecord | null;
}

export interface PopupSummary {
  tracking: boolean;
  /** Reflections of meetings started up to this time have been seen. */
  reflectionsReadUpTo: number;
  /** Newest first, at most `POPUP_RECENT`. */
  recent: PopupEntry[];
  /** Older meetings exist beyond `recent`. */
  hasMore: boolean;
  /** The calls being recorded now (added by the background on each answer, never cached). */
  live?: LiveCall[];
}

export interface PopupSummaryCache {
  get(): Promise<PopupSummary>;
  /** Something the summary depends on was written: the next `get` reads the store again. */
  invalidate(): void;
  /** For tests: how many times the store was read for it. */
  readonly reads: number;
}

export function createPopupSummaryCache(store: Store): PopupSummaryCache {
  let cached: Promise<PopupSummary> | null = null;
  let reads = 0;
  const read = async (): Promise<PopupSummary> => {
    reads++;
    const [settings, meetings] = await Promise.all([
      store.settings.get(),
      store.meetings.list({ limit: POPUP_RECENT + 1 }),
    ]);
    const hasMore = meetings.length > POPUP_RECENT;
    const details = await Promise.all(
      meetings.slice(0, POPUP_RECENT).map((m) => store.meetings.detail(m.id)),
    );
    const recent: PopupEntry[] = [];
    for (const d of details) {
      // A meeting deleted between the two reads is simply not shown.
      if (!d) continue;
      const saved = reflectionSchema.safeParse(d.reflection);
      recent.push({ meeting: d.meeting, acks: d.acks, saved: saved.success ? saved.data : null });
    }
    return {
      tracking: settings.tracking,
      reflectionsReadUpTo: settings.reflectionsReadUpTo,
      recent,
      hasMore,
    };
  };
  return {
    get() {
      if (!cached) {
        const p = read();
        cached = p;
        // A failed read is not remembered: the next popup tries again.
        p.catch(() => {
          if (cached === p) cached = null;
        });
      }
      return cached;
    },
    invalidate() {
      cached = null;
    },
    get reads() {
      return reads;
    },
  };
}
