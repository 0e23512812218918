/**
 * The reflection views' only dependency on the rest of the extension: `ReflectionClient`, defined beside its
 * real implementation in utils/reflection-client.ts (messages to the background, which reads and writes the
 * store). Tests and the preview page use `createMockReflectionClient`.
 */
import { type ReflectionInput, reflectionSchema } from '@/utils/prompts/reflection';
import type { ReflectionClient, ReflectionEntry } from '@/utils/reflection-client';

export type { ReflectionClient, ReflectionEntry } from '@/utils/reflection-client';

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
