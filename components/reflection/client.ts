/**
 * The reflection views' only dependency on the rest of the extension. The popup and the end-of-call card
 * get a real implementation (messages to the background, which reads and writes the store); tests and the
 * preview page use `createMockReflectionClient`.
 */
import type { MeetingSummary } from '@/utils/meeting/types';
import { type ReflectionInput, type ReflectionRecord, reflectionSchema } from '@/utils/prompts/reflection';

/** One finished meeting as the reflection views need it. */
export interface ReflectionEntry {
  meetingId: string;
  summary: MeetingSummary;
  /** The reflection the user saved for this meeting, if any. */
  saved: ReflectionRecord | null;
  /** false until the user has seen the reflection (drives the action badge). */
  read: boolean;
}

export interface ReflectionClient {
  /** The most recent finished meeting, or null when there is none yet. */
  getLatest(): Promise<ReflectionEntry | null>;
  /** Up to `n` finished meetings, most recent first. */
  listRecent(n: number): Promise<ReflectionEntry[]>;
  /** Validates and stores the reflection; resolves with the stored record. */
  saveReflection(meetingId: string, input: ReflectionInput): Promise<ReflectionRecord>;
  /** The user has seen this meeting's reflection. */
  markRead(meetingId: string): Promise<void>;
}

export interface MockReflectionClient extends ReflectionClient {
  readonly entries: ReflectionEntry[];
  readonly calls: {
    saveReflection: Array<{ meetingId: string; input: ReflectionInput }>;
    markRead: string[];
    listRecent: number[];
  };
  /** Make the next `saveReflection` reject (to test error states). */
  failNextSave(): void;
}

/** In-memory client that behaves like the real one: validates, stores, orders by start time. */
export function createMockReflectionClient(
  initial: ReflectionEntry[] = [],
  now: () => number = () => Date.now(),
): MockReflectionClient {
  const entries = initial.map((e) => ({ ...e }));
  const calls: MockReflectionClient['calls'] = { saveReflection: [], markRead: [], listRecent: [] };
  let failNext = false;
  const sorted = () => [...entries].sort((a, b) => b.summary.startedAt - a.summary.startedAt);
  return {
    entries,
    calls,
    failNextSave() {
      failNext = true;
    },
    async getLatest() {
      return sorted()[0] ?? null;
    },
    async listRecent(n) {
      calls.listRecent.push(n);
      return sorted().slice(0, Math.max(0, n));
    },
    async saveReflection(meetingId, input) {
      calls.saveReflection.push({ meetingId, input });
      if (failNext) {
        failNext = false;
        throw new Error('save failed');
      }
      const record = reflectionSchema.parse({ ...input, meetingId, savedAt: now() });
      const entry = entries.find((e) => e.meetingId === meetingId);
      if (entry) entry.saved = record;
      return record;
    },
    async markRead(meetingId) {
      calls.markRead.push(meetingId);
      const entry = entries.find((e) => e.meetingId === meetingId);
      if (entry) entry.read = true;
    },
  };
}
