/**
 * The Meet adapter's live half: observers on the narrowest roots, a watchdog, and the diff from reader
 * output to normalized events. All DOM reads happen once per mutation batch (observer callbacks are merged
 * into one microtask flush) or per watchdog tick; nothing here touches layout.
 *
 * Roots and observers:
 * - shell: `body`, childList+subtree and a short attributeFilter (call-ended marker, toolbar state). Finds
 *   roots and phase changes; records inside the stage/captions/chat roots are left to their own observers.
 * - stage: the tiles' common container; attributes filtered to class/style/hidden/ids. A batch made only of
 *   class/style flips on speaking widgets takes a targeted path (no full participant read), which is the hot
 *   path in a call. Media events (`loadeddata`, `playing`, `emptied`) are captured on it: `readyState` changes
 *   without any DOM mutation.
 * - captions region and chat container: childList+subtree+characterData.
 * - watchdog (2 s, the reference's consensus cadence): re-finds replaced or detached roots and re-reads
 *   everything, which doubles as the polling fallback for anything a mutation did not reveal (camera
 *   readyState, a missed class flip). Speaking needs no faster poll: Meet flips the widget's class on every
 *   level change, which the stage observer sees; the watchdog bounds the error of a missed flip to 2 s.
 *
 * Self (which participant is the local user), layered, sticky once decided, never from English text alone
 * (sources: meet-zoom-dom.md §1.3 "Local user", §1.6, §1.7; rules dated 2026-09):
 * 1. People panel "(You)" (`.NnTWjc`, 2022 → 2026): the strongest source; it overrides any other decision.
 * 2. Pre-join name (`.awLEm`, TranscripTonic 2024-05 → 2026; guest name input as fallback): read on every
 *    lobby/waiting read and on clicks there, the last value kept across calls in this tab (it is the
 *    account's name), matched to the participant bearing exactly that name once in the call — only when
 *    the name is unique (companion mode puts the same name on two devices: then no decision).
 * 3. Captions: an entry labelled with the localized self label (`TEXT.selfCaption`; skipped when a
 *    participant actually has that name) gets new text while exactly one tile's speaking widget is active
 *    → one observation for that tile. Observations closer than 500 ms count once (word-by-word rewrites of
 *    one moment).
 * 4. Mute: the toolbar mic's `data-is-muted` flips and, within 1 s of it, exactly one tile's mute state
 *    (mic_off icon / hidden widget) flips the same way → one observation for that tile.
 * Sources 3 and 4 each decide only on agreement: a candidate needs 2 observations more than all other
 * candidates of that source together (2 when nobody else was observed), because captions lag speech and a
 * coincidental mute elsewhere can mislead one observation. Sources 2–4 decide first-come; none overrides
 * another. `participant.self` is emitted when self becomes known after the participant joined.
 *
 * Visibility: a joined participant counts as visible; one known only from the People panel (no tile on
 * the stage) gets `participant.visibility` false for speaking and camera — panel rows are virtualized and
 * keep their DOM after the panel closes, so a row is not coverage — and true again when a tile appears.
 * The model turns speaking and camera off with the visibility, so a tile's return re-announces whatever
 * is on (after the visibility, or the model would ignore it).
 *
 * Leaves (issue 18; the contract's "Late-decided facts" in meeting/events.ts). A participant gone from
 * both the stage and the People panel may only be re-rendering (layout switch, pin), so the leave is
 * confirmed after `leaveDebounceMs`. What is known at once is said at once, at the vanish time: speaking
 * stopped and camera off if they were on, and not visible — we can no longer see them, whichever it turns
 * out to be. A return within the debounce is a tile's return (visible again, states re-announced); a
 * confirmed leave is `participant.left` at the confirmation time with `at` = the vanish time. Never a
 * backdated `t`: the model rejects events far behind the last one.
 */
import { type EndReason, type HealthState, SIGNALS, type Signal } from '../../meeting/constants';
import type { MeetingEvent } from '../../meeting/events';
import { isNoopRecord, matchesChain, queryFirst } from '../dom';
import type { AdapterContext, AdapterSession } from '../types';
import {
  findCaptionsRegion,
  findChatContainer,
  idByName,
  NAME_MAX,
  type ParticipantsRead,
  type PhaseRead,
  readCamera,
  readCaptions,
  readChat,
  readHands,
  readLobbyName,
  readMeetingInfo,
  readMute,
  readParticipants,
  readPhase,
  readReactions,
  readRowName,
  readSelf,
  readSpeaking,
  readTileName,
  readTiles,
  sameName,
  widgetSpeaking,
} from './readers';
import { MEET, TEXT } from './selectors';

export interface MeetAdapterOptions {
  /** Tiles re-render (layout switch, pin): a participant must be absent this long before `left`. */
  leaveDebounceMs?: number;
  /** Watchdog / polling fallback period. */
  watchdogMs?: number;
  /** Consecutive watchdog ticks without an in-call reading before `call.ended` (reason unknown). */
  endMisses?: number;
}

export interface SignalDiagnostics {
  state: HealthState;
  layer: string | null;
}

export interface MeetSession extends AdapterSession {
  /** Current per-signal state with the selector layer that matched (for the overlay's diagnostics). */
  diagnostics(): Record<Signal, SignalDiagnostics>;
}

interface PState {
  name: string;
  camera: boolean;
  muted: boolean;
  hand: boolean;
  speaking: boolean;
}

const MAX_CAPTIONS = 100;
const MAX_CHAT_IDS = 2000;
const LEAVE_CLICK_WINDOW_MS = 60_000;
/** Shell-triggered full reads at most every 100 ms: a phase change seen 100 ms late costs nothing. */
const FULL_SYNC_MIN_MS = 100;
const TILE_CSS = MEET.tile.map((l) => l.css).join(', ');
/** Agreeing observations a correlation source (captions, mute) needs before it decides self. */
const SELF_VOTES_NEEDED = 2;
/** Caption-based self observations closer together than this are one observation. */
const CAPTION_OBS_GAP_MS = 500;
/** A toolbar mic flip and a tile's mute flip this close together are "the same moment". */
const MUTE_CORRELATION_MS = 1000;
/** Bound on remembered mute flips awaiting correlation. */
const MAX_FLIPS = 32;

type SelfSource = 'panel' | 'lobby-name' | 'captions' | 'mute';

/**
 * Whether `el` holds visible text outside buttons (Meet's "Jump to bottom" sits in the captions region).
 * Only asked when no caption entry / chat message was found, to tell drift from an empty region.
 */
function holdsText(el: Element): boolean {
  for (const n of el.childNodes) {
    if (n.nodeType === 3 && n.textContent?.trim()) return true;
    if (n.nodeType === 1 && !(n as Element).matches('button, [role="button"]') && holdsText(n as Element))
      return true;
  }
  return false;
}

export function startMeetSession(
  root: Document,
  ctx: AdapterContext,
  opts: MeetAdapterOptions = {},
): MeetSession {
  const leaveDebounceMs = opts.leaveDebounceMs ?? 3000;
  const watchdogMs = opts.watchdogMs ?? 2000;
  const endMisses = opts.endMisses ?? 3;
  const win = root.defaultView ?? globalThis;
  const MO = (win as typeof globalThis).MutationObserver;

  let stopped = false;
  let inCall = false;
  let meetingCode: string | undefined;
  let callSeq = 0;
  let misses = 0;
  let leaveClickAt: number | null = null;

  // Per-call state; bounded: participants pruned on leave, captions capped, chat ids capped.
  const parts = new Map<string, PState>();
  const pendingLeave = new Map<string, { since: number; timer: ReturnType<typeof setTimeout> }>();
  let selfId: string | undefined;
  let selfName: string | undefined;
  let selfSource: SelfSource | undefined;
  /** The pre-join screen's name: kept across calls in this tab (the account's name), replaced by each read. */
  let lobbyName: string | undefined;
  let lobbyNameLayer: string | null = null;
  const captionVotes = new Map<string, number>();
  let lastCaptionObsAt = Number.NEGATIVE_INFINITY;
  const muteVotes = new Map<string, number>();
  let lastSelfMic: boolean | undefined;
  const selfMicFlips: { muted: boolean; t: number }[] = [];
  const tileMuteFlips: { id: string; muted: boolean; t: number }[] = [];
  /** Joined participants without a stage tile, for whom `participant.visibility` false was emitted. */
  const hiddenIds = new Set<string>();
  let captionSeq = 0;
  let captionIds = new WeakMap<Element, string>();
  const captionLast = new Map<string, { text: string; speaker: string; el: Element; region: Element }>();
  const chatSeen = new Set<string>();
  let chatSeenEls = new WeakSet<Element>();
  let reactionSeen = new WeakSet<Element>();

  const health: Record<Signal, SignalDiagnostics> = Object.fromEntries(
    SIGNALS.map((s) => [s, { state: 'not_visible', layer: null }]),
  ) as Record<Signal, SignalDiagnostics>;
  let lastHealth: Partial<Record<Signal, HealthState>> = {};

  const emit = (e: MeetingEvent): void => {
    if (!stopped) ctx.emit(e);
  };

  // ------------------------------------------------------------------ observers and roots
  let stageRoot: Element | null = null;
  let captionsRoot: Element | null = null;
  let chatRoot: Element | null = null;
  const shellObs = new MO((recs) => onShell(recs));
  const stageObs = new MO((recs) => onStage(recs));
  const captionsObs = new MO(() => mark('captions'));
  const chatObs = new MO(() => mark('chat'));
  const mediaEvents = ['loadeddata', 'playing', 'emptied', 'canplaythrough'] as const;
  const onMedia = (e: Event): void => {
    const tile = (e.target as Element | null)?.closest?.(TILE_CSS);
    if (tile) markHolder(tile, tileEls);
    else dirty.participants = true;
    queueFlush();
  };

  const dirty = { full: false, participants: false, captions: false, chat: false };
  const speakingTargets = new Set<Element>();
  /** Participants whose tile or panel row content changed while the roster did not: re-read only those. */
  const dirtyIds = new Set<string>();
  /** Tile and People-panel row per participant from the last roster read (pruned on leave). */
  const tileEls = new Map<string, Element>();
  const rows = new Map<string, Element>();
  /** A change inside one known tile/row re-reads that participant; anything else re-reads the roster. */
  function markHolder(holder: Element, map: Map<string, Element>): void {
    const id =
      holder.getAttribute('data-participant-id') ?? holder.getAttribute('data-requested-participant-id');
    if (id && parts.has(id) && map.get(id) === holder) dirtyIds.add(id);
    else dirty.participants = true;
  }
  let flushQueued = false;
  let lastFullSyncAt = Number.NEGATIVE_INFINITY;
  let deferredFull: ReturnType<typeof setTimeout> | null = null;
  function mark(k: keyof typeof dirty): void {
    dirty[k] = true;
    queueFlush();
  }
  function queueFlush(): void {
    if (flushQueued || stopped) return;
    flushQueued = true;
    queueMicrotask(flush);
  }

  function onShell(recs: MutationRecord[]): void {
    let any = false;
    for (const r of recs) {
      const t = r.target;
      if (isNoopRecord(r)) continue;
      if (captionsRoot?.contains(t) || chatRoot?.contains(t)) continue;
      if (stageRoot?.contains(t) && r.type === 'childList') continue; // stage observer has it
      any = true;
      const el = t.nodeType === 1 ? (t as Element) : t.parentElement;
      // Inside a People-panel row (name, mute button, hand queue): a roster read, not a phase read.
      const row =
        r.type !== 'attributes' || r.attributeName === 'disabled' ? el?.closest('[role="listitem"]') : null;
      if (row) {
        markHolder(row, rows);
        continue;
      }
      dirty.full = true;
      break;
    }
    if (any) queueFlush();
  }

  const widgetCss = MEET.speakingWidget.map((l) => l.css).join(', ');
  /**
   * Meet animates classes and styles all over the stage (hover, layout); only a few of those attribute
   * changes carry a signal, so everything else is dropped here without any DOM read.
   */
  function onStage(recs: MutationRecord[]): void {
    let any = false;
    for (const r of recs) {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (!el || isNoopRecord(r)) continue;
      if (r.type === 'attributes') {
        const a = r.attributeName;
        if ((a === 'class' || a === 'style') && el.matches(widgetCss)) {
          speakingTargets.add(el);
          any = true;
          continue;
        }
        if (a === 'class') continue; // the camera/mute rules read no classes
        if ((a === 'style' || a === 'hidden') && el.localName !== 'video' && el.localName !== 'img') continue;
        if (a === 'data-participant-id') {
          dirty.participants = true; // a slot re-assigned to another device: roster change
          any = true;
          continue;
        }
      }
      // Content change inside one tile (badges, video, name) vs. tiles added or removed (roster).
      const tile = el.closest(TILE_CSS);
      if (tile && tile !== r.target) markHolder(tile, tileEls);
      else dirty.participants = true;
      any = true;
    }
    if (any) queueFlush();
  }

  function attach(): void {
    const body = root.body ?? root.documentElement;
    if (body && !shellObserved) {
      shellObs.observe(body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeOldValue: true,
        attributeFilter: ['data-call-ended', 'data-is-muted', 'aria-pressed', 'disabled'],
      });
      shellObserved = true;
    }
    const stage = findStageRoot();
    if (stage !== stageRoot) {
      stageObs.disconnect();
      if (stageRoot) for (const ev of mediaEvents) stageRoot.removeEventListener(ev, onMedia, true);
      stageRoot = stage;
      if (stage) {
        stageObs.observe(stage, {
          childList: true,
          subtree: true,
          characterData: true,
          characterDataOldValue: true,
          attributes: true,
          attributeOldValue: true,
          attributeFilter: ['class', 'style', 'hidden', 'data-participant-id', 'aria-label'],
        });
        for (const ev of mediaEvents) stage.addEventListener(ev, onMedia, true);
      }
    }
    const cap = findCaptionsRegion(root)?.el ?? null;
    if (cap !== captionsRoot) {
      captionsObs.disconnect();
      captionsRoot = cap;
      if (cap) captionsObs.observe(cap, { childList: true, subtree: true, characterData: true });
    }
    const chat = findChatContainer(root)?.el ?? null;
    if (chat !== chatRoot) {
      chatObs.disconnect();
      chatRoot = chat;
      if (chat) chatObs.observe(chat, { childList: true, subtree: true, characterData: true });
    }
  }
  let shellObserved = false;

  function findStageRoot(): Element | null {
    // Every watchdog tick asks: the first tile element's <main> answers without reading 49 tiles' names.
    const el = queryFirst(root, MEET.tile)?.el;
    const quick = el && !el.closest('[role="listitem"]') ? el.closest('main') : null;
    if (quick) return quick;
    const { tiles } = readTiles(root);
    const first = tiles[0]?.el;
    if (!first) return null;
    const main = first.closest('main');
    if (main) return main;
    // Lowest common ancestor of the first and last tile (one walk, no layout).
    const last = tiles[tiles.length - 1]!.el;
    let a: Element | null = first.parentElement;
    while (a && !a.contains(last)) a = a.parentElement;
    return a;
  }

  // ------------------------------------------------------------------ flush
  function flush(): void {
    flushQueued = false;
    if (stopped) return;
    if (dirty.full) {
      let wait = lastFullSyncAt + FULL_SYNC_MIN_MS - ctx.now();
      // The end screen is never deferred: its markers are four cheap attribute/jsname lookups.
      if (wait > 0 && inCall && queryFirst(root, MEET.ended)) wait = 0;
      if (wait > 0) {
        // Bursts outside the stage (toasts, tooltips, panel re-renders): at most one full read per window.
        deferredFull ??= setTimeout(() => {
          deferredFull = null;
          if (stopped) return;
          dirty.full = dirty.participants = dirty.captions = dirty.chat = false;
          speakingTargets.clear();
          dirtyIds.clear();
          fullSync(false);
        }, wait);
      } else {
        dirty.full = dirty.participants = dirty.captions = dirty.chat = false;
        speakingTargets.clear();
        dirtyIds.clear();
        fullSync(false);
        return;
      }
    }
    if (!inCall) {
      dirty.participants = dirty.captions = dirty.chat = false;
      speakingTargets.clear();
      dirtyIds.clear();
      return;
    }
    if (dirty.participants) {
      dirty.participants = false;
      speakingTargets.clear();
      dirtyIds.clear();
      syncParticipants();
    } else {
      if (dirtyIds.size) syncIds();
      if (speakingTargets.size) syncSpeakingTargets();
    }
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
    lastFullSyncAt = ctx.now();
    attach();
    const ph = readPhase(root);
    handlePhase(ph, fromWatchdog);
    if (inCall) {
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
        endCall(endReason(ph.endReason));
        return;
      }
      if (ph.phase !== 'in_call') {
        // The toolbar can be re-rendered; require consecutive watchdog misses before calling it over.
        if (fromWatchdog && ++misses >= endMisses) endCall(leaveClickedRecently() ? 'left' : 'unknown');
        return;
      }
      misses = 0;
      const info = readMeetingInfo(root);
      if (info.code && meetingCode && info.code !== meetingCode) {
        // A second meeting entered in the same tab without an end screen.
        endCall('unknown');
        startCall();
      }
      return;
    }
    if (ph.phase === 'lobby' || ph.phase === 'waiting') noteLobbyName();
    if (ph.phase === 'in_call') startCall();
  }

  function noteLobbyName(): void {
    const r = readLobbyName(root);
    if (!r.name) return;
    lobbyName = r.name;
    lobbyNameLayer = r.layer;
  }

  function endReason(fromHeading: EndReason | undefined): EndReason {
    if (fromHeading && fromHeading !== 'unknown') return fromHeading;
    return leaveClickedRecently() ? 'left' : 'unknown';
  }
  function leaveClickedRecently(): boolean {
    return leaveClickAt !== null && ctx.now() - leaveClickAt <= LEAVE_CLICK_WINDOW_MS;
  }

  function startCall(): void {
    inCall = true;
    misses = 0;
    callSeq++;
    const info = readMeetingInfo(root);
    meetingCode = info.code;
    const ev: MeetingEvent = { type: 'call.started', t: ctx.now(), platform: 'meet' };
    if (info.code) ev.meetingCode = info.code;
    if (info.title) ev.title = info.title;
    emit(ev);
    lastHealth = {}; // re-announce every signal for the new call
  }

  function endCall(reason: EndReason): void {
    const t = ctx.now();
    // Tiles that vanished before the end screen (leave not yet confirmed) left when they vanished.
    for (const [id, pend] of pendingLeave) {
      clearTimeout(pend.timer);
      const p = parts.get(id);
      if (p?.speaking) emit({ type: 'speaking.stopped', t, id });
      emit({ type: 'participant.left', t, id, at: Math.min(pend.since, t) });
      parts.delete(id);
      hiddenIds.delete(id);
    }
    pendingLeave.clear();
    for (const [id, p] of parts) if (p.speaking) emit({ type: 'speaking.stopped', t, id });
    emit({ type: 'call.ended', t, reason });
    inCall = false;
    misses = 0;
    leaveClickAt = null;
    meetingCode = undefined;
    resetCall();
  }

  function resetCall(): void {
    for (const p of pendingLeave.values()) clearTimeout(p.timer);
    pendingLeave.clear();
    parts.clear();
    rows.clear();
    tileEls.clear();
    dirtyIds.clear();
    selfId = undefined;
    selfName = undefined;
    selfSource = undefined;
    resetSelfEvidence();
    lastSelfMic = undefined;
    hiddenIds.clear();
    captionIds = new WeakMap();
    captionLast.clear();
    chatSeen.clear();
    chatSeenEls = new WeakSet();
    reactionSeen = new WeakSet();
  }

  // ------------------------------------------------------------------ participants
  function syncParticipants(): void {
    const t = ctx.now();
    widgetState = new WeakMap();
    const read = readParticipants(root);
    const sp = readSpeaking(root, read);
    const cam = readCamera(read);
    const mute = readMute(root, read, sp);
    const hands = readHands(root, read);
    const self = readSelf(root, read);

    if (self.id) decideSelf(self.id, 'panel', t, self.name);
    else if (!selfId && lobbyName) {
      const id = uniqueByName(read, lobbyName);
      if (id) decideSelf(id, 'lobby-name', t, lobbyName);
    }
    noteSelfMic(mute.self, t);
    if (selfId && !selfName) selfName = read.byId.get(selfId)?.name || undefined;

    rows.clear();
    tileEls.clear();
    for (const [id, r] of read.byId) {
      if (r.row) rows.set(id, r.row);
      if (r.tile) tileEls.set(id, r.tile);
      const pend = pendingLeave.get(id);
      if (pend) {
        clearTimeout(pend.timer);
        pendingLeave.delete(id);
      }
      const isSelf = id === selfId;
      let prev = parts.get(id);
      // A participant listed only in the People panel (tile off-grid) keeps its last camera/mute state:
      // absence of a tile is not evidence of a camera turned off.
      const next: PState = {
        name: r.name,
        camera: cam.on.get(id) ?? prev?.camera ?? false,
        muted: isSelf && mute.self !== undefined ? mute.self : (mute.muted.get(id) ?? prev?.muted ?? false),
        hand: isSelf && hands.self !== undefined ? hands.self || hands.raised.has(id) : hands.raised.has(id),
        speaking: sp.speaking.has(id),
      };
      // Visibility: default visible on join; speak up only for participants without a tile.
      if (r.tile) {
        if (hiddenIds.delete(id)) {
          emit({ type: 'participant.visibility', t, id, speaking: true, camera: true });
          // The model turned speaking and camera off with the visibility: what is on now is news to it
          // (what went off meanwhile is still reported, for the roster's raw state).
          if (prev) prev = reannounce(prev, next);
        }
        applyState(id, next, prev, isSelf, t);
      } else {
        applyState(id, next, prev, isSelf, t);
        if (!hiddenIds.has(id)) {
          hiddenIds.add(id);
          emit({ type: 'participant.visibility', t, id, speaking: false, camera: false });
        }
      }
    }
    settleMuteFlips(t);
    for (const id of parts.keys()) {
      if (read.byId.has(id) || pendingLeave.has(id)) continue;
      vanished(id, t);
      const since = t;
      const timer = setTimeout(() => confirmLeave(id, since), leaveDebounceMs);
      pendingLeave.set(id, { since, timer });
    }
    emitReactions(readReactions(root, read), t);
    health.participants = {
      state: read.byId.size > 0 ? 'ok' : 'broken',
      layer: read.tileLayer ?? read.panelLayer,
    };
    health.self = { state: selfId ? 'ok' : 'not_visible', layer: selfLayer() };
    health.speaking =
      read.tileCount === 0
        ? { state: 'not_visible', layer: sp.layer }
        : { state: sp.tilesWithWidget > 0 ? 'ok' : 'broken', layer: sp.layer };
    health.camera =
      read.tileCount === 0
        ? { state: 'not_visible', layer: null }
        : { state: cam.layer && cam.unreadable === 0 ? 'ok' : 'broken', layer: cam.layer };
    health.mute = { state: mute.selfLayer ? 'ok' : 'broken', layer: mute.selfLayer };
  }

  /**
   * The state to diff a returning tile against: speaking and camera as the model has them after the
   * visibility (off), except what also went off in the page, which is still reported.
   */
  function reannounce(prev: PState, next: PState): PState {
    return { ...prev, speaking: prev.speaking && !next.speaking, camera: prev.camera && !next.camera };
  }

  function applyState(id: string, next: PState, prev: PState | undefined, isSelf: boolean, t: number): void {
    if (!prev) {
      emit({ type: 'participant.joined', t, id, name: next.name, isSelf });
      // Only non-default states are announced on join (default: camera off, unmuted, hand down, silent).
      if (next.camera) emit({ type: 'camera.on', t, id });
      if (next.muted) emit({ type: 'mic.muted', t, id });
      if (next.hand) emit({ type: 'hand.raised', t, id });
      if (next.speaking) emit({ type: 'speaking.started', t, id });
      parts.set(id, next);
      return;
    }
    if (next.name && next.name !== prev.name) emit({ type: 'participant.renamed', t, id, name: next.name });
    if (next.camera !== prev.camera) emit({ type: next.camera ? 'camera.on' : 'camera.off', t, id });
    if (next.muted !== prev.muted) {
      emit({ type: next.muted ? 'mic.muted' : 'mic.unmuted', t, id });
      if (!selfId && !isSelf && tileEls.has(id)) {
        tileMuteFlips.push({ id, muted: next.muted, t });
        if (tileMuteFlips.length > MAX_FLIPS) tileMuteFlips.shift();
      }
    }
    if (next.hand !== prev.hand) emit({ type: next.hand ? 'hand.raised' : 'hand.lowered', t, id });
    if (next.speaking !== prev.speaking)
      emit({ type: next.speaking ? 'speaking.started' : 'speaking.stopped', t, id });
    parts.set(id, { ...next, name: next.name || prev.name });
  }

  /** Re-read only the participants whose tile/row content changed: the roster read's rules, for one. */
  function syncIds(): void {
    const t = ctx.now();
    widgetState = new WeakMap();
    const ids = [...dirtyIds];
    dirtyIds.clear();
    for (const id of ids) {
      const prev = parts.get(id);
      const tile = tileEls.get(id);
      const row = rows.get(id);
      if (!prev || pendingLeave.has(id) || (tile && !tile.isConnected) || (row && !row.isConnected)) {
        syncParticipants(); // a vanished or replaced holder: roster read
        return;
      }
      // Same precedence as readParticipants: the panel's name is the full display name.
      const name = (row && readRowName(row)) || (tile && readTileName(tile)) || prev.name;
      const one: ParticipantsRead = {
        byId: new Map([[id, { id, name, tile, row, selfMarked: false }]]),
        tileLayer: null,
        panelLayer: null,
        panelComplete: false,
        tileCount: tile ? 1 : 0,
        presentationCount: 0,
      };
      const speaking = new Set<string>();
      const widgetHidden = new Set<string>();
      for (const holder of [tile, row]) {
        if (!holder) continue;
        const sp = readSpeaking(holder, one);
        for (const x of sp.speaking) speaking.add(x);
        for (const x of sp.widgetHidden) widgetHidden.add(x);
      }
      const cam = readCamera(one);
      const mute = readMute(root, one, { speaking, widgetHidden, layer: null, tilesWithWidget: 0 });
      const hands = readHands(root, one);
      noteSelfMic(mute.self, t);
      const isSelf = id === selfId;
      const next: PState = {
        name,
        camera: cam.on.get(id) ?? prev.camera,
        muted: isSelf && mute.self !== undefined ? mute.self : (mute.muted.get(id) ?? prev.muted),
        hand: isSelf && hands.self !== undefined ? hands.self || hands.raised.has(id) : hands.raised.has(id),
        speaking: speaking.has(id),
      };
      applyState(id, next, prev, isSelf, t);
      // A tile whose name renders late: the pre-join name can only match now.
      if (!selfId && lobbyName && sameName(name, lobbyName)) {
        let n = 0;
        for (const q of parts.values()) if (sameName(q.name, lobbyName)) n++;
        if (n === 1) decideSelf(id, 'lobby-name', t, lobbyName);
      }
      if (tile) emitReactions(readReactions(tile, one), t);
    }
    settleMuteFlips(t);
  }

  // ------------------------------------------------------------------ self
  /** Panel "(You)" overrides; every other source is first-come and sticky (see the header). */
  function decideSelf(id: string, source: SelfSource, t: number, name?: string): void {
    if (selfId === id) {
      if (source === 'panel' && selfSource !== 'panel') {
        selfSource = 'panel';
        if (name) selfName = name;
        health.self = { state: 'ok', layer: selfLayer() };
      }
      return;
    }
    if (selfId && source !== 'panel') return;
    selfId = id;
    selfSource = source;
    selfName = name || parts.get(id)?.name || undefined;
    resetSelfEvidence();
    health.self = { state: 'ok', layer: selfLayer() };
    // Known before the join: the join itself carries isSelf.
    if (parts.has(id)) emit({ type: 'participant.self', t, id });
  }

  function resetSelfEvidence(): void {
    captionVotes.clear();
    muteVotes.clear();
    lastCaptionObsAt = Number.NEGATIVE_INFINITY;
    selfMicFlips.length = 0;
    tileMuteFlips.length = 0;
  }

  function selfLayer(): string | null {
    switch (selfSource) {
      case 'panel':
        return 'class:NnTWjc';
      case 'lobby-name':
        return `lobby:${lobbyNameLayer ?? 'name'}`;
      case 'captions':
        return 'captions:self-label+speaking';
      case 'mute':
        return 'mute:data-is-muted+tile';
      default:
        return null;
    }
  }

  /** One observation for `id`; decide when it leads all other candidates of this source by 2. */
  function vote(votes: Map<string, number>, id: string, source: SelfSource, t: number): void {
    if (!parts.has(id)) return;
    const mine = (votes.get(id) ?? 0) + 1;
    votes.set(id, mine);
    let others = 0;
    for (const [k, v] of votes) if (k !== id) others += v;
    if (mine >= SELF_VOTES_NEEDED + others) decideSelf(id, source, t);
  }

  function uniqueByName(read: ParticipantsRead, name: string): string | null {
    let found: string | null = null;
    for (const p of read.byId.values()) {
      if (!sameName(p.name, name)) continue;
      if (found) return null;
      found = p.id;
    }
    return found;
  }

  function noteSelfMic(muted: boolean | undefined, t: number): void {
    if (muted === undefined) return;
    if (!selfId && lastSelfMic !== undefined && muted !== lastSelfMic) {
      selfMicFlips.push({ muted, t });
      if (selfMicFlips.length > MAX_FLIPS) selfMicFlips.shift();
    }
    lastSelfMic = muted;
  }

  /**
   * A toolbar flip is judged once its window has closed (a tile may re-render a little after the toolbar):
   * exactly one tile flipped the same way within ±1 s → one observation; none or several → no observation.
   */
  function settleMuteFlips(now: number): void {
    if (selfId) return;
    while (selfMicFlips.length && now - selfMicFlips[0]!.t >= MUTE_CORRELATION_MS) {
      const f = selfMicFlips.shift()!;
      const ids = new Set<string>();
      for (const x of tileMuteFlips)
        if (x.muted === f.muted && Math.abs(x.t - f.t) <= MUTE_CORRELATION_MS) ids.add(x.id);
      if (ids.size === 1) vote(muteVotes, [...ids][0]!, 'mute', now);
      if (selfId) return;
    }
    const horizon = (selfMicFlips[0]?.t ?? now) - MUTE_CORRELATION_MS;
    while (tileMuteFlips.length && tileMuteFlips[0]!.t < horizon) tileMuteFlips.shift();
  }

  /** Captions "You" while exactly one tile shows speech → one observation for that tile. */
  function observeSelfCaption(label: string, t: number): void {
    if (t - lastCaptionObsAt < CAPTION_OBS_GAP_MS) return;
    // Someone really called "Tú" or "Sie": the label is theirs, not the local user's.
    for (const p of parts.values()) if (sameName(p.name, label)) return;
    let only: string | null = null;
    for (const [id, p] of parts) {
      if (!p.speaking || !tileEls.has(id)) continue;
      if (only) return;
      only = id;
    }
    if (!only) return;
    lastCaptionObsAt = t;
    vote(captionVotes, only, 'captions', t);
  }

  function emitReactions(list: ReturnType<typeof readReactions>, t: number): void {
    for (const r of list) {
      if (reactionSeen.has(r.el)) continue;
      reactionSeen.add(r.el);
      if (r.id && parts.has(r.id)) emit({ type: 'reaction', t, id: r.id, emoji: r.emoji });
    }
  }

  /**
   * Gone from the stage and the panel (leave or re-render, decided after the debounce): report now what we
   * can no longer see, at the vanish time (see "Leaves" in the header).
   */
  function vanished(id: string, t: number): void {
    const p = parts.get(id);
    if (!p) return;
    if (p.speaking) emit({ type: 'speaking.stopped', t, id });
    if (p.camera) emit({ type: 'camera.off', t, id });
    p.speaking = false;
    p.camera = false;
    if (!hiddenIds.has(id)) {
      hiddenIds.add(id);
      emit({ type: 'participant.visibility', t, id, speaking: false, camera: false });
    }
  }

  function confirmLeave(id: string, since: number): void {
    if (stopped) return;
    pendingLeave.delete(id);
    const read = readParticipants(root);
    if (read.byId.has(id)) return;
    const p = parts.get(id);
    if (!p) return;
    const t = ctx.now();
    if (p.speaking) emit({ type: 'speaking.stopped', t, id });
    // Decided now, effective when the tile went: reported in time order (never a backdated `t`).
    emit({ type: 'participant.left', t, id, at: Math.min(since, t) });
    parts.delete(id);
    hiddenIds.delete(id);
    rows.delete(id);
    tileEls.delete(id);
  }

  /** Hot path: only speaking widgets flipped class/style; read just those widgets. */
  /**
   * Each widget's speaking state when last evaluated, and its tile. Meet cycles level classes on the widget of
   * whoever is talking several times a second; a flip that leaves the widget's state as it was costs one class
   * check and nothing else. Forgotten on every roster read, which may have moved the state by another path.
   */
  let widgetState = new WeakMap<Element, boolean>();
  const widgetTile = new WeakMap<Element, Element | null>();

  function syncSpeakingTargets(): void {
    const t = ctx.now();
    const layer = health.speaking.layer;
    if (!layer) {
      speakingTargets.clear();
      syncParticipants();
      return;
    }
    const tiles = new Set<Element>();
    for (const w of speakingTargets) {
      const on = widgetSpeaking(w, layer);
      if (widgetState.get(w) === on) continue;
      widgetState.set(w, on);
      let tile = widgetTile.get(w);
      if (tile === undefined) {
        tile = w.closest('[data-participant-id]');
        widgetTile.set(w, tile);
      }
      if (tile) tiles.add(tile);
    }
    speakingTargets.clear();
    for (const tileEl of tiles) {
      const id = tileEl.getAttribute('data-participant-id');
      const p = id ? parts.get(id) : undefined;
      if (!id || !p) continue;
      // A participant may have several widgets (tile + panel row): speaking if any speaks.
      let speaking = false;
      for (const w of tileEl.querySelectorAll(widgetCss)) if (widgetSpeaking(w, layer)) speaking = true;
      if (speaking !== p.speaking) {
        p.speaking = speaking;
        emit({ type: speaking ? 'speaking.started' : 'speaking.stopped', t, id });
      }
    }
  }

  // ------------------------------------------------------------------ captions
  function syncCaptions(): void {
    const t = ctx.now();
    const cap = readCaptions(root);
    if (cap.region !== captionsRoot) attach();
    if (!cap.region) {
      health.captions = { state: 'not_visible', layer: null };
      return;
    }
    const anyText = cap.entries.some((e) => e.textLayer);
    health.captions = {
      // Text in the region but no entry found: the entry hooks changed (an empty region is just silence).
      state:
        (cap.entries.length > 0 && !anyText) || (cap.entries.length === 0 && holdsText(cap.region))
          ? 'broken'
          : 'ok',
      layer: cap.entries.length ? `${cap.layer}>${cap.entryLayer}` : cap.layer,
    };
    for (const e of cap.entries) {
      if (!e.text || !e.speaker) continue;
      let id = captionIds.get(e.el);
      if (!id) {
        // Region replaced on a CC toggle: Meet re-renders recent entries; keep their ids, emit nothing new.
        // Only entries of a *replaced* region qualify: an entry Meet scrolled out of a live region may well
        // be followed by an identical one ("Yes.") that is new speech.
        for (const [cid, c] of captionLast) {
          if (
            c.region !== cap.region &&
            !c.region.isConnected &&
            c.speaker === e.speaker &&
            c.text === e.text
          ) {
            id = cid;
            break;
          }
        }
        id ??= `meet-${callSeq}-c${++captionSeq}`;
        captionIds.set(e.el, id);
      }
      const prev = captionLast.get(id);
      if (prev && prev.text === e.text && prev.speaker === e.speaker) {
        prev.el = e.el;
        prev.region = cap.region;
        continue;
      }
      const isSelf = (TEXT.selfCaption as readonly string[]).includes(e.speaker);
      if (isSelf && !selfId) observeSelfCaption(e.speaker, t);
      const speakerId = isSelf ? selfId : (idByName(parts, e.speaker) ?? undefined);
      const ev: MeetingEvent = {
        type: 'caption',
        t,
        captionId: id,
        speakerName: isSelf && selfName ? selfName : e.speaker.slice(0, NAME_MAX),
        text: e.text,
        replaces: !!prev,
      };
      if (speakerId) ev.speakerId = speakerId;
      emit(ev);
      captionLast.delete(id);
      captionLast.set(id, { text: e.text, speaker: e.speaker, el: e.el, region: cap.region });
      if (captionLast.size > MAX_CAPTIONS) {
        const oldest = captionLast.keys().next().value;
        if (oldest !== undefined) captionLast.delete(oldest);
      }
    }
  }

  // ------------------------------------------------------------------ chat
  function syncChat(): void {
    const t = ctx.now();
    const chat = readChat(root);
    if (chat.container !== chatRoot) attach();
    if (!chat.container || chat.open === false) {
      health.chat = { state: 'not_visible', layer: chat.layer };
    } else {
      health.chat = {
        // Text in the container but no message found: the message hooks changed.
        state:
          (chat.messages.length > 0 && !chat.textLayer) ||
          (chat.messages.length === 0 && holdsText(chat.container))
            ? 'broken'
            : 'ok',
        layer: chat.layer,
      };
    }
    for (const m of chat.messages) {
      if (!m.text) continue; // rendered before its text: pick it up on the next batch
      if (m.id) {
        if (chatSeen.has(m.id)) continue;
        chatSeen.add(m.id);
        if (chatSeen.size > MAX_CHAT_IDS) {
          const oldest = chatSeen.values().next().value;
          if (oldest !== undefined) chatSeen.delete(oldest);
        }
      } else {
        if (chatSeenEls.has(m.el)) continue;
        chatSeenEls.add(m.el);
      }
      // A "You" sender label (2024-04) names the local user, unless someone is really called that.
      let isSelf = m.isSelf;
      if (isSelf && m.senderName)
        for (const p of parts.values()) if (sameName(p.name, m.senderName)) isSelf = false;
      const senderName = isSelf ? (selfName ?? '') : m.senderName;
      const senderId = isSelf ? selfId : (idByName(parts, m.senderName) ?? undefined);
      const ev: MeetingEvent = { type: 'chat', t, senderName, isSelf, text: m.text };
      if (senderId) ev.senderId = senderId;
      emit(ev);
    }
  }

  // ------------------------------------------------------------------ health
  function updateHealth(ph?: PhaseRead): void {
    if (!inCall) {
      for (const s of SIGNALS) if (s !== 'phase') health[s] = { state: 'not_visible', layer: null };
      // The pre-join screen shows only the self preview (no named tiles): a "lobby" reading with named
      // tiles means the in-call markers are gone and a lobby hint (the effects icon) still matched.
      if (
        ph &&
        (ph.phase === 'unknown' || ph.phase === 'lobby') &&
        readTiles(root).tiles.some((x) => x.name)
      ) {
        // Named tiles on screen but no phase layer matched: Meet changed its call markers.
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
  const onClick = (e: Event): void => {
    const target = e.target as Element | null;
    const btn = target?.closest?.('button, [role="button"]');
    if (!btn) return;
    if (matchesChain(btn, [MEET.leave[1]]) || queryFirst(btn, [MEET.leave[0]])) leaveClickAt = ctx.now();
    // "Join now" / "Ask to join": take the pre-join name as typed at that moment (a guest's input has no
    // mutation to observe).
    if (!inCall) {
      const ph = readPhase(root).phase;
      if (ph === 'lobby' || ph === 'waiting') noteLobbyName();
    }
  };
  root.addEventListener('click', onClick, true);

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
    shellObs.disconnect();
    stageObs.disconnect();
    captionsObs.disconnect();
    chatObs.disconnect();
    if (stageRoot) for (const ev of mediaEvents) stageRoot.removeEventListener(ev, onMedia, true);
    root.removeEventListener('click', onClick, true);
    parts.clear();
    captionLast.clear();
    chatSeen.clear();
  }
  if (ctx.signal.aborted) {
    stopped = true;
    clearInterval(watchdog);
    root.removeEventListener('click', onClick, true);
  } else {
    ctx.signal.addEventListener('abort', stop, { once: true });
    fullSync(false);
  }

  return {
    stop,
    diagnostics: () =>
      Object.fromEntries(SIGNALS.map((s) => [s, { ...health[s] }])) as Record<Signal, SignalDiagnostics>,
  };
}
