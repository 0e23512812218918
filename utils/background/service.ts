/**
 * The background's logic without browser wiring (main.ts adds that), so tests and the benchmark drive it
 * directly with a fake clock and timers.
 *
 * Nothing lost:
 * - Every event carries a per-session sequence number (`firstSeq` + index). The tab keeps events until a
 *   reply's `durableSeq` says a checkpoint holds them, and resends the rest; the background skips
 *   sequence numbers it already applied. So a service worker stopped between two checkpoints loses
 *   nothing: on the next message it rebuilds the session from its checkpoint and the tab resends the gap.
 * - Checkpoints are batched: every session that changed (events, or only a heartbeat moving its
 *   last-seen time) is written in one transaction at most every `checkpointIntervalMs` (3 s) — about 20
 *   transactions per busy meeting-minute. A tab that crashes loses only what it had not sent (≤ its
 *   1.5 s flush interval); what the background received is on disk within 3 s, even if the idle worker
 *   is stopped right after.
 * - `call.ended` finalises at once: summary → meetings, acks → acknowledgements, checkpoint deleted, in
 *   one transaction. So does a `goodbye` batch (sent on `pagehide`): the page is unloading and a reload
 *   would start a new session, so the call is closed as `tab_closed` at the tab's last sign of life.
 *
 * Orphans: a session whose tab has not reported for `orphanAfterMs` (2 min, far above the 1.5 s flush) is
 * finalised — on background start from its checkpoint, and while running from memory. Rule for the end
 * reason: if its state restores, the call is closed at its last sign of life (last event, or the tab's
 * clock at its last batch) with reason `tab_closed` — the page stopped reporting without the call ending,
 * which is what closing, crashing or discarding the tab looks like. `unknown` is kept for checkpoints
 * that cannot be restored (corrupt, or written by an incompatible model version): a figure-less meeting
 * is kept so the user sees the call happened and that its figures were lost, instead of it vanishing.
 * (A `call.ended` with reason `unknown` from the adapter is stored as such.)
 *
 * Storage full (issue 24, point 5): a write that fails (IndexedDB's `QuotaExceededError`, or anything
 * else) changes nothing on disk — checkpoints and finished meetings are each one transaction — and the
 * session stays in memory: checkpoints are retried, a meeting that could not be finalised stays live and
 * is finalised again, and the tab keeps every event not yet durable and resends it. Until a write works
 * again `writeTrouble` says why ('full' or 'failing'), every `cs:events` reply carries it (the overlay
 * says so) and `ui:storage-usage` too (the options page says so); retries are spaced `retryMs` apart.
 *
 * Damaged records (point 8): on start the background sweeps structurally damaged meetings and checkpoints
 * into quarantine (utils/store/integrity.ts), and a checkpoint whose model state does not restore is set
 * aside the same way (kept as found) before its meeting is closed or started over.
 *
 * Caption and chat events are dropped unread: content scripts detect acknowledgements locally and send
 * `ack` events; text must never reach the store.
 */

import { ackLanguageProfile } from '@/utils/acks/auto-language';
import { ACK_LANGUAGES, type AckLanguageCode } from '@/utils/acks/languages';
import type { HealthReport } from '@/utils/diagnostics/health';
import { restoreState, serializeState } from '@/utils/meeting/checkpoint';
import { type MeetingEvent, meetingEventSchema, type Platform } from '@/utils/meeting/events';
import {
  applyEvent,
  createMeetingState,
  type MeetingState,
  snapshot,
  summarize,
} from '@/utils/meeting/reducer';
import type { LiveSnapshot } from '@/utils/meeting/types';
import {
  type Envelope,
  isContentMessage,
  type MessageType,
  type ParsedRequestOf,
  parseRequest,
  type ResponseOf,
} from '@/utils/messages';
import type { Checkpoint, Store } from '@/utils/store';
import { toStoredMeeting } from '@/utils/store/records';
import type { Settings } from '@/utils/store/settings';
import type { LiveCall, ResumeTicket } from './live-calls';
import { createPopupSummaryCache } from './popup-summary';
import { classifySender, type ExtensionIdentity, type SenderLike } from './sender';
import {
  closeGap,
  type FirstReading,
  isRejoin,
  newFirstReading,
  noteFirstReading,
  openGap,
  type UpdateGap,
} from './update-gap';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type TabStatus = ParsedRequestOf<'cs:status'>['status'];

/** What the background does to the browser besides answering; main.ts implements these with its APIs. */
export interface BackgroundHooks {
  /** Show this tab's recording state on the toolbar button. */
  tabStatus?(tabId: number, status: TabStatus): void;
  /** Settings changed: tell the open meeting tabs (they apply it live). */
  settingsChanged?(settings: Settings, tabIds: number[]): void;
  /** Number of finished meetings whose reflection the user has not seen. */
  unreadChanged?(count: number): void;
  openReflection?(meetingId: string): void;
  openHealth?(): void;
  /** Asks a meeting tab for an anonymised page sample. */
  requestCapture?(tabId: number): Promise<string>;
  /**
   * Does this tab still exist? After a browser restart none of the previous run's tabs does, so their
   * sessions are finalised at once instead of after the orphan window.
   */
  tabExists?(tabId: number): Promise<boolean>;
  /** The calls being recorded changed (one began or was finalised): the badge names them. */
  liveCallsChanged?(calls: LiveCall[]): void;
  /** Runs the call runtime (`content-call.js`) in a meeting tab's top frame; rejects when it cannot. */
  loadCallRuntime?(tabId: number): Promise<void>;
}

export interface BackgroundOptions {
  hooks?: BackgroundHooks;
  store: Store;
  extension: ExtensionIdentity;
  /** Wall clock, ms. */
  now?: () => number;
  timers?: Timers;
  checkpointIntervalMs?: number;
  heartbeatWriteMs?: number;
  orphanAfterMs?: number;
  /** While writes fail, how long before they are tried again. */
  retryMs?: number;
}

interface Session {
  id: string;
  platform: Platform;
  /** The tab recording it (from its batches' sender): where a re-injected content script rejoins it. */
  tabId: number | null;
  state: MeetingState;
  appliedSeq: number;
  durableSeq: number;
  /** Largest event time applied, or the tab's clock at its last batch (`at`) when later. */
  lastEventT: number;
  /** Wall clock when `lastEventT` last moved; bounds how far a batch's `at` may move it. */
  lastEventWall: number;
  createdAt: number;
  updatedAt: number;
  lastWriteAt: number;
  /** Events applied since the last checkpoint. */
  dirty: boolean;
  /** Heard from the tab (heartbeat) since the last checkpoint. */
  touched: boolean;
  droppedByTab: number;
  droppedText: number;
  invalidEvents: number;
  missedEvents: number;
  goodbye: boolean;
}

const TEXT_EVENTS = new Set(['caption', 'chat']);

/**
 * Messages that write meetings, reflections or settings: the popup's cached summary is dropped before and
 * after each (before, so a read racing the write is not kept; after, so the next popup sees the write).
 * Finalising a meeting (inside `cs:events`) drops it in `finalise`.
 */
const WRITES: ReadonlySet<MessageType> = new Set<MessageType>([
  'cs:discard-session',
  'cs:set-never-track',
  'cs:save-position',
  'ui:mark-read',
  'ui:delete-meeting',
  'ui:delete-all',
  'ui:import',
  'ui:set-settings',
  'ui:put-reflection',
]);

export function createBackgroundService(options: BackgroundOptions) {
  const { store, extension } = options;
  const now = options.now ?? (() => Date.now());
  const timers: Timers = options.timers ?? {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
  };
  const checkpointIntervalMs = options.checkpointIntervalMs ?? 3000;
  const heartbeatWriteMs = options.heartbeatWriteMs ?? 3000;
  const orphanAfterMs = options.orphanAfterMs ?? 120_000;
  const retryMs = options.retryMs ?? 10_000;
  /** Why the last write failed; null once one succeeds (see "Storage full" above). */
  let writeTrouble: { kind: 'full' | 'failing'; at: number } | null = null;
  const wrote = () => {
    writeTrouble = null;
  };
  const writeFailed = (err: unknown) => {
    writeTrouble = { kind: isQuotaError(err) ? 'full' : 'failing', at: now() };
  };

  const sessions = new Map<string, Session>();
  /** Finished sessions → their last sequence number, so late resends are acknowledged, not re-opened. */
  const finished = new Map<string, number>();
  const seen = new Map<string, number>();
  let timer: unknown = null;
  let timerAt = 0;
  let lastFlushAt = Number.NEGATIVE_INFINITY;
  let writing: Promise<void> = Promise.resolve();
  const stats = {
    checkpointWrites: 0,
    finalised: 0,
    orphansFinalised: 0,
    rejected: 0,
    /** Sessions a new copy of the content script joined (update-gap.ts). */
    updateGaps: 0,
    /** Sessions of the previous browser run finalised at browser start. */
    finalisedAtBrowserStart: 0,
  };
  /** Wall clock when this background instance started: checkpoints older than it at browser start are orphans. */
  const bootAt = now();
  const popupSummary = createPopupSummaryCache(store);

  let startup: Promise<void> | null = null;
  function ready(): Promise<void> {
    startup ??= (async () => {
      try {
        await store.quarantine.sweep(now());
      } catch (err) {
        console.error('Rapport: could not check stored records', err);
      }
      await finaliseOrphanCheckpoints();
      await finaliseClosedTabs();
      try {
        await store.applyRetention(now());
      } catch (err) {
        console.error('Rapport: retention failed', err);
      }
      popupSummary.invalidate();
    })();
    return startup;
  }

  function toCheckpoint(s: Session): Checkpoint {
    return {
      sessionId: s.id,
      platform: s.platform,
      state: serializeState(s.state),
      appliedSeq: s.appliedSeq,
      lastEventT: s.lastEventT,
      updatedAt: s.updatedAt,
      createdAt: s.createdAt,
      droppedByTab: s.droppedByTab,
      droppedText: s.droppedText,
      invalidEvents: s.invalidEvents,
      missedEvents: s.missedEvents,
      goodbye: s.goodbye,
      ...(s.tabId !== null ? { tabId: s.tabId } : {}),
    };
  }

  function fromCheckpoint(cp: Checkpoint): Session {
    return {
      id: cp.sessionId,
      platform: cp.platform,
      tabId: cp.tabId ?? null,
      state: restoreState(cp.state),
      appliedSeq: cp.appliedSeq,
      durableSeq: cp.appliedSeq,
      lastEventT: cp.lastEventT,
      lastEventWall: cp.updatedAt,
      createdAt: cp.createdAt,
      updatedAt: cp.updatedAt,
      lastWriteAt: cp.updatedAt,
      dirty: false,
      touched: false,
      droppedByTab: cp.droppedByTab,
      droppedText: cp.droppedText,
      invalidEvents: cp.invalidEvents,
      missedEvents: cp.missedEvents ?? 0,
      goodbye: cp.goodbye,
    };
  }

  function needsWrite(s: Session, t: number): boolean {
    return s.dirty || (s.touched && t - s.lastWriteAt >= heartbeatWriteMs);
  }

  function schedule(): void {
    let due = Number.POSITIVE_INFINITY;
    for (const s of sessions.values()) {
      if (s.dirty) due = Math.min(due, lastFlushAt + checkpointIntervalMs);
      else if (s.touched) due = Math.min(due, s.lastWriteAt + heartbeatWriteMs);
      // A tab that went silent is finalised while the worker lives, not only on its next start.
      due = Math.min(due, s.updatedAt + orphanAfterMs + 1);
      // An ended call whose meeting could not be written (storage full) is tried again.
      if (s.state.endedAt !== null) due = Math.min(due, now());
    }
    if (due === Number.POSITIVE_INFINITY) return;
    // A full disk: retry later, not in a loop (a session due for finalising is due at once, again and again).
    if (writeTrouble) due = Math.max(due, writeTrouble.at + retryMs);
    if (timer !== null && timerAt <= due) return;
    if (timer !== null) timers.clearTimeout(timer);
    timerAt = due;
    timer = timers.setTimeout(
      () => {
        timer = null;
        void flush();
      },
      Math.max(0, due - now()),
    );
  }

  /** Writes every session that needs it in one transaction. */
  /** Runs `work` after every write already queued, so writes never interleave. */
  function serial(work: () => Promise<void>): Promise<void> {
    writing = writing.then(work, work);
    return writing;
  }

  function flush(): Promise<void> {
    return serial(async () => {
      const t = now();
      sweepIdleSessions(t);
      const due = [...sessions.values()].filter((s) => needsWrite(s, t));
      if (due.length > 0) {
        const marks = due.map((s) => ({ s, seq: s.appliedSeq, cp: toCheckpoint(s) }));
        for (const { s } of marks) {
          s.dirty = false;
          s.touched = false;
        }
        lastFlushAt = t;
        try {
          await store.checkpoints.putMany(marks.map((m) => m.cp));
          wrote();
          stats.checkpointWrites++;
          for (const { s, seq } of marks) {
            s.durableSeq = Math.max(s.durableSeq, seq);
            s.lastWriteAt = t;
          }
        } catch (err) {
          console.error('Rapport: checkpoint failed', err);
          writeFailed(err);
          for (const { s } of marks) {
            s.dirty = true;
            s.touched = true;
          }
        }
      }
      try {
        await finishPending();
      } catch (err) {
        console.error('Rapport: could not finalise an idle session', err);
      }
      schedule();
    });
  }

  const pendingFinal: { s: Session; reason: 'tab_closed' }[] = [];
  function sweepIdleSessions(t: number): void {
    for (const s of sessions.values()) {
      if (t - s.updatedAt > orphanAfterMs || s.state.endedAt !== null) {
        sessions.delete(s.id);
        pendingFinal.push({ s, reason: 'tab_closed' });
      }
    }
  }
  async function finishPending(): Promise<void> {
    while (pendingFinal.length > 0) {
      const { s, reason } = pendingFinal.shift()!;
      await finalise(s, reason);
      stats.orphansFinalised++;
    }
  }

  async function finalise(s: Session, reason?: 'tab_closed' | 'unknown'): Promise<void> {
    sessions.delete(s.id);
    finished.set(s.id, s.appliedSeq);
    if (reason && s.state.endedAt === null && s.state.begun) {
      applyEvent(s.state, { type: 'call.ended', t: Math.max(s.lastEventT, s.state.lastT), reason });
    }
    if (!s.state.begun) {
      await store.checkpoints.delete(s.id);
      return;
    }
    const { meeting, acks } = toStoredMeeting(s.id, summarize(s.state));
    popupSummary.invalidate();
    try {
      await store.saveFinishedMeeting(meeting, acks, s.id);
      wrote();
      popupSummary.invalidate();
    } catch (err) {
      writeFailed(err);
      // Keep the session live so the next batch (or the orphan sweep) tries again; nothing is acknowledged.
      finished.delete(s.id);
      if (!sessions.has(s.id)) sessions.set(s.id, s);
      throw err;
    }
    s.durableSeq = s.appliedSeq;
    stats.finalised++;
    announceLiveCalls();
  }

  async function finaliseOrphanCheckpoints(): Promise<void> {
    const t = now();
    let stale: Checkpoint[];
    try {
      stale = await store.checkpoints.staleBefore(t - orphanAfterMs);
    } catch (err) {
      console.error('Rapport: could not read checkpoints', err);
      return;
    }
    for (const cp of stale) {
      if (sessions.has(cp.sessionId)) continue;
      if (cp.discarded) {
        await store.checkpoints.delete(cp.sessionId);
        continue;
      }
      await finaliseCheckpoint(cp);
      stats.orphansFinalised++;
    }
  }

  /** Open checkpoints whose tab is gone (a browser restart, or the tab closed while the worker slept). */
  async function finaliseClosedTabs(): Promise<void> {
    const exists = options.hooks?.tabExists;
    if (!exists) return;
    let open: Checkpoint[];
    try {
      open = await store.checkpoints.all();
    } catch {
      return;
    }
    for (const cp of open) {
      if (cp.tabId === undefined || cp.discarded || sessions.has(cp.sessionId)) continue;
      if (await exists(cp.tabId).catch(() => true)) continue;
      await finaliseCheckpoint(cp);
      stats.finalisedAtBrowserStart++;
    }
  }

  /** Finalises a session from its checkpoint as `tab_closed` (a figure-less `unknown` if it cannot be restored). */
  async function finaliseCheckpoint(cp: Checkpoint): Promise<void> {
    let s: Session;
    try {
      s = fromCheckpoint(cp);
    } catch (err) {
      await setAsideCheckpoint(cp, err);
      // Unrestorable: keep that a call happened, with no figures, as 'unknown'.
      const state = createMeetingState(undefined, cp.platform);
      const at = cp.lastEventT || cp.createdAt;
      applyEvent(state, { type: 'call.started', t: at, platform: cp.platform });
      applyEvent(state, { type: 'call.ended', t: at, reason: 'unknown' });
      s = { ...placeholder(cp), state };
    }
    await finalise(s, 'tab_closed');
  }

  /** Keeps an unrestorable checkpoint as it was, in quarantine, so the options page can say so. */
  async function setAsideCheckpoint(cp: Checkpoint, err: unknown): Promise<void> {
    try {
      const why = (err as Error)?.message ?? String(err);
      await store.quarantine.setAside('checkpoints', cp.sessionId, cp, why.slice(0, 500), now());
    } catch (e) {
      console.error('Rapport: could not set a damaged checkpoint aside', e);
    }
  }

  function placeholder(cp: Checkpoint): Omit<Session, 'state'> {
    return {
      id: cp.sessionId,
      platform: cp.platform,
      tabId: cp.tabId ?? null,
      appliedSeq: cp.appliedSeq,
      durableSeq: cp.appliedSeq,
      lastEventT: cp.lastEventT,
      lastEventWall: cp.updatedAt,
      createdAt: cp.createdAt,
      updatedAt: cp.updatedAt,
      lastWriteAt: cp.updatedAt,
      dirty: false,
      touched: false,
      droppedByTab: cp.droppedByTab,
      droppedText: cp.droppedText,
      invalidEvents: cp.invalidEvents,
      missedEvents: cp.missedEvents ?? 0,
      goodbye: cp.goodbye,
    };
  }

  async function sessionFor(id: string, platform: Platform): Promise<Session | 'finished'> {
    const live = sessions.get(id);
    if (live) return live;
    if (finished.has(id)) return 'finished';
    // After a worker restart: rebuild from the checkpoint, or learn that the meeting was already saved.
    const [cp, done] = await Promise.all([store.checkpoints.get(id), store.meetings.get(id)]);
    if (done || cp?.discarded) {
      finished.set(id, cp?.discarded ? Number.MAX_SAFE_INTEGER : (cp?.appliedSeq ?? 0));
      return 'finished';
    }
    const again = sessions.get(id);
    if (again) return again;
    const t = now();
    let s: Session | null = null;
    if (cp) {
      try {
        s = fromCheckpoint(cp);
      } catch (err) {
        console.error('Rapport: checkpoint could not be restored; starting over', err);
        await setAsideCheckpoint(cp, err);
      }
    }
    s ??= {
      id,
      platform,
      tabId: null,
      state: createMeetingState(undefined, platform),
      appliedSeq: 0,
      durableSeq: 0,
      lastEventT: 0,
      lastEventWall: t,
      createdAt: t,
      updatedAt: t,
      lastWriteAt: Number.NEGATIVE_INFINITY,
      dirty: false,
      touched: false,
      droppedByTab: 0,
      droppedText: 0,
      invalidEvents: 0,
      missedEvents: 0,
      goodbye: false,
    };
    sessions.set(id, s);
    return s;
  }

  async function onEvents(
    m: ParsedRequestOf<'cs:events'>,
    tabId: number | null,
  ): Promise<ResponseOf<'cs:events'>> {
    const lastSeq = m.firstSeq + m.events.length - 1;
    const s = await sessionFor(m.sessionId, m.platform);
    if (s === 'finished') {
      const done = Math.max(finished.get(m.sessionId) ?? 0, lastSeq);
      return { durableSeq: done, appliedSeq: done };
    }
    const wasLive = s.state.begun;
    if (tabId !== null) s.tabId = tabId;
    if (m.firstSeq > s.appliedSeq + 1) s.missedEvents += m.firstSeq - s.appliedSeq - 1;
    let ended = false;
    let eventsMoved = false;
    /** A new copy of the content script joined this session (update-gap.ts): its first reading's joins. */
    let rejoin: { gap: UpdateGap; reading: FirstReading } | null = null;
    for (let i = 0; i < m.events.length; i++) {
      const seq = m.firstSeq + i;
      if (seq <= s.appliedSeq) continue;
      s.appliedSeq = seq;
      s.dirty = true;
      if (ended) continue;
      const raw = m.events[i] as { type?: unknown } | null;
      if (raw && typeof raw === 'object' && TEXT_EVENTS.has(raw.type as string)) {
        s.droppedText++;
        continue;
      }
      const parsed = meetingEventSchema.safeParse(raw);
      if (!parsed.success) {
        s.invalidEvents++;
        continue;
      }
      const event: MeetingEvent = parsed.data;
      if (rejoin && event.t > rejoin.gap.to) {
        closeGap(s.state, rejoin.gap, rejoin.reading);
        rejoin = null;
      }
      if (isRejoin(s.state, event)) {
        rejoin = { gap: openGap(s.state, s.lastEventT, event.t), reading: newFirstReading() };
        stats.updateGaps++;
      } else if (rejoin) noteFirstReading(rejoin.reading, event);
      applyEvent(s.state, event);
      if (event.t > s.lastEventT) {
        s.lastEventT = event.t;
        eventsMoved = true;
      }
      if (event.type === 'call.ended') ended = true;
    }
    if (rejoin) closeGap(s.state, rejoin.gap, rejoin.reading);
    if (!wasLive && s.state.begun) announceLiveCalls();
    const t = now();
    if (eventsMoved) s.lastEventWall = t;
    // The call was on at the tab's `at`, bounded by the wall time since the last event (a skewed tab
    // clock must not stretch the call).
    if (m.at !== undefined && s.state.begun && m.at > s.lastEventT) {
      const next = Math.min(m.at, s.lastEventT + Math.max(0, t - s.lastEventWall) + 2000);
      if (next > s.lastEventT) {
        s.lastEventT = next;
        s.lastEventWall = t;
      }
    }
    s.updatedAt = t;
    s.touched = true;
    s.droppedByTab = Math.max(s.droppedByTab, m.dropped);
    s.goodbye ||= m.goodbye;
    if (ended || s.state.endedAt !== null || m.goodbye) {
      // pagehide: the page (and its call) is going away now; a reload starts a new session.
      try {
        await serial(() => finalise(s, ended ? undefined : 'tab_closed'));
      } catch (err) {
        // Not written (storage full?): the session stays live and is finalised on a later try; the tab
        // keeps what is not durable.
        console.error('Rapport: could not save the finished meeting', err);
        schedule();
        return {
          durableSeq: s.durableSeq,
          appliedSeq: s.appliedSeq,
          storage: writeTrouble?.kind ?? 'failing',
        };
      }
      const done = finished.get(s.id) ?? s.appliedSeq;
      return { durableSeq: done, appliedSeq: done };
    }
    schedule();
    return {
      durableSeq: s.durableSeq,
      appliedSeq: s.appliedSeq,
      ...(writeTrouble ? { storage: writeTrouble.kind } : {}),
    };
  }

  /** A live session of this tab and platform, from memory or its checkpoint (after an update: the latter). */
  async function resumeTicket(platform: Platform, tabId: number | null): Promise<ResumeTicket | null> {
    if (tabId === null) return null;
    const t = now();
    const fits = (x: { tabId?: number | null; platform: Platform; updatedAt: number; goodbye: boolean }) =>
      x.tabId === tabId && x.platform === platform && !x.goodbye && t - x.updatedAt <= orphanAfterMs;
    let s = [...sessions.values()].filter(fits).sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (!s) {
      const cp = (await store.checkpoints.all())
        .filter((c) => !c.discarded && !finished.has(c.sessionId) && fits(c))
        .sort((a, b) => b.updatedAt - a.updatedAt)[0];
      if (!cp) return null;
      const again = await sessionFor(cp.sessionId, cp.platform);
      if (again === 'finished') return null;
      s = again;
    }
    if (!s.state.begun || s.state.endedAt !== null) return null;
    // Kept alive while the new script starts up: the orphan sweep must not close it meanwhile.
    s.updatedAt = t;
    return { sessionId: s.id, nextSeq: s.appliedSeq + 1, meetingCode: s.state.meetingCode };
  }

  function liveCalls(): LiveCall[] {
    return [...sessions.values()]
      .filter((s) => s.state.begun && s.state.endedAt === null)
      .sort((a, b) => a.state.startedAt - b.state.startedAt)
      .map((s) => ({
        sessionId: s.id,
        platform: s.state.platform,
        title: s.state.title,
        meetingCode: s.state.meetingCode,
        tabId: s.tabId,
        startedAt: s.state.startedAt,
      }));
  }

  let announced = '';
  function announceLiveCalls(): void {
    if (!hooks.liveCallsChanged) return;
    const calls = liveCalls();
    const key = calls.map((c) => `${c.sessionId}:${c.title}`).join('|');
    if (key === announced) return;
    announced = key;
    hooks.liveCallsChanged(calls);
  }

  /**
   * The browser (re)started: no tab of its previous run exists, so every session it left open is over.
   * Finalised now from its checkpoint, like an orphan but without waiting out `orphanAfterMs`, so the
   * call and its reflection are there when the user looks. Sessions this instance heard of since it
   * started (a restored tab's new call) are live and untouched.
   */
  function browserStarted(): Promise<void> {
    startupFinal ??= ready().then(() =>
      serial(async () => {
        let open: Checkpoint[];
        try {
          open = await store.checkpoints.staleBefore(bootAt);
        } catch (err) {
          console.error('Rapport: could not read checkpoints', err);
          return;
        }
        for (const cp of open) {
          if (sessions.has(cp.sessionId) || finished.has(cp.sessionId)) continue;
          if (cp.discarded) {
            await store.checkpoints.delete(cp.sessionId);
            continue;
          }
          await finaliseCheckpoint(cp);
          stats.finalisedAtBrowserStart++;
        }
        popupSummary.invalidate();
        await refreshUnread();
      }),
    );
    return startupFinal;
  }
  let startupFinal: Promise<void> | null = null;

  async function liveSnapshot(sessionId?: string): Promise<LiveSnapshot | null> {
    let s: Session | undefined;
    if (sessionId) s = sessions.get(sessionId);
    else for (const x of sessions.values()) if (!s || x.updatedAt > s.updatedAt) s = x;
    if (!s) {
      const cps = await store.checkpoints.all();
      const cp = cps
        .filter((c) => !c.discarded && (!sessionId || c.sessionId === sessionId))
        .sort((a, b) => b.updatedAt - a.updatedAt)[0];
      if (!cp) return null;
      try {
        s = fromCheckpoint(cp);
        sessions.set(s.id, s);
      } catch {
        return null;
      }
    }
    return s.state.begun ? snapshot(s.state, now()) : null;
  }

  /** Tabs whose content script has talked to us: where settings changes are sent. */
  const contentTabs = new Set<number>();
  const hooks = options.hooks ?? {};

  async function settingsUpdated(settings: Settings): Promise<void> {
    hooks.settingsChanged?.(settings, [...contentTabs]);
    await refreshUnread(settings);
  }

  async function refreshUnread(settings?: Settings): Promise<void> {
    if (!hooks.unreadChanged) return;
    const s = settings ?? (await store.settings.get());
    // Counted on the index: a settings save with thousands of stored meetings must not read them all.
    hooks.unreadChanged(await store.meetings.count({ from: s.reflectionsReadUpTo + 1 }));
  }

  async function latestIntention(): Promise<string | null> {
    const latest = await store.meetings.latest();
    if (!latest) return null;
    const detail = await store.meetings.detail(latest.id);
    const intention = detail?.reflection?.intention;
    return typeof intention === 'string' && intention.trim() ? intention.trim().slice(0, 200) : null;
  }

  /** The latest health report and the tab it came from (memory only: it describes a live page). */
  let health: { report: HealthReport; tabId: number | null } | null = null;

  /**
   * One handler per message type, checked by the compiler against `ResponseMap` (a handler that answers
   * the wrong shape, or a message type without a handler, does not compile).
   */
  const handlers: Handlers = {
    'cs:health': (m, tabId) => {
      health = { report: m.report, tabId };
      return { ok: true };
    },
    'cs:open-health': () => {
      hooks.openHealth?.();
      return { ok: true };
    },
    'cs:ack-language': (m) =>
      Object.hasOwn(ACK_LANGUAGES, m.code) ? ACK_LANGUAGES[m.code as AckLanguageCode] : null,
    'cs:ack-profiles': () => Object.values(ACK_LANGUAGES).map(ackLanguageProfile),
    'ui:health': () => ({
      report: health?.report ?? null,
      live: health?.tabId != null && contentTabs.has(health.tabId),
    }),
    'ui:capture': async () => {
      if (health?.tabId == null || !hooks.requestCapture) {
        throw new UserError('Open a call in a tab first, then try again.');
      }
      const html = await hooks.requestCapture(health.tabId);
      if (!html) throw new UserError('The meeting tab did not answer. Is the call still open?');
      return { html };
    },
    'cs:get-config': async () => ({
      settings: await store.settings.get(),
      intention: await latestIntention(),
    }),
    'cs:set-never-track': async (m) => {
      const current = await store.settings.get();
      const rest = current.neverTrack.filter((c) => c !== m.code);
      const settings = await store.settings.update({ neverTrack: m.on ? [...rest, m.code] : rest });
      await settingsUpdated(settings);
      return { neverTrack: settings.neverTrack };
    },
    'cs:save-position': async (m) => {
      const current = await store.settings.get();
      await store.settings.update({
        overlayPositions: { ...current.overlayPositions, [m.platform]: m.position },
      });
      return { ok: true };
    },
    'cs:status': (m, tabId) => {
      if (tabId !== null) hooks.tabStatus?.(tabId, m.status);
      if (m.status === 'idle') void refreshUnread();
      return { ok: true };
    },
    'cs:get-meeting': async (m) => (await store.meetings.detail(m.id)) ?? null,
    'cs:open-reflection': (m) => {
      hooks.openReflection?.(m.id);
      return { ok: true };
    },
    'ui:mark-read': async (m) => {
      const current = await store.settings.get();
      if (m.upTo > current.reflectionsReadUpTo) {
        await refreshUnread(await store.settings.update({ reflectionsReadUpTo: Math.round(m.upTo) }));
      }
      return { ok: true };
    },
    'cs:load-call': async (_m, tabId) => {
      if (tabId === null || !hooks.loadCallRuntime)
        throw new UserError('No tab to load the call runtime into');
      await hooks.loadCallRuntime(tabId);
      return { loaded: true };
    },
    'cs:ready': (m) => {
      seen.set(m.platform, (seen.get(m.platform) ?? 0) + 1);
      return { ok: true };
    },
    'cs:events': (m, tabId) => onEvents(m, tabId),
    'cs:resume': (m, tabId) => resumeTicket(m.platform, tabId),
    'ui:live-calls': () => liveCalls(),
    'cs:discard-session': async (m) => {
      const id = m.sessionId;
      sessions.delete(id);
      finished.set(id, Number.MAX_SAFE_INTEGER);
      const t = now();
      await serial(async () => {
        await store.checkpoints.putMany([
          {
            sessionId: id,
            platform: m.platform,
            state: null,
            appliedSeq: 0,
            lastEventT: 0,
            updatedAt: t,
            createdAt: t,
            droppedByTab: 0,
            droppedText: 0,
            invalidEvents: 0,
            goodbye: false,
            discarded: true,
          },
        ]);
        await store.meetings.delete(id);
      });
      return { discarded: true };
    },
    'ui:live': (m) => liveSnapshot(m.sessionId),
    'ui:latest-meeting': async () => (await store.meetings.latest()) ?? null,
    // The live calls are memory only, and change without a write: added to the cached summary each time.
    'ui:popup': async () => ({ ...(await popupSummary.get()), live: liveCalls() }),
    'ui:list-meetings': (m) => {
      if (m.meetingCode) return store.meetings.byCode(m.meetingCode);
      if (m.title) return store.meetings.byTitle(m.title);
      if (m.person) return store.meetings.withPerson(m.person);
      return store.meetings.list({ from: m.from, to: m.to, limit: m.limit });
    },
    'ui:get-meeting': async (m) => (await store.meetings.detail(m.id)) ?? null,
    'ui:delete-meeting': async (m) => ({ deleted: await store.meetings.delete(m.id) }),
    'ui:delete-all': async () => {
      // Live sessions go too: their checkpoints are deleted and the rest of those calls is not recorded.
      for (const s of sessions.values()) finished.set(s.id, s.appliedSeq);
      sessions.clear();
      await serial(() => store.meetings.deleteAll());
      return { deleted: true };
    },
    'ui:export': () => store.exportAll(now()),
    'ui:import': async (m) => {
      const r = await store.importData(m.data);
      if (!r.ok) throw new UserError(r.error);
      return r;
    },
    'ui:storage-usage': async () => ({
      ...(await store.usage()),
      ...(writeTrouble ? { writeTrouble: writeTrouble.kind } : {}),
    }),
    'ui:get-settings': () => store.settings.get(),
    'ui:set-settings': async (m) => {
      const settings = await store.settings.update(m.patch);
      const retention = await store.applyRetention(now());
      await settingsUpdated(settings);
      return { settings, retention };
    },
    'ui:put-reflection': async (m) => ({ saved: await store.reflections.put(m.id, m.data) }),
  };

  function dispatch<K extends MessageType>(m: ParsedRequestOf<K> & { type: K }, tabId: number | null) {
    return (handlers[m.type] as Handler<K>)(m, tabId);
  }

  /** Validates sender and payload, then answers with an envelope. Never throws. */
  async function handle(raw: unknown, sender: SenderLike | undefined): Promise<Envelope<unknown>> {
    const kind = classifySender(sender, extension);
    if (!kind) {
      stats.rejected++;
      return { ok: false, error: 'Sender not allowed' };
    }
    const parsed = parseRequest(raw);
    if (!parsed.ok) {
      stats.rejected++;
      return { ok: false, error: parsed.error };
    }
    const fromContent = kind === 'content';
    if (isContentMessage(parsed.message.type) !== fromContent) {
      stats.rejected++;
      return { ok: false, error: `Sender not allowed for ${parsed.message.type}` };
    }
    try {
      // Neither says hello nor loading the call runtime needs the store: a call's start does not wait for it.
      if (parsed.message.type !== 'cs:ready' && parsed.message.type !== 'cs:load-call') await ready();
      // After a browser start, pages see the previous run's calls finalised, never half-way.
      if (startupFinal && !fromContent) await startupFinal;
      const tabId = fromContent ? tabIdOf(sender) : null;
      if (tabId !== null) contentTabs.add(tabId);
      if (fromContent) sweepIdle();
      const writes = WRITES.has(parsed.message.type);
      if (writes) popupSummary.invalidate();
      try {
        return { ok: true, data: await dispatch(parsed.message, tabId) };
      } finally {
        if (writes) popupSummary.invalidate();
      }
    } catch (err) {
      if (err instanceof UserError) return { ok: false, error: err.message };
      console.error('Rapport: background error', err);
      return { ok: false, error: `Rapport could not do that: ${(err as Error)?.message ?? String(err)}` };
    }
  }

  function sweepIdle(): void {
    const before = pendingFinal.length;
    sweepIdleSessions(now());
    if (pendingFinal.length > before) void flush();
  }

  return {
    handle,
    /** Runs startup work (orphan finalisation, retention); messages wait for it. */
    start: ready,
    /** `runtime.onStartup`: finalise the previous browser run's open sessions now. */
    browserStarted,
    /** The calls being recorded now. */
    liveCalls,
    /** Writes due checkpoints now (tests, and `onSuspend` where the browser has it). */
    flush,
    /** Writes every session with unsaved events now, ignoring the interval. */
    async flushAll(): Promise<void> {
      lastFlushAt = Number.NEGATIVE_INFINITY;
      await flush();
    },
    /** Resolves when every queued write has finished. */
    idle: (): Promise<void> =>
      writing.then(
        () => undefined,
        () => undefined, // a failed write is reported where it failed; idle only waits for it
      ),
    seen,
    stats,
    /** For tests: the popup's cached summary (how often it read the store). */
    popupSummary,
    liveSessionIds: () => [...sessions.keys()],
    /** Recomputes the unread-reflection count (background start). */
    refreshUnread: () => refreshUnread(),
    /** A tab closed or navigated away: stop sending it settings. */
    forgetTab: (tabId: number) => contentTabs.delete(tabId),
  };
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;

function tabIdOf(sender: SenderLike | undefined): number | null {
  const id = (sender?.tab as { id?: unknown } | undefined)?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

class UserError extends Error {}

/** IndexedDB's "storage full", whichever way the browser (or fake-indexeddb) names it. */
export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: unknown; inner?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  return e.inner !== undefined && e.inner !== err && isQuotaError(e.inner);
}

type Handler<K extends MessageType> = (
  m: ParsedRequestOf<K>,
  tabId: number | null,
) => ResponseOf<K> | Promise<ResponseOf<K>>;
type Handlers = { [K in MessageType]: Handler<K> };
