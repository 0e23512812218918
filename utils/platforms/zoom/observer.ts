/**
 * The Zoom adapter's live half: observers on the narrowest roots, a watchdog, and the diff from reader
 * output to normalized events. DOM reads happen once per mutation batch (observer callbacks merge into one
 * microtask flush) or per watchdog tick; nothing here touches layout.
 *
 * Frames. The session is started on the *top* document and resolves the meeting document itself
 * (`findMeetingDocument`: the same-origin `iframe#webclient`'s document in the PWA shell, else the top
 * document). The shell replaces or reloads that frame (join redirects, audio init), so the document is
 * re-resolved on every iframe `load` (captured on the top document), on shell mutations, and by the
 * watchdog; every meeting-document observer is then re-attached. Participant ids are derived from names,
 * so a replaced frame continues the same call's roster instead of starting over.
 *
 * Roots and observers (in the meeting document):
 * - shell: `body`, childList+subtree only: finds roots and phase changes (end modal, footer, pages). Records
 *   inside the narrow roots below and inside the speaker-view main frame (it re-renders on every speaker
 *   change and carries no roster signal) are dropped.
 * - stage: the frames' common container; class/src/alt attributes. A batch made only of class flips on
 *   frames (the `--active` modifier moving) takes the hot path: re-read which frames are active, nothing
 *   else.
 * - pane list, footer, caption box, chat list: their own observers.
 * - watchdog (2 s, the reference's consensus cadence): re-resolves the frame, re-finds replaced roots and
 *   re-reads everything (the polling fallback).
 *
 * Speaking. Zoom renders one active speaker (`…__video-frame--active`), so overlapping speech shows as
 * the most recent starter only; the speaker-view main frame keeps the *last* speaker while everyone is
 * silent, so it is never read as "speaking now" (only to attribute captions). A participant without a
 * filmstrip/gallery frame (gallery page 2, filmstrip hidden) gets `participant.visibility` speaking:false;
 * camera stays visible while the participants pane shows their video icon. The model turns speaking /
 * camera off with the visibility, so becoming visible again re-announces whatever is on.
 *
 * Leaves (issue 18; the contract's "Late-decided facts" in meeting/events.ts), as on Meet: a participant
 * gone from both the frames and the pane may be re-rendering (layout switch, pagination), so the leave is
 * confirmed after `leaveDebounceMs`; at the vanish time the adapter reports what it can no longer see
 * (speaking stopped, camera off, not visible on either); a return within the debounce makes them visible
 * again; a confirmed leave is `participant.left` at the confirmation time with `at` = the vanish time,
 * never a backdated `t`.
 */
import { type EndReason, type HealthState, SIGNALS, type Signal } from '../../meeting/constants';
import type { MeetingEvent } from '../../meeting/events';
import { queryFirst } from '../dom';
import type { AdapterContext, AdapterSession } from '../types';
import {
  type CaptionRead,
  findCaptionBox,
  findChatList,
  findMeetingDocument,
  isActiveFrame,
  looksLikeMeeting,
  NAME_MAX,
  type ParticipantRead,
  type ParticipantsRead,
  type PhaseRead,
  readActiveSpeakers,
  readCaption,
  readChat,
  readLobbyName,
  readMainFrameName,
  readMeetingInfo,
  readParticipants,
  readPhase,
  readSelf,
  readSelfAudio,
  resolveCaptionSpeaker,
  TEXT_MAX,
} from './readers';
import { mergeRolling } from './rolling';
import { chainCss, ZOOM } from './selectors';

export interface ZoomAdapterOptions {
  /** Tiles re-render (layout switch, pagination): a participant must be absent this long before `left`. */
  leaveDebounceMs?: number;
  /** Watchdog / polling fallback period. */
  watchdogMs?: number;
  /** Consecutive watchdog ticks without an in-meeting reading before `call.ended` (Vexa: 3 misses). */
  endMisses?: number;
}

export interface SignalDiagnostics {
  state: HealthState;
  layer: string | null;
}

export interface ZoomSession extends AdapterSession {
  diagnostics(): Record<Signal, SignalDiagnostics>;
  /** The document currently read (top or the webclient frame's); for tests and diagnostics. */
  meetingDocument(): Document | null;
}

interface PState {
  key: string;
  name: string;
  camera: boolean;
  muted: boolean;
  hand: boolean;
  speaking: boolean;
  speakVisible: boolean;
  camVisible: boolean;
}

const MAX_CHAT_IDS = 2000;
const LEAVE_CLICK_WINDOW_MS = 60_000;
const FULL_SYNC_MIN_MS = 100;
const FRAME_CSS = chainCss(ZOOM.frame);
const MAIN_CSS = chainCss(ZOOM.mainFrame);
const LEAVE_CSS = chainCss(ZOOM.leave);
const SELF_CHAT = ['Me', 'Ich', 'Moi', 'Yo', 'Eu', '我'];
/**
 * Zoom draws the green `--active` ring only with more than 2 participants (client 7.2.0 spec, 2026-10-07):
 * in a smaller call no ring means nothing, so speaking is "not visible" there (unknown, never 0 ms) until a
 * ring is actually seen in a small call (a build or view that does draw it), which is then trusted.
 */
const RING_MIN_PARTICIPANTS = 3;

export function startZoomSession(
  top: Document,
  ctx: AdapterContext,
  opts: ZoomAdapterOptions = {},
): ZoomSession {
  const leaveDebounceMs = opts.leaveDebounceMs ?? 3000;
  const watchdogMs = opts.watchdogMs ?? 2000;
  const endMisses = opts.endMisses ?? 3;
  const MO = ((top.defaultView ?? globalThis) as typeof globalThis).MutationObserver;

  let stopped = false;
  let inCall = false;
  let callSeq = 0;
  let misses = 0;
  let leaveClickAt: number | null = null;
  let doc: Document | null = null;
  let lobbyName = '';

  // Per-call state; bounded: participants pruned on leave, chat ids capped, one open caption.
  const parts = new Map<string, PState>();
  const idByKey = new Map<string, string>();
  let elId = new WeakMap<Element, string>();
  const frameEls = new Map<string, Element>();
  const pendingLeave = new Map<string, { since: number; timer: ReturnType<typeof setTimeout> }>();
  let selfId: string | undefined;
  let selfName: string | undefined;
  let captionSeq = 0;
  let cap: {
    id: string;
    row: Element;
    sig: string;
    raw: string;
    full: string;
    speakerName: string;
    speakerId?: string;
  } | null = null;
  const chatSender = new Map<string, string>();
  let chatSeenEls = new WeakSet<Element>();
  // Caption attribution (see syncCaptions): every picture seen on a tile or pane row, by owner key, kept for
  // the call (the pane closes, cameras turn on and off, the picture stays the person's); and the self's own
  // mark once seen: its picture, or null when it shows an initial instead.
  const pictures = new Map<string, string>();
  let selfPicture: string | null | undefined;
  let lastRead: ParticipantsRead | null = null;
  /** An `--active` ring was seen while fewer than RING_MIN_PARTICIPANTS were present (this call). */
  let ringInSmallCall = false;

  const health: Record<Signal, SignalDiagnostics> = Object.fromEntries(
    SIGNALS.map((s) => [s, { state: 'not_visible', layer: null }]),
  ) as Record<Signal, SignalDiagnostics>;
  let lastHealth: Partial<Record<Signal, HealthState>> = {};

  const emit = (e: MeetingEvent): void => {
    if (!stopped) ctx.emit(e);
  };

  // ------------------------------------------------------------------ roots and observers
  const roots = {
    shell: null as Element | null,
    stage: null as Element | null,
    panel: null as Element | null,
    footer: null as Element | null,
    captions: null as Element | null,
    chat: null as Element | null,
  };
  const topObs = new MO(() => queueResolve());
  const shellObs = new MO((recs) => onShell(recs));
  const stageObs = new MO((recs) => onStage(recs));
  const panelObs = new MO(() => mark('participants'));
  const footerObs = new MO(() => mark('participants'));
  const captionsObs = new MO(() => mark('captions'));
  const chatObs = new MO(() => mark('chat'));
  const dirty = { full: false, participants: false, speaking: false, captions: false, chat: false };

  let flushQueued = false;
  let lastFullSyncAt = Number.NEGATIVE_INFINITY;
  let deferredFull: ReturnType<typeof setTimeout> | null = null;
  let resolveQueued = false;
  let topObserved = false;

  function mark(k: keyof typeof dirty): void {
    dirty[k] = true;
    queueFlush();
  }
  function queueFlush(): void {
    if (flushQueued || stopped) return;
    flushQueued = true;
    queueMicrotask(flush);
  }
  function queueResolve(): void {
    if (resolveQueued || stopped) return;
    resolveQueued = true;
    queueMicrotask(() => {
      resolveQueued = false;
      if (!stopped && resolveDoc()) fullSync(false);
    });
  }

  const inside = (n: Node, r: Element | null) => !!r && r.contains(n);
  function onShell(recs: MutationRecord[]): void {
    for (const r of recs) {
      const t = r.target;
      if (
        inside(t, roots.stage) ||
        inside(t, roots.panel) ||
        inside(t, roots.footer) ||
        inside(t, roots.captions) ||
        inside(t, roots.chat)
      )
        continue;
      const el = t.nodeType === 1 ? (t as Element) : t.parentElement;
      if (el?.closest(MAIN_CSS)) continue;
      mark('full');
      return;
    }
  }

  function onStage(recs: MutationRecord[]): void {
    let any = false;
    for (const r of recs) {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (!el || inside(el, roots.captions) || inside(el, roots.footer) || inside(el, roots.chat)) continue;
      if (el.closest(MAIN_CSS)) continue;
      if (r.type === 'attributes' && r.attributeName === 'class' && el.matches(FRAME_CSS)) {
        dirty.speaking = true;
        any = true;
        continue;
      }
      dirty.participants = true;
      any = true;
    }
    if (any) queueFlush();
  }

  function observe(
    obs: MutationObserver,
    key: keyof typeof roots,
    el: Element | null,
    init: MutationObserverInit,
  ) {
    if (el === roots[key]) return;
    obs.disconnect();
    roots[key] = el;
    if (el) obs.observe(el, init);
  }

  function stageRoot(d: Document): Element | null {
    const frames = d.querySelectorAll(FRAME_CSS);
    const first = frames[0];
    if (!first) return null;
    const last = frames[frames.length - 1]!;
    let a: Element | null = first.parentElement;
    while (a && !a.contains(last)) a = a.parentElement;
    return a;
  }

  const onClick = (e: Event): void => {
    const target = e.target as Element | null;
    if (target?.closest?.(`${LEAVE_CSS}, .leave-meeting-options__btn--danger`)) leaveClickAt = ctx.now();
  };
  const onTopLoad = (e: Event): void => {
    if ((e.target as Element | null)?.localName === 'iframe') queueResolve();
  };

  /** Re-resolve the meeting document; returns true when it changed. */
  function resolveDoc(): boolean {
    const next = findMeetingDocument(top);
    if (next !== top && !topObserved && top.body) {
      // The PWA shell barely mutates: watching it for a replaced iframe costs nothing.
      topObs.observe(top.body, { childList: true, subtree: true });
      topObserved = true;
    } else if (next === top && topObserved) {
      topObs.disconnect();
      topObserved = false;
    }
    if (next === doc && (!next || (roots.shell?.isConnected ?? false))) return false;
    doc?.removeEventListener('click', onClick, true);
    for (const k of Object.keys(roots) as (keyof typeof roots)[]) roots[k] = null;
    for (const o of [shellObs, stageObs, panelObs, footerObs, captionsObs, chatObs]) o.disconnect();
    doc = next;
    doc?.addEventListener('click', onClick, true);
    return true;
  }

  function attach(): void {
    if (!doc) return;
    const body = doc.body ?? doc.documentElement;
    observe(shellObs, 'shell', body, { childList: true, subtree: true });
    observe(stageObs, 'stage', stageRoot(doc), {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'src', 'alt'],
    });
    const sub = { childList: true, subtree: true, characterData: true, attributes: true };
    observe(panelObs, 'panel', queryFirst(doc, ZOOM.panelList)?.el ?? null, {
      ...sub,
      attributeFilter: ['class', 'aria-label', 'src'],
    });
    observe(footerObs, 'footer', doc.querySelector('#wc-footer'), {
      ...sub,
      attributeFilter: ['aria-label'],
    });
    observe(captionsObs, 'captions', findCaptionBox(doc)?.el ?? null, { ...sub, attributeFilter: ['src'] });
    observe(chatObs, 'chat', findChatList(doc)?.el ?? null, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }

  // ------------------------------------------------------------------ flush
  function flush(): void {
    flushQueued = false;
    if (stopped) return;
    if (dirty.full) {
      let wait = lastFullSyncAt + FULL_SYNC_MIN_MS - ctx.now();
      // The end modal and the post-meeting page are never deferred (two cheap class lookups).
      if (wait > 0 && inCall && doc && (queryFirst(doc, ZOOM.endModal) || queryFirst(doc, ZOOM.postMeeting)))
        wait = 0;
      if (wait > 0) {
        deferredFull ??= setTimeout(() => {
          deferredFull = null;
          if (!stopped) fullSync(false);
        }, wait);
      } else {
        fullSync(false);
        return;
      }
    }
    if (!inCall || !doc) {
      dirty.participants = dirty.speaking = dirty.captions = dirty.chat = false;
      return;
    }
    if (dirty.participants) syncParticipants();
    else if (dirty.speaking) syncSpeaking();
    dirty.participants = dirty.speaking = false;
    if (dirty.captions) {
      dirty.captions = false;
      syncCaptions();
    }
    if (dirty.chat) {
      dirty.chat = false;
      syncChat();
    }
    updateHealth();
  }

  function fullSync(fromWatchdog: boolean): void {
    dirty.full = dirty.participants = dirty.speaking = dirty.captions = dirty.chat = false;
    lastFullSyncAt = ctx.now();
    if (fromWatchdog) resolveDoc();
    attach();
    const ph: PhaseRead = doc ? readPhase(doc) : { phase: 'unknown', layer: null };
    if (doc && ph.phase === 'lobby') lobbyName = readLobbyName(doc) || lobbyName;
    handlePhase(ph, fromWatchdog);
    if (inCall && doc) {
      syncParticipants();
      syncCaptions();
      syncChat();
    }
    updateHealth(ph);
  }

  // ------------------------------------------------------------------ phase
  function handlePhase(ph: PhaseRead, fromWatchdog: boolean): void {
    health.phase = { state: ph.phase === 'unknown' ? 'not_visible' : 'ok', layer: ph.layer };
    if (inCall) {
      if (ph.phase === 'ended') {
        endCall(ph.endReason && ph.endReason !== 'unknown' ? ph.endReason : fallbackReason());
        return;
      }
      if (ph.phase !== 'in_call') {
        // Join/audio-init redirects and frame reloads blank the footer briefly: consecutive misses only.
        if (fromWatchdog && ++misses >= endMisses) endCall(fallbackReason());
        return;
      }
      misses = 0;
      return;
    }
    if (ph.phase === 'in_call') startCall();
  }

  function fallbackReason(): EndReason {
    return leaveClickAt !== null && ctx.now() - leaveClickAt <= LEAVE_CLICK_WINDOW_MS ? 'left' : 'unknown';
  }

  function startCall(): void {
    inCall = true;
    misses = 0;
    callSeq++;
    const info = doc ? readMeetingInfo(doc, top) : {};
    const ev: MeetingEvent = { type: 'call.started', t: ctx.now(), platform: 'zoom' };
    if (info.meetingId) ev.meetingCode = info.meetingId;
    if (info.title) ev.title = info.title;
    emit(ev);
    lastHealth = {};
  }

  function endCall(reason: EndReason): void {
    const t = ctx.now();
    for (const [id, pend] of pendingLeave) {
      clearTimeout(pend.timer);
      const p = parts.get(id);
      if (p?.speaking) emit({ type: 'speaking.stopped', t, id });
      emit({ type: 'participant.left', t, id, at: Math.min(pend.since, t) });
      parts.delete(id);
    }
    pendingLeave.clear();
    for (const [id, p] of parts) if (p.speaking) emit({ type: 'speaking.stopped', t, id });
    emit({ type: 'call.ended', t, reason });
    inCall = false;
    misses = 0;
    leaveClickAt = null;
    resetCall();
  }

  function resetCall(): void {
    for (const p of pendingLeave.values()) clearTimeout(p.timer);
    pendingLeave.clear();
    parts.clear();
    idByKey.clear();
    frameEls.clear();
    elId = new WeakMap();
    selfId = undefined;
    selfName = undefined;
    cap = null;
    chatSender.clear();
    chatSeenEls = new WeakSet();
    lastRead = null;
    ringInSmallCall = false;
    pictures.clear();
    selfPicture = undefined;
  }

  // ------------------------------------------------------------------ participants
  /** Name-derived id; a frame/row that kept its element but changed its name is a rename. */
  function idFor(
    p: ParticipantRead,
    keys: Set<string>,
    claimed: Set<string>,
  ): { id: string; renamed: boolean } {
    const known = idByKey.get(p.key);
    if (known && !claimed.has(known)) return { id: known, renamed: false };
    for (const el of [p.frame?.el, p.row?.el]) {
      const cand = el && elId.get(el);
      const prev = cand ? parts.get(cand) : undefined;
      if (cand && prev && !claimed.has(cand) && !keys.has(prev.key) && !pendingLeave.has(cand)) {
        idByKey.delete(prev.key);
        idByKey.set(p.key, cand);
        return { id: cand, renamed: true };
      }
    }
    let id = `zoom:${p.key.replace('\u0000', '#')}`.slice(0, 256);
    while (claimed.has(id) || (parts.has(id) && parts.get(id)!.key !== p.key)) id = `${id}~`;
    idByKey.set(p.key, id);
    return { id, renamed: false };
  }

  /**
   * A rename reaches the tile and the pane row in separate batches; in between, a frame-only and a
   * row-only entry that were one person (same elements as last read) are still that person, named by
   * the pane (the full display name) until the row catches up.
   */
  function rejoinSplit(read: ParticipantsRead): void {
    const rowOnly = new Map<string, ParticipantRead>();
    for (const p of read.list) {
      const id = p.row && !p.frame ? elId.get(p.row.el) : undefined;
      if (id) rowOnly.set(id, p);
    }
    if (!rowOnly.size) return;
    read.list = read.list.filter((p) => {
      const id = p.frame && !p.row ? elId.get(p.frame.el) : undefined;
      const q = id ? rowOnly.get(id) : undefined;
      if (!q || !p.frame) return true;
      q.frame = p.frame;
      q.speaking = p.speaking;
      q.camera ??= p.camera;
      q.muted ??= p.muted;
      return false;
    });
  }

  function syncParticipants(): void {
    if (!doc) return;
    const t = ctx.now();
    const read = readParticipants(doc);
    rejoinSplit(read);
    lastRead = read;
    const selfAudio = readSelfAudio(doc);
    const self = readSelf(read, lobbyName);
    if (read.list.length < RING_MIN_PARTICIPANTS && read.list.some((p) => p.speaking)) noteSmallRing();
    const keys = new Set(read.list.map((p) => p.key));
    const claimed = new Set<string>();
    frameEls.clear();
    const seen = new Set<string>();
    for (const p of read.list) {
      const { id, renamed } = idFor(p, keys, claimed);
      claimed.add(id);
      seen.add(id);
      if (p.frame) {
        elId.set(p.frame.el, id);
        frameEls.set(id, p.frame.el);
      }
      if (p.row) elId.set(p.row.el, id);
      const pend = pendingLeave.get(id);
      if (pend) {
        clearTimeout(pend.timer);
        pendingLeave.delete(id);
      }
      if (self.name && !selfId && self.name === p.name) {
        selfId = id;
        selfName = p.name;
        if (parts.has(id)) emit({ type: 'participant.self', t, id });
      }
      const prev = parts.get(id);
      const isSelf = id === selfId;
      const next: PState = {
        key: p.key,
        name: p.name,
        // Unknown (no frame title, no pane icon): keep the last reading, absence is not "off".
        camera: p.camera ?? prev?.camera ?? false,
        muted: isSelf && selfAudio.muted !== undefined ? selfAudio.muted : (p.muted ?? prev?.muted ?? false),
        hand: p.hand,
        speaking: p.speaking,
        speakVisible: !!p.frame,
        camVisible: p.camera !== undefined,
      };
      if (next.muted) next.speaking = false;
      apply(id, next, prev, isSelf, renamed, t);
    }
    if (selfId && selfName && parts.get(selfId)?.name !== selfName) selfName = parts.get(selfId)?.name;
    learnPictures(read);
    for (const id of parts.keys()) {
      if (seen.has(id) || pendingLeave.has(id)) continue;
      vanished(id, t);
      const since = t;
      const timer = setTimeout(() => confirmLeave(id, since), leaveDebounceMs);
      pendingLeave.set(id, { since, timer });
    }
    participantHealth(read, selfAudio.layer);
  }

  function apply(
    id: string,
    next: PState,
    prev: PState | undefined,
    isSelf: boolean,
    renamed: boolean,
    t: number,
  ) {
    if (!prev) {
      emit({ type: 'participant.joined', t, id, name: next.name, isSelf });
      if (!next.speakVisible || !next.camVisible) {
        emit({ type: 'participant.visibility', t, id, speaking: next.speakVisible, camera: next.camVisible });
      }
      if (next.camera) emit({ type: 'camera.on', t, id });
      if (next.muted) emit({ type: 'mic.muted', t, id });
      if (next.hand) emit({ type: 'hand.raised', t, id });
      if (next.speaking) emit({ type: 'speaking.started', t, id });
      parts.set(id, next);
      return;
    }
    if (renamed || next.name !== prev.name) emit({ type: 'participant.renamed', t, id, name: next.name });
    if (next.speakVisible !== prev.speakVisible || next.camVisible !== prev.camVisible) {
      emit({ type: 'participant.visibility', t, id, speaking: next.speakVisible, camera: next.camVisible });
      // The model turned speaking / camera off when they went out of sight: what is on now is news to it
      // (what also went off in the page is still reported, for the roster's raw state).
      if (next.speakVisible && !prev.speakVisible)
        prev = { ...prev, speaking: prev.speaking && !next.speaking };
      if (next.camVisible && !prev.camVisible) prev = { ...prev, camera: prev.camera && !next.camera };
    }
    if (next.camera !== prev.camera) emit({ type: next.camera ? 'camera.on' : 'camera.off', t, id });
    if (next.muted !== prev.muted) emit({ type: next.muted ? 'mic.muted' : 'mic.unmuted', t, id });
    if (next.hand !== prev.hand) emit({ type: next.hand ? 'hand.raised' : 'hand.lowered', t, id });
    if (next.speaking !== prev.speaking)
      emit({ type: next.speaking ? 'speaking.started' : 'speaking.stopped', t, id });
    parts.set(id, next);
  }

  /**
   * The first ring in a small call: speaking becomes readable. Said before the speaking events it
   * enables, so the model counts them (a call-start read needs no health event: silence means ok).
   */
  function noteSmallRing(): void {
    if (ringInSmallCall) return;
    ringInSmallCall = true;
    if (lastHealth.speaking === undefined || lastHealth.speaking === 'ok') return;
    health.speaking = { state: 'ok', layer: lastRead?.frameLayer ?? null };
    updateHealth();
  }

  /** Hot path: only `--active` modifiers moved; read the known frames' classes. */
  function syncSpeaking(): void {
    const t = ctx.now();
    for (const [id, el] of frameEls) {
      if (!el.isConnected) {
        syncParticipants();
        return;
      }
      const p = parts.get(id);
      if (!p) continue;
      const speaking = isActiveFrame(el) && !p.muted;
      if (speaking && parts.size < RING_MIN_PARTICIPANTS) noteSmallRing();
      if (speaking !== p.speaking) {
        p.speaking = speaking;
        emit({ type: speaking ? 'speaking.started' : 'speaking.stopped', t, id });
      }
    }
  }

  /**
   * Gone from the frames and the pane (leave or re-render, decided after the debounce): report now what we
   * can no longer see, at the vanish time (see "Leaves" in the header).
   */
  function vanished(id: string, t: number): void {
    const p = parts.get(id);
    if (!p) return;
    if (p.speaking) emit({ type: 'speaking.stopped', t, id });
    if (p.camera) emit({ type: 'camera.off', t, id });
    if (p.speakVisible || p.camVisible)
      emit({ type: 'participant.visibility', t, id, speaking: false, camera: false });
    parts.set(id, { ...p, speaking: false, camera: false, speakVisible: false, camVisible: false });
  }

  function confirmLeave(id: string, since: number): void {
    if (stopped) return;
    pendingLeave.delete(id);
    if (!parts.has(id)) return;
    const p = parts.get(id)!;
    if (doc && readParticipants(doc).list.some((x) => x.key === p.key)) return;
    const t = ctx.now();
    if (p.speaking) emit({ type: 'speaking.stopped', t, id });
    // Decided now, effective when the tile went: reported in time order (never a backdated `t`).
    emit({ type: 'participant.left', t, id, at: Math.min(since, t) });
    parts.delete(id);
    frameEls.delete(id);
    if (idByKey.get(p.key) === id) idByKey.delete(p.key);
  }

  function participantHealth(read: ParticipantsRead, selfAudioLayer: string | null): void {
    const n = read.list.length;
    health.participants = {
      state: n > 0 ? 'ok' : 'broken',
      layer: read.frameLayer ?? read.panelLayer,
    };
    health.self = selfId
      ? { state: 'ok', layer: read.panelLayer ? 'class:participants-item__name-label' : 'lobby:name-input' }
      : // Zoom always marks "(me)" in an open pane: rows without one mean the mark changed (or its locale).
        { state: read.panelOpen && read.list.some((p) => p.row) ? 'broken' : 'not_visible', layer: null };
    if (read.frameCount > 0 && n < RING_MIN_PARTICIPANTS && !ringInSmallCall)
      health.speaking = { state: 'not_visible', layer: 'rule:active-ring-needs-3' };
    else if (read.frameCount > 0) health.speaking = { state: 'ok', layer: read.frameLayer };
    else if (read.mainFrame && read.avatarCount <= 1)
      health.speaking = { state: 'not_visible', layer: 'class:speaker-active-container__video-frame' };
    else health.speaking = { state: 'broken', layer: null };
    const camKnown = read.list.filter((p) => p.camera !== undefined).length;
    health.camera =
      n === 0 || camKnown === 0
        ? { state: 'broken', layer: null }
        : {
            state: 'ok',
            layer: read.panelOpen
              ? 'class:participants-icon__participant-video'
              : 'class:video-avatar__avatar-title',
          };
    const muteKnown = read.list.some((p) => p.muted !== undefined);
    health.mute =
      selfAudioLayer || muteKnown
        ? { state: 'ok', layer: selfAudioLayer ?? 'class:video-avatar__avatar-footer' }
        : { state: 'broken', layer: null };
  }

  // ------------------------------------------------------------------ captions
  /** Remembers who showed which picture (tiles and pane rows), and the self's own mark. */
  function learnPictures(read: ParticipantsRead): void {
    for (const p of read.list) {
      for (const src of [p.row?.avatarSrc, p.frame?.avatarSrc]) if (src) pictures.set(src, p.key);
      if (idByKey.get(p.key) !== selfId || !selfId) continue;
      const own = p.row?.avatarSrc ?? p.frame?.avatarSrc ?? (p.row?.initial ? null : undefined);
      if (own !== undefined) selfPicture = own;
    }
  }

  /**
   * Who a caption row belongs to. The box shows only a picture or an initial (reference §2.8), in order:
   * 1. a picture seen on someone's tile or pane row during this call (remembered: the pane may be closed by
   *    now, the tile may show video instead);
   * 2. the local user, when the picture may be theirs — their own picture has not been seen and they show
   *    none other —, the footer says their mic is live, and nobody else who may own that picture carries
   *    the `--active` ring. Zoom never puts the local user in the speaker-view main frame and rings them late
   *    or not at all, so the active-speaker fallback below could never name them: without this rule the
   *    user's first words of a call (before the pane was opened, before their tile showed a picture) went
   *    to whoever the main frame showed. The user is known from the first caption on: by the pre-join
   *    name, the "(me)" row, or — when neither was seen yet — as "You", the self label the detector maps
   *    to the local user once known;
   * 3. `resolveCaptionSpeaker`: initials, then the active speaker.
   */
  function captionSpeaker(
    d: Document,
    c: CaptionRead,
    read: ParticipantsRead,
  ): { name: string; id?: string } {
    if (c.avatarSrc) {
      const key = pictures.get(c.avatarSrc);
      const id = key === undefined ? undefined : idByKey.get(key);
      if (id) return { name: parts.get(id)?.name ?? key!, id };
      if (selfMayOwn(d, c.avatarSrc, read)) {
        return selfId ? { name: selfName ?? parts.get(selfId)?.name ?? '', id: selfId } : { name: 'You' };
      }
    }
    const active = readActiveSpeakers(d).names[0] ?? readMainFrameName(d);
    const who = resolveCaptionSpeaker(c, read, active);
    const id = who.name ? idByKey.get(who.name) : undefined;
    return id ? { name: who.name, id } : { name: who.name };
  }

  function selfMayOwn(d: Document, src: string, read: ParticipantsRead): boolean {
    if (selfPicture !== undefined) return selfPicture === src;
    if (readSelfAudio(d).muted !== false) return false;
    const self = selfId ? parts.get(selfId)?.name : undefined;
    const knownPicture = new Set(pictures.values());
    for (const name of readActiveSpeakers(d).names) {
      if (name === self) continue;
      const p = read.list.find((q) => q.name === name);
      if (!p || !knownPicture.has(p.key)) return false;
    }
    return true;
  }

  function syncCaptions(): void {
    if (!doc) return;
    const t = ctx.now();
    const c = readCaption(doc);
    if (c.box !== roots.captions) attach();
    if (!c.box) {
      health.captions = { state: 'not_visible', layer: null };
      cap = null; // captions off: the utterance is over
      return;
    }
    health.captions = { state: c.row && !c.textLayer ? 'broken' : 'ok', layer: c.textLayer ?? c.layer };
    if (!c.row || !c.text) return;
    const sig = c.avatarSrc ? `src:${c.avatarSrc}` : c.initial ? `ini:${c.initial}` : '';
    let replaces = false;
    let full = c.text;
    if (cap && cap.row === c.row && cap.sig === sig) {
      const m = mergeRolling(cap.raw, cap.full, c.text, TEXT_MAX);
      if (m.kind === 'same') return;
      if (m.kind !== 'new') {
        replaces = true;
        full = m.full;
      }
    }
    if (!replaces) {
      const who = captionSpeaker(doc, c, lastRead ?? readParticipants(doc));
      cap = {
        id: `zoom-${callSeq}-c${++captionSeq}`,
        row: c.row,
        sig,
        raw: c.text,
        full,
        speakerName: who.name.slice(0, NAME_MAX),
        ...(who.id ? { speakerId: who.id } : {}),
      };
    } else if (cap) {
      cap.raw = c.text;
      cap.full = full;
      if (!cap.speakerId && lastRead) {
        // Unattributed at its start (nobody active yet, self not known yet): it may be known since.
        const who = captionSpeaker(doc, c, lastRead);
        if (who.name) cap.speakerName = who.name.slice(0, NAME_MAX);
        if (who.id) cap.speakerId = who.id;
      }
    }
    if (!cap) return;
    const ev: MeetingEvent = {
      type: 'caption',
      t,
      captionId: cap.id,
      speakerName: cap.speakerName,
      text: cap.full,
      replaces,
    };
    if (cap.speakerId) ev.speakerId = cap.speakerId;
    emit(ev);
  }

  // ------------------------------------------------------------------ chat
  function syncChat(): void {
    if (!doc) return;
    const t = ctx.now();
    const chat = readChat(doc);
    if (chat.list !== roots.chat) attach();
    if (!chat.list) {
      health.chat = { state: 'not_visible', layer: null };
      return;
    }
    health.chat = { state: chat.items.length > 0 && !chat.textLayer ? 'broken' : 'ok', layer: chat.layer };
    for (const m of chat.items) {
      if (!m.text) continue;
      if (m.id ? chatSender.has(m.id) : chatSeenEls.has(m.el)) continue;
      // A run's later messages have no header: carry the sender from the message before (remembered even
      // after the virtualised list dropped it), else what the reader carried within the DOM.
      const carried = (m.prevId && chatSender.get(m.prevId)) || '';
      const sender = m.ownSender ? m.senderName : carried || m.senderName;
      if (m.id) {
        chatSender.set(m.id, sender);
        if (chatSender.size > MAX_CHAT_IDS) {
          const oldest = chatSender.keys().next().value;
          if (oldest !== undefined) chatSender.delete(oldest);
        }
      } else chatSeenEls.add(m.el);
      // Zoom labels own messages with the self name (or "Me" in some builds).
      const isSelf = (!!selfName && sender === selfName) || SELF_CHAT.includes(sender);
      const senderId = isSelf ? selfId : idByKey.get(sender);
      const ev: MeetingEvent = {
        type: 'chat',
        t,
        senderName: (isSelf && selfName ? selfName : sender).slice(0, NAME_MAX),
        isSelf,
        text: m.text,
      };
      if (senderId) ev.senderId = senderId;
      emit(ev);
    }
  }

  // ------------------------------------------------------------------ health
  function updateHealth(ph?: PhaseRead): void {
    if (!inCall) {
      for (const s of SIGNALS) if (s !== 'phase') health[s] = { state: 'not_visible', layer: null };
      if (ph && ph.phase === 'unknown' && doc && looksLikeMeeting(doc)) {
        // Meeting furniture on screen but no phase layer matched: Zoom changed its footer/markers.
        health.phase = { state: 'broken', layer: null };
      }
    }
    const changed: Partial<Record<Signal, HealthState>> = {};
    let any = false;
    for (const s of SIGNALS) {
      if (lastHealth[s] !== health[s].state) {
        changed[s] = health[s].state;
        lastHealth[s] = health[s].state;
        any = true;
      }
    }
    if (any) emit({ type: 'health', t: ctx.now(), signals: changed });
  }

  // ------------------------------------------------------------------ lifecycle
  top.addEventListener('load', onTopLoad, true);
  const watchdog = setInterval(() => {
    if (!stopped) fullSync(true);
  }, watchdogMs);

  function stop(): void {
    if (stopped) return;
    stopped = true;
    clearInterval(watchdog);
    if (deferredFull) clearTimeout(deferredFull);
    for (const p of pendingLeave.values()) clearTimeout(p.timer);
    pendingLeave.clear();
    for (const o of [topObs, shellObs, stageObs, panelObs, footerObs, captionsObs, chatObs]) o.disconnect();
    top.removeEventListener('load', onTopLoad, true);
    doc?.removeEventListener('click', onClick, true);
    parts.clear();
    idByKey.clear();
    frameEls.clear();
    chatSender.clear();
    cap = null;
    lastRead = null;
    doc = null;
  }
  if (ctx.signal.aborted) {
    stopped = true;
    clearInterval(watchdog);
    top.removeEventListener('load', onTopLoad, true);
  } else {
    ctx.signal.addEventListener('abort', stop, { once: true });
    resolveDoc();
    fullSync(false);
  }

  return {
    stop,
    meetingDocument: () => doc,
    diagnostics: () =>
      Object.fromEntries(SIGNALS.map((s) => [s, { ...health[s] }])) as Record<Signal, SignalDiagnostics>,
  };
}
