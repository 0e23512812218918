/**
 * The Meet adapter's spec for the shared kernel (kernel/session.ts): which roots to observe, how a read
 * becomes participant states, and Meet's quirks. Roots: shell (`body`: call-ended marker, toolbar state,
 * People-panel rows), stage (the tiles' container: speaking-widget class flips take the hot path; media
 * events are captured on it, `readyState` changes without a mutation), captions region, chat container.
 *
 * Self (layered, sticky, never from English text alone; meet-zoom-dom.md §1.3, §1.6, §1.7; rules dated
 * 2026-09), through kernel/self.ts: 1. People panel "(You)" (`.NnTWjc`, 2022 → 2026) overrides any other
 * decision. 2. The pre-join name (`.awLEm`, TranscripTonic 2024-05 → 2026; a guest's input as fallback)
 * borne by exactly one participant. 3. A caption labelled with the localized self label (`TEXT.selfCaption`;
 * not when someone has that name) while exactly one tile's widget is active (observations closer than
 * 500 ms count once). 4. The toolbar mic's `data-is-muted` flipping with exactly one tile's mute within 1 s.
 * Visibility: a participant known only from the People panel (no stage tile) is not visible — panel rows
 * are virtualized and keep their DOM after the panel closes, so a row is not coverage.
 */
import { matchesChain, queryFirst } from '../dom';
import type { SignalDiagnostics } from '../kernel/health';
import type { PartState } from '../kernel/roster';
import { Kernel, type KernelOptions, type KernelSession } from '../kernel/session';
import { Indicators } from '../kernel/speaking';
import { CaptionEntries } from '../kernel/streams';
import type { AdapterContext } from '../types';
import * as R from './readers';
import { MEET, MEET_CSS, TEXT } from './selectors';

export type MeetAdapterOptions = KernelOptions;
export type { SignalDiagnostics };
export type MeetSession = KernelSession;

type SelfSource = 'panel' | 'lobby-name' | 'captions' | 'mute';

const { tile: TILE_CSS, widget: WIDGET_CSS, holders: HOLDERS_CSS } = MEET_CSS;
/** Caption-based self observations closer together than this are one observation. */
const CAPTION_OBS_GAP_MS = 500;
const MEDIA_EVENTS = ['loadeddata', 'playing', 'emptied', 'canplaythrough'] as const;
const TEXT_OBS = { childList: true, subtree: true, characterData: true };
const isSelfLabel = (s: string) => (TEXT.selfCaption as readonly string[]).includes(s);

export function startMeetSession(
  root: Document,
  ctx: AdapterContext,
  opts: MeetAdapterOptions = {},
): MeetSession {
  const speakingTargets = new Indicators();
  /** Tile and People-panel row per participant from the last roster read (pruned on leave). */
  const tileEls = new Map<string, Element>();
  const rows = new Map<string, Element>();

  const k: Kernel<PartState> = new Kernel<PartState>('meet', root, ctx, opts, {
    visibilityOrder: 'around',
    stillPresent: (id) => R.readParticipants(root).byId.has(id),
    forget: (id) => {
      rows.delete(id);
      tileEls.delete(id);
    },
  });
  const { roster, health } = k;
  const entries = new CaptionEntries(() => k.nextCaptionId());
  const me = k.self<SelfSource>('panel', {
    panel: () => 'class:NnTWjc',
    'lobby-name': () => `lobby:${k.lobby?.layer ?? 'name'}`,
    captions: () => 'captions:self-label+speaking',
    mute: () => 'mute:data-is-muted+tile',
  });

  /** A change inside one known tile/row re-reads that participant; anything else re-reads the roster. */
  function markHolder(holder: Element, map: Map<string, Element>): boolean {
    const id =
      holder.getAttribute('data-participant-id') ?? holder.getAttribute('data-requested-participant-id');
    if (id && roster.has(id) && map.get(id) === holder) k.touch(id);
    else k.mark('participants');
    return true;
  }
  const shell = k.watchRecords(
    (r, el) => {
      const t = r.target;
      if (captions.has(t) || chatRoot.has(t) || (stage.has(t) && r.type === 'childList')) return false;
      // Inside a People-panel row (name, mute button, hand queue): a roster read, not a phase read.
      const row =
        r.type !== 'attributes' || r.attributeName === 'disabled' ? el.closest('[role="listitem"]') : null;
      if (row) return markHolder(row, rows);
      k.markShell(r, HOLDERS_CSS);
      return true;
    },
    {
      childList: true,
      subtree: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['data-call-ended', 'data-is-muted', 'aria-pressed', 'disabled'],
    },
    { dropNoop: true },
  );
  const onMedia = (e: Event): void => {
    const tile = (e.target as Element | null)?.closest?.(TILE_CSS);
    if (tile) markHolder(tile, tileEls);
    else k.mark('participants');
    k.queueFlush();
  };
  /**
   * Meet animates classes and styles all over the stage (hover, layout); only a few of those attribute
   * changes carry a signal, so everything else is dropped here without any DOM read.
   */
  const stage = k.watchRecords(
    (r, el) => {
      const a = r.type === 'attributes' ? r.attributeName : null;
      if ((a === 'class' || a === 'style') && el.matches(WIDGET_CSS)) speakingTargets.add(el);
      else if (a === 'class')
        return false; // the camera/mute rules read no classes
      else if ((a === 'style' || a === 'hidden') && el.localName !== 'video' && el.localName !== 'img')
        return false;
      else if (a === 'data-participant-id')
        k.mark('participants'); // a slot re-assigned to another device
      else {
        // Content change inside one tile (badges, video, name) vs. tiles added or removed (roster).
        const tile = el.closest(TILE_CSS);
        if (tile && tile !== r.target) markHolder(tile, tileEls);
        else k.mark('participants');
      }
      return true;
    },
    {
      ...TEXT_OBS,
      characterDataOldValue: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['class', 'style', 'hidden', 'data-participant-id', 'aria-label'],
    },
    {
      dropNoop: true,
      onSwap: (prev, next) => {
        for (const ev of MEDIA_EVENTS) prev?.removeEventListener(ev, onMedia, true);
        for (const ev of MEDIA_EVENTS) next?.addEventListener(ev, onMedia, true);
      },
    },
  );
  const captions = k.watch(() => k.mark('captions'), TEXT_OBS);
  const chatRoot = k.watch(() => k.mark('chat'), TEXT_OBS);

  function attach(): void {
    const body = root.body ?? root.documentElement;
    if (body && !shell.el) shell.set(body);
    stage.set(R.readStageRoot(root));
    captions.set(R.findCaptionsRegion(root)?.el ?? null);
    chatRoot.set(R.findChatContainer(root)?.el ?? null);
  }

  type Reads = Pick<ReturnType<typeof R.readOne>, 'cam' | 'mute' | 'hands'> & { speaking: Set<string> };
  /** The state read for `id`; a participant listed only in the panel keeps its last camera/mute state. */
  function apply(id: string, name: string, x: Reads, visible: boolean, t: number): void {
    const isSelf = id === me.id;
    const was = roster.get(id)?.muted;
    const hand = x.hands.raised.has(id) || (isSelf && !!x.hands.self);
    const [camera, muted, selfMuted] = [x.cam.on.get(id), x.mute.muted.get(id), x.mute.self];
    const read = { name, camera, muted, selfMuted, hand, speaking: x.speaking.has(id) };
    const next = roster.update(id, { ...read, speakVisible: visible, camVisible: visible }, isSelf, t);
    if (was !== undefined && next.muted !== was && !me.id && !isSelf && tileEls.has(id))
      me.noteOtherToggle(id, next.muted, t);
  }

  function syncParticipants(): void {
    const t = k.now();
    speakingTargets.forget();
    const read = R.readParticipants(root);
    const sp = R.readSpeaking(root, read);
    const cam = R.readCamera(read);
    const mute = R.readMute(root, read, sp);
    const hands = R.readHands(root, read);
    const self = R.readSelf(root, read);
    if (self.id) me.decide(self.id, 'panel', t, self.name);
    else if (!me.id && k.lobby) {
      const id = R.uniqueByName(read, k.lobby.name);
      if (id) me.decide(id, 'lobby-name', t, k.lobby.name);
    }
    me.noteSelfToggle(mute.self, t);
    if (me.id && !me.name) me.name = read.byId.get(me.id)?.name || undefined;
    rows.clear();
    tileEls.clear();
    for (const [id, r] of read.byId) {
      if (r.row) rows.set(id, r.row);
      if (r.tile) tileEls.set(id, r.tile);
      roster.present(id);
      apply(id, r.name, { cam, mute, hands, speaking: sp.speaking }, !!r.tile, t);
    }
    me.settle('mute', t);
    roster.absent(read.byId, t);
    for (const x of R.readReactions(root, read)) k.emitReaction(t, x.el, x.id, x.emoji);
    health.apply(R.rosterHealth(read, sp, cam, mute, !!me.id, me.layer()));
  }

  /** Re-read only the participants whose tile/row content changed: the roster read's rules, for one. */
  function syncIds(ids: ReadonlySet<string>): void {
    const t = k.now();
    speakingTargets.forget();
    for (const id of ids) {
      const prev = roster.get(id);
      const tile = tileEls.get(id);
      const row = rows.get(id);
      if (!prev || roster.isPending(id) || (tile && !tile.isConnected) || (row && !row.isConnected)) {
        syncParticipants(); // a vanished or replaced holder: roster read
        return;
      }
      // Same precedence as readParticipants: the panel's name is the full display name.
      const name = (row && R.readRowName(row)) || (tile && R.readTileName(tile)) || prev.name;
      const x = R.readOne(root, id, name, tile, row);
      me.noteSelfToggle(x.mute.self, t);
      apply(id, name, x, prev.speakVisible, t);
      // A tile whose name renders late: the pre-join name can only match now.
      const lobby = k.lobby?.name;
      if (!me.id && lobby && R.sameName(name, lobby) && roster.countNamed(lobby) === 1)
        me.decide(id, 'lobby-name', t, lobby);
      if (tile) for (const r of R.readReactions(tile, x.one)) k.emitReaction(t, r.el, r.id, r.emoji);
    }
    me.settle('mute', t);
  }

  /** Hot path: only speaking widgets flipped (kernel/speaking.ts); a tile may hold several: any speaks. */
  function syncSpeakingTargets(): void {
    const t = k.now();
    const layer = health.table.speaking.layer;
    if (!layer) {
      speakingTargets.clear();
      syncParticipants();
      return;
    }
    const on = (w: Element) => R.widgetSpeaking(w, layer);
    for (const tile of speakingTargets.changed(on, (w) => w.closest('[data-participant-id]'))) {
      const id = tile.getAttribute('data-participant-id');
      if (id && roster.has(id)) roster.setSpeaking(id, [...tile.querySelectorAll(WIDGET_CSS)].some(on), t);
    }
  }

  function syncCaptions(): void {
    const t = k.now();
    const cap = R.readCaptions(root, captions.el);
    k.stream('captions', captions, cap.region, R.captionsHealth(cap));
    if (!cap.region) return;
    for (const e of cap.entries) {
      if (!e.text || !e.speaker) continue;
      const out = entries.read(e.el, cap.region, e.speaker, e.text);
      if (!out) continue;
      const isSelf = isSelfLabel(e.speaker);
      // Captions "You" while exactly one tile shows speech → one observation for that tile; unless
      // someone is really called "Tú" or "Sie": then the label is theirs, not the local user's.
      if (isSelf && !me.id && !roster.countNamed(e.speaker))
        me.vote(
          'captions',
          roster.onlySpeaker((id) => tileEls.has(id)),
          t,
          CAPTION_OBS_GAP_MS,
        );
      const speakerId = isSelf ? me.id : roster.idByName(e.speaker);
      k.emitCaption(t, out, isSelf && me.name ? me.name : e.speaker.slice(0, R.NAME_MAX), speakerId);
    }
  }

  function syncChat(): void {
    const t = k.now();
    const read = R.readChat(root);
    k.stream('chat', chatRoot, read.container, R.chatHealth(read));
    for (const m of read.messages) {
      if (!m.text || k.chat.has(m)) continue; // rendered before its text: pick it up on the next batch
      // A "You" sender label (2024-04) names the local user, unless someone is really called that.
      const isSelf = m.isSelf && !(m.senderName && roster.countNamed(m.senderName));
      const id = isSelf ? me.id : roster.idByName(m.senderName);
      k.emitChat(t, m, { name: isSelf ? (me.name ?? '') : m.senderName, isSelf, id });
    }
  }

  return k.run({
    doc: () => root,
    readPhase: () => R.readPhase(root),
    lobbyName: (ph) => (ph === 'lobby' || ph === 'waiting' ? R.readLobbyName(root) : null),
    clickPhase: (el) => (el.closest('button, [role="button"]') ? R.readPhase(root).phase : null),
    // The end screen is never deferred: its markers are four cheap attribute/jsname lookups.
    endShown: () => !!queryFirst(root, MEET.ended),
    meetingInfo: () => R.readMeetingInfo(root),
    newCallOnCodeChange: true,
    // The pre-join screen shows only the self preview (no named tiles): a "lobby" reading with named tiles
    // means the in-call markers are gone and a lobby hint (the effects icon) still matched.
    phaseBroken: (ph) => (ph.phase === 'unknown' || ph.phase === 'lobby') && R.hasNamedTile(root),
    attach,
    syncParticipants,
    syncPartial: (ids) => {
      if (ids.size) syncIds(ids);
      else me.settle('mute', k.now()); // a mute flip's correlation window closes without a mutation
      if (speakingTargets.size) syncSpeakingTargets();
    },
    clearPartial: () => speakingTargets.clear(),
    syncCaptions,
    syncChat,
    onClick: (el) => {
      const btn = el.closest('button, [role="button"]');
      return !!btn && !!(matchesChain(btn, [MEET.leave[1]]) || queryFirst(btn, [MEET.leave[0]]));
    },
    resetCall: () => {
      rows.clear();
      tileEls.clear();
      me.reset();
      entries.clear();
    },
    teardown: () => stage.set(null),
  });
}
