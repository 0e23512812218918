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
 * Caption and chat events are dropped unread: content scripts detect acknowledgements locally and send
 * `ack` events; text must never reach the store.
 */

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
import { createPopupSummaryCache } from './popup-summary';
import { classifySender, type ExtensionIdentity, type SenderLike } from './sender';

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
}

interface Session {
  id: string;
  platform: Platform;
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

  const sessions = new Map<string, Session>();
  /** Finished sessions → their last sequence number, so late resends are acknowledged, not re-opened. */
  const finished = new Map<string, number>();
  const seen = new Map<string, number>();
  let timer: unknown = null;
  let timerAt = 0;
  let lastFlushAt = Number.NEGATIVE_INFINITY;
  let writing: Promise<void> = Promise.resolve();
  const stats = { checkpointWrites: 0, finalised: 0, orphansFinalised: 0, rejected: 0 };
  const popupSummary = createPopupSummaryCache(store);

  let startup: Promise<void> | null = null;
  function ready(): Promise<void> {
    startup ??= (async () => {
      await finaliseOrphanCheckpoints();
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
    };
  }

  function fromCheckpoint(cp: Checkpoint): Session {
    return {
      id: cp.sessionId,
      platform: cp.platform,
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
    }
    if (due === Number.POSITIVE_INFINITY) return;
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
          stats.checkpointWrites++;
          for (const { s, seq } of marks) {
            s.durableSeq = Math.max(s.durableSeq, seq);
            s.lastWriteAt = t;
          }
        } catch (err) {
          console.error('Rapport: checkpoint failed', err);
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
      if (t - s.updatedAt > orphanAfterMs) {
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
      popupSummary.invalidate();
    } catch (err) {
      // Keep the session live so the next batch (or the orphan sweep) tries again; nothing is acknowledged.
      finished.delete(s.id);
      if (!sessions.has(s.id)) sessions.set(s.id, s);
      throw err;
    }
    s.durableSeq = s.appliedSeq;
    stats.finalised++;
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
      let s: Session;
      try {
        s = fromCheckpoint(cp);
      } catch {
        // Unrestorable: keep that a call happened, with no figures, as 'unknown'.
        const state = createMeetingState(undefined, cp.platform);
        const at = cp.lastEventT || cp.createdAt;
        applyEvent(state, { type: 'call.started', t: at, platform: cp.platform });
        applyEvent(state, { type: 'call.ended', t: at, reason: 'unknown' });
        s = { ...placeholder(cp), state };
      }
      await finalise(s, 'tab_closed');
      stats.orphansFinalised++;
    }
  }

  function placeholder(cp: Checkpoint): Omit<Session, 'state'> {
    return {
      id: cp.sessionId,
      platform: cp.platform,
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
      }
    }
    s ??= {
      id,
      platform,
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

  async function onEvents(m: ParsedRequestOf<'cs:events'>): Promise<ResponseOf<'cs:events'>> {
    const lastSeq = m.firstSeq + m.events.length - 1;
    const s = await sessionFor(m.sessionId, m.platform);
    if (s === 'finished') {
      const done = Math.max(finished.get(m.sessionId) ?? 0, lastSeq);
      return { durableSeq: done, appliedSeq: done };
    }
    if (m.firstSeq > s.appliedSeq + 1) s.missedEvents += m.firstSeq - s.appliedSeq - 1;
    let ended = false;
    let eventsMoved = false;
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
      applyEvent(s.state, event);
      if (event.t > s.lastEventT) {
        s.lastEventT = event.t;
        eventsMoved = true;
      }
      if (event.type === 'call.ended') ended = true;
    }
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
      await serial(() => finalise(s, ended ? undefined : 'tab_closed'));
      const done = finished.get(s.id) ?? s.appliedSeq;
      return { durableSeq: done, appliedSeq: done };
    }
    schedule();
    return { durableSeq: s.durableSeq, appliedSeq: s.appliedSeq };
  }

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
    'ui:health': () => ({
      report: health?.report ?? null,
      live: health?.tabId != null && contentTabs.has(health.tabId),
    }),
    'ui:capture': async () => {
      if (health?.tabId == null || !hooks.requestCapture) {
        throw new UserError('Open a Meet or Zoom call in a tab first, then try again.');
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
    'cs:events': (m) => onEvents(m),
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
    'ui:popup': () => popupSummary.get(),
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
    'ui:storage-usage': () => store.usage(),
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
    /** Writes due checkpoints now (tests, and `onSuspend` where the browser has it). */
    flush,
    /** Writes every session with unsaved events now, ignoring the interval. */
    async flushAll(): Promise<void> {
      lastFlushAt = Number.NEGATIVE_INFINITY;
      await flush();
    },
    /** Resolves when every queued write has finished. */
    idle: (): Promise<void> => writing,
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

type Handler<K extends MessageType> = (
  m: ParsedRequestOf<K>,
  tabId: number | null,
) => ResponseOf<K> | Promise<ResponseOf<K>>;
type Handlers = { [K in MessageType]: Handler<K> };
