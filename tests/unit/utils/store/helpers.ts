import type { MeetingEvent, Platform } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
import type { MeetingSummary } from '@/utils/meeting/types';
import { openStore, type Store, toStoredMeeting } from '@/utils/store';

let n = 0;
export function freshName(): string {
  n++;
  return `rapport-test-${n}-${Math.random().toString(36).slice(2)}`;
}

export async function freshStore(): Promise<Store> {
  return openStore({ name: freshName() });
}

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const MIN = 60_000;
export const DAY = 86_400_000;

export interface MeetingSpec {
  startedAt?: number;
  platform?: Platform;
  code?: string;
  title?: string;
  others?: string[];
  reason?: 'left' | 'ended_by_host' | 'removed' | 'tab_closed' | 'unknown';
}

/** A small real meeting through the real reducer: self + others, some speaking, a camera, acks. */
export function meetingEvents(spec: MeetingSpec = {}): MeetingEvent[] {
  const t0 = spec.startedAt ?? T0;
  const others = spec.others ?? ['Ada Lovelace', 'Grace Hopper'];
  const ev: MeetingEvent[] = [
    {
      type: 'call.started',
      t: t0,
      platform: spec.platform ?? 'meet',
      meetingCode: spec.code,
      title: spec.title,
    },
    { type: 'participant.joined', t: t0, id: 'me', name: 'Sam Self', isSelf: true },
  ];
  others.forEach((name, i) => {
    ev.push({ type: 'participant.joined', t: t0 + 1000, id: `dev-${i}`, name, isSelf: false });
  });
  ev.push({ type: 'camera.on', t: t0 + 2000, id: 'me' });
  ev.push({ type: 'speaking.started', t: t0 + 5000, id: 'me' });
  ev.push({ type: 'speaking.stopped', t: t0 + 35_000, id: 'me' });
  others.forEach((_, i) => {
    const s = t0 + 40_000 + i * 40_000;
    ev.push({ type: 'speaking.started', t: s, id: `dev-${i}` });
    ev.push({ type: 'speaking.stopped', t: s + 30_000, id: `dev-${i}` });
  });
  if (others.length > 0) {
    ev.push({ type: 'ack', t: t0 + 200_000, fromId: 'me', toId: 'dev-0', kind: 'thanks', source: 'caption' });
    ev.push({ type: 'ack', t: t0 + 210_000, fromId: 'dev-0', toId: 'me', kind: 'credit', source: 'chat' });
  }
  ev.push({ type: 'call.ended', t: t0 + 10 * MIN, reason: spec.reason ?? 'left' });
  return ev;
}

export function meetingSummary(spec: MeetingSpec = {}): MeetingSummary {
  const s = createMeetingState();
  applyEvents(s, meetingEvents(spec));
  return summarize(s);
}

export async function addMeeting(store: Store, id: string, spec: MeetingSpec = {}) {
  const { meeting, acks } = toStoredMeeting(id, meetingSummary(spec));
  await store.saveFinishedMeeting(meeting, acks, null);
  return meeting;
}

/** Counts IDB transactions opened on any database while `fn` runs. */
export async function countTransactions<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; transactions: number }> {
  const proto = (globalThis as unknown as { IDBDatabase: { prototype: IDBDatabase } }).IDBDatabase.prototype;
  const original = proto.transaction;
  let transactions = 0;
  proto.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    transactions++;
    return original.apply(this, args);
  } as IDBDatabase['transaction'];
  try {
    const result = await fn();
    return { result, transactions };
  } finally {
    proto.transaction = original;
  }
}
