/**
 * Pure readers of Google Meet's DOM. Each takes a root (`Document` or element), never observes, never
 * touches layout (no getBoundingClientRect/offsetWidth/getComputedStyle), and reports which selector layer
 * matched so health can tell "not rendered" from "Meet changed".
 */
import type { EndReason } from '../../meeting/events';
import {
  bodyText,
  cleanText,
  commonAncestor,
  endReasonOf,
  idByName,
  isHiddenNoLayout,
  type LayerMatch,
  matchesChain,
  NAME_MAX,
  queryAll,
  queryFirst,
  type SelectorChain,
  sameName,
  TEXT_MAX,
  textIn,
} from '../dom';
import type { SignalDiagnostics as Health } from '../kernel/health';
import type { PhaseRead } from '../kernel/session';
import {
  ICON_WORDS,
  MEET,
  PLACEHOLDER_NAME,
  SILENCE_CLASSES,
  SPEAKING_CLASSES,
  TEXT,
  textMatches,
} from './selectors';

export { idByName, NAME_MAX, type PhaseRead, sameName, TEXT_MAX };

// ---------------------------------------------------------------------------------------------------------
// Phase
// ---------------------------------------------------------------------------------------------------------

function enabledMatch(root: ParentNode, chain: SelectorChain): LayerMatch | null {
  for (const layer of chain) {
    const m = queryAll(root, [layer]);
    for (const el of m.els) {
      const btn = el.closest('button, [role="button"]') ?? el;
      if (btn.hasAttribute('disabled') || btn.getAttribute('aria-disabled') === 'true') continue;
      return { el, layer: layer.id };
    }
  }
  return null;
}

/** From the localized end heading; `unknown` when no table entry matches. */
export function readEndReason(root: ParentNode): EndReason {
  const h = queryFirst(root, MEET.endHeading);
  return endReasonOf(h ? (h.el.textContent ?? '') : '', TEXT);
}

/**
 * lobby → waiting → in_call → ended, from the DOM only. The Leave (`call_end`) control exists in the waiting
 * room too, so admission additionally needs an in-call-only control (CC toggle) or a named stage tile;
 * waiting-room copy (per-locale table) wins over toolbar presence.
 */
export function readPhase(root: ParentNode): PhaseRead {
  const ended = queryFirst(root, MEET.ended);
  const leave = enabledMatch(root, MEET.leave);
  // The state attribute and the end heading are decisive. "Return to home screen" also shows in the
  // waiting room (Vexa), so the button markers count only once the Leave control is gone.
  if (ended && (ended.layer === 'data:call-ended' || ended.layer === 'class:roSPhc' || !leave)) {
    return { phase: 'ended', layer: ended.layer, endReason: readEndReason(root) };
  }

  if (leave) {
    const hint = queryFirst(root, MEET.inCallHint);
    const namedTiles = hasNamedTile(root, true);
    // Waiting copy wins over toolbar presence. A CC control *and* named tiles is unambiguous, which also
    // keeps the whole-page text read off the in-call path (captions and chat make it large).
    if (hint && namedTiles) return { phase: 'in_call', layer: `${leave.layer}+${hint.layer}` };
    if (textMatches(bodyText(root), TEXT.waiting)) return { phase: 'waiting', layer: 'text:waiting' };
    if (hint) return { phase: 'in_call', layer: `${leave.layer}+${hint.layer}` };
    if (namedTiles) return { phase: 'in_call', layer: `${leave.layer}+tiles` };
    return { phase: 'waiting', layer: `${leave.layer}-without-cc` };
  }
  const lobby = queryFirst(root, MEET.lobbyHint);
  if (lobby) return { phase: 'lobby', layer: lobby.layer };
  return { phase: 'unknown', layer: null };
}

// ---------------------------------------------------------------------------------------------------------
// Meeting code and title
// ---------------------------------------------------------------------------------------------------------

const CODE_RE = /\b([a-z]{3}-[a-z]{4}-[a-z]{3})\b/;

export interface MeetingInfo {
  code?: string;
  title?: string;
  codeLayer: string | null;
  titleLayer: string | null;
}

export function readMeetingInfo(root: ParentNode): MeetingInfo {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const out: MeetingInfo = { codeLayer: null, titleLayer: null };
  const t = queryFirst(root, MEET.meetingTitle);
  if (t) {
    const v = cleanText(t.el.getAttribute('data-meeting-title') || t.el.textContent, NAME_MAX);
    if (v) {
      const code = CODE_RE.exec(v)?.[1];
      if (code && v === code) {
        out.code = code;
        out.codeLayer = t.layer;
      } else {
        out.title = v;
        out.titleLayer = t.layer;
      }
    }
  }
  if (!out.code) {
    const fromTitle = CODE_RE.exec(doc.title ?? '')?.[1];
    if (fromTitle) {
      out.code = fromTitle;
      out.codeLayer = 'document.title';
    } else {
      // The URL is fine for the *code* (not for the phase): /abc-defg-hij.
      const path = doc.location?.pathname ?? '';
      const m = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:$|[/?#])/.exec(path);
      if (m?.[1]) {
        out.code = m[1];
        out.codeLayer = 'location';
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Participants
// ---------------------------------------------------------------------------------------------------------

export interface TileRead {
  id: string;
  name: string;
  el: Element;
  isPresentation: boolean;
  nameLayer: string | null;
}

function tileId(el: Element): string | null {
  return el.getAttribute('data-participant-id') || el.getAttribute('data-requested-participant-id');
}

function goodName(raw: string): string {
  const n = cleanText(raw, NAME_MAX);
  if (!n || ICON_WORDS.has(n) || PLACEHOLDER_NAME.test(n)) return '';
  return n;
}

const nameIn = (el: Element, chain: SelectorChain) => textIn(el, chain, goodName);

function stripPresenting(name: string): { name: string; presenting: boolean } {
  for (const suffix of TEXT.presenting) {
    if (name.endsWith(suffix)) return { name: name.slice(0, -suffix.length).trim(), presenting: true };
  }
  return { name, presenting: false };
}

/** The display name shown on one tile, without a "(Presenting)" suffix. */
export function readTileName(tile: Element): string {
  return stripPresenting(nameIn(tile, MEET.tileName).name).name;
}

/** Stage tiles (outermost `[data-participant-id]` outside list rows), minus the effects preview. */
export function readTiles(root: ParentNode): { tiles: TileRead[]; layer: string | null } {
  const tiles: TileRead[] = [];
  const layer = eachTile(root, (t) => void tiles.push(t));
  return { tiles, layer };
}

/** A named tile is on the stage (a person's when `peopleOnly`, else a presentation counts): stops at the first. */
export function hasNamedTile(root: ParentNode, peopleOnly = false): boolean {
  let found = false;
  eachTile(root, (t) => (found = !!t.name && !(peopleOnly && t.isPresentation)));
  return found;
}

/** Calls `fn` with each stage tile until it returns true; the tile layer that matched. */
function eachTile(root: ParentNode, fn: (t: TileRead) => boolean | undefined): string | null {
  const { els, layer } = queryAll(root, MEET.tile);
  const sel = MEET.tile.map((l) => l.css).join(', ');
  for (const el of els) {
    if (el.parentElement?.closest(sel)) continue; // nested inside a tile: the outer one is the tile
    if (el.closest('[role="listitem"]')) continue; // People panel row
    const id = tileId(el);
    if (!id) continue;
    if (matchesChain(el, [MEET.effects[0]])) continue;
    const found = nameIn(el, MEET.tileName);
    if (!found.name && queryFirst(el, [MEET.effects[1]])) continue; // effects preview: no name, only the icon
    const p = stripPresenting(found.name);
    // The pin button is on pinned people's tiles too (2022-08): only a tile without a meter is a screen.
    const isPresentation = p.presenting || (!!queryFirst(el, MEET.presentation) && !holdsMeter(el));
    if (fn({ id, name: p.name, el, isPresentation, nameLayer: found.layer })) break;
  }
  return layer;
}

export interface PanelRowRead {
  id: string | null;
  name: string;
  el: Element;
  isSelf: boolean;
}

/** The display name on one People-panel row (name span, else the row's aria-label, which is the name). */
export function readRowName(row: Element): string {
  let name = nameIn(row, MEET.peopleRowName).name || goodName(row.getAttribute('aria-label') ?? '');
  for (const s of TEXT.selfPanel) if (name.endsWith(s)) name = name.slice(0, -s.length).trim();
  return name;
}

export interface PanelRead {
  rows: PanelRowRead[];
  layer: string | null;
  /** Rendered rows cover aria-setsize: absence from the panel then means absence from the call. */
  complete: boolean;
}

export function readPeoplePanel(root: ParentNode): PanelRead {
  const { els, layer } = queryAll(root, MEET.peopleRow);
  const rows: PanelRowRead[] = [];
  for (const el of els) {
    // Rows of the "Raised hands" queue carry the hand icon and no participant id; they are read by readHands.
    if (!el.hasAttribute('data-participant-id') && queryFirst(el, MEET.handIcon)) continue;
    const name = readRowName(el);
    const selfMark = queryFirst(el, MEET.peopleSelf);
    const isSelf =
      (!!selfMark && cleanText(selfMark.el.textContent, 40) !== '') ||
      textMatches(cleanText(el.textContent, 400), TEXT.selfPanel);
    rows.push({ id: el.getAttribute('data-participant-id'), name, el, isSelf });
  }
  let complete = false;
  const list = queryFirst(root, MEET.peopleList);
  if (list) {
    const size = Number(list.el.getAttribute('aria-setsize'));
    complete = Number.isFinite(size) && size > 0 && rows.length >= size;
  }
  return { rows, layer, complete };
}

export interface ParticipantRead {
  id: string;
  name: string;
  tile?: Element;
  row?: Element;
  selfMarked: boolean;
}

export interface ParticipantsRead {
  byId: Map<string, ParticipantRead>;
  tileLayer: string | null;
  panelLayer: string | null;
  panelComplete: boolean;
  tileCount: number;
  presentationCount: number;
}

/** Tiles plus, when rendered, the People panel; merged by device id (panel rows without id by name). */
export function readParticipants(root: ParentNode): ParticipantsRead {
  const { tiles, layer } = readTiles(root);
  const byId = new Map<string, ParticipantRead>();
  let presentationCount = 0;
  for (const t of tiles) {
    if (t.isPresentation) {
      presentationCount++;
      continue;
    }
    const prev = byId.get(t.id);
    if (prev) {
      if (!prev.name && t.name) prev.name = t.name;
      continue;
    }
    byId.set(t.id, { id: t.id, name: t.name, tile: t.el, selfMarked: false });
  }
  const panel = readPeoplePanel(root);
  for (const r of panel.rows) {
    let id = r.id;
    if (!id && r.name) id = idByName(byId, r.name);
    if (!id) continue;
    const prev = byId.get(id);
    if (prev) {
      prev.row = r.el;
      if (r.name) prev.name = r.name; // the panel name is the full display name
      if (r.isSelf) prev.selfMarked = true;
    } else {
      byId.set(id, { id, name: r.name, row: r.el, selfMarked: r.isSelf });
    }
  }
  return {
    byId,
    tileLayer: layer,
    panelLayer: panel.layer,
    panelComplete: panel.complete,
    tileCount: tiles.length - presentationCount,
    presentationCount,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Self
// ---------------------------------------------------------------------------------------------------------

export interface SelfRead {
  id?: string;
  name?: string;
  layer: string | null;
}

/**
 * The local user as far as this DOM tells: the People-panel row marked "(You)". `data-self-name` is not
 * trusted (it sits on every tile and Meet drops it transiently); the observer keeps the answer sticky and
 * adds the weaker hints (captions "You", sender-less chat) itself.
 */
export function readSelf(root: ParentNode, parts?: ParticipantsRead): SelfRead {
  const p = parts ?? readParticipants(root);
  for (const r of p.byId.values()) {
    if (r.selfMarked) return { id: r.id, name: r.name || undefined, layer: 'class:NnTWjc' };
  }
  return { layer: null };
}

export interface LobbyNameRead {
  name?: string;
  layer: string | null;
}

/**
 * The name shown on the pre-join screen for the local user (`.awLEm`, else a guest's typed name). Only
 * meaningful while the phase is lobby or waiting — the caller decides when to ask. The name is page text:
 * cleaned, bounded, and icon words / placeholders rejected like any tile name.
 */
export function readLobbyName(root: ParentNode): LobbyNameRead {
  for (const layer of MEET.lobbySelfName) {
    for (const el of root.querySelectorAll(layer.css)) {
      const raw = el.localName === 'input' ? (el as HTMLInputElement).value : el.textContent;
      const n = goodName(raw ?? '');
      if (n) return { name: n, layer: layer.id };
    }
  }
  return { layer: null };
}

// ---------------------------------------------------------------------------------------------------------
// Speaking, camera, mute, hands, reactions
// ---------------------------------------------------------------------------------------------------------

function ownerId(el: Element, parts: ParticipantsRead): string | null {
  const tile = el.closest('[data-participant-id], [data-requested-participant-id]');
  if (tile) {
    const id = tileId(tile);
    if (id && parts.byId.has(id)) return id;
  }
  const row = el.closest('[role="listitem"][aria-label]');
  if (row) {
    const n = goodName(row.querySelector('.zWGUib')?.textContent || row.getAttribute('aria-label') || '');
    if (n) return idByName(parts.byId, n);
  }
  return null;
}

export interface SpeakingRead {
  speaking: Set<string>;
  /** Participants whose widget is hidden (Meet hides a muted participant's widget). */
  widgetHidden: Set<string>;
  layer: string | null;
  /** Tiles that hold a widget matched by some layer (0 with tiles present ⇒ speaking is broken). */
  tilesWithWidget: number;
}

/**
 * A speaking-widget match that is an audio meter: it holds its bars. Meet 2026 puts a second, empty element
 * with the widget's jsname beside the meter; its classes say nothing about speech.
 */
export function isMeter(w: Element, layer: string): boolean {
  return layer === 'data:audio-level' || w.firstElementChild !== null;
}

function holdsMeter(tile: Element): boolean {
  for (const layer of MEET.speakingWidget) {
    for (const w of tile.querySelectorAll(layer.css)) if (isMeter(w, layer.id)) return true;
  }
  return false;
}

export function widgetSpeaking(w: Element, layer: string): boolean {
  if (isHiddenNoLayout(w) || !isMeter(w, layer)) return false;
  if (layer === 'data:audio-level') {
    const v = w.getAttribute('data-audio-level');
    return !!v && v !== '0';
  }
  const cls = w.classList;
  if (SPEAKING_CLASSES.some((c) => cls.contains(c))) return true;
  return !SILENCE_CLASSES.some((c) => cls.contains(c));
}

export function readSpeaking(root: ParentNode, parts: ParticipantsRead): SpeakingRead {
  const out: SpeakingRead = { speaking: new Set(), widgetHidden: new Set(), layer: null, tilesWithWidget: 0 };
  const { els, layer } = queryAll(root, MEET.speakingWidget);
  out.layer = layer;
  if (!layer) return out;
  const tilesSeen = new Set<Element>();
  for (const w of els) {
    // A widget nested in another widget-layer match (bars inside the widget) is not a widget.
    if (w.parentElement?.closest(MEET.speakingWidget.find((l) => l.id === layer)?.css ?? '*')) continue;
    if (!isMeter(w, layer)) continue;
    const id = ownerId(w, parts);
    if (!id) continue;
    const p = parts.byId.get(id);
    if (p?.tile?.contains(w)) tilesSeen.add(p.tile);
    if (isHiddenNoLayout(w)) out.widgetHidden.add(id);
    if (widgetSpeaking(w, layer)) out.speaking.add(id);
  }
  out.tilesWithWidget = tilesSeen.size;
  return out;
}

export interface CameraRead {
  on: Map<string, boolean>;
  layer: string | null;
  /**
   * Tiles showing neither a `<video>` nor a displayed avatar: their camera state cannot be read (e.g. the
   * video moved into a canvas), so "off" would be a guess. Any such tile makes camera health broken.
   */
  unreadable: number;
}

/** Camera on = a `<video>` in the tile that is displayed and has `readyState === 4`; else the avatar shows. */
export function readCamera(parts: ParticipantsRead): CameraRead {
  const on = new Map<string, boolean>();
  let layer: string | null = null;
  let unreadable = 0;
  for (const p of parts.byId.values()) {
    if (!p.tile) continue;
    let live = false;
    let video = false;
    for (const v of p.tile.querySelectorAll('video')) {
      layer = 'structure:video';
      video = true;
      if (!isHiddenNoLayout(v) && (v as HTMLVideoElement).readyState === 4) {
        live = true;
        break;
      }
    }
    if (!video) {
      const avatar = [...p.tile.querySelectorAll('img')].some((i) => !isHiddenNoLayout(i));
      if (!avatar) unreadable++;
      else layer ??= 'structure:avatar';
    }
    on.set(p.id, live);
  }
  return { on, layer, unreadable };
}

export interface MuteRead {
  muted: Map<string, boolean>;
  self: boolean | undefined;
  selfLayer: string | null;
  layer: string | null;
}

export function readMute(root: ParentNode, parts: ParticipantsRead, speaking?: SpeakingRead): MuteRead {
  const sp = speaking ?? readSpeaking(root, parts);
  const muted = new Map<string, boolean>();
  let layer: string | null = null;
  for (const p of parts.byId.values()) {
    let m: boolean | undefined;
    if (p.tile) {
      const icon = queryFirst(p.tile, MEET.micOffIcon);
      if (icon) layer ??= icon.layer;
      m = !!icon || sp.widgetHidden.has(p.id);
    }
    if (p.row) {
      // People panel: a disabled mic button ("You can't unmute someone else") ⇒ muted.
      const btn = p.row.querySelector('button[disabled] [jsname="QgSmzd"], button[disabled] .IisKdb');
      if (btn) {
        m = true;
        layer ??= 'structure:disabled-row-mic';
      }
    }
    if (m !== undefined) muted.set(p.id, m);
  }
  const selfBtn = queryFirst(root, MEET.selfMic);
  const self = selfBtn ? selfBtn.el.getAttribute('data-is-muted') === 'true' : undefined;
  return { muted, self, selfLayer: selfBtn?.layer ?? null, layer };
}

export interface HandRead {
  raised: Set<string>;
  self: boolean | undefined;
  layer: string | null;
}

export function readHands(root: ParentNode, parts: ParticipantsRead): HandRead {
  const raised = new Set<string>();
  let layer: string | null = null;
  for (const p of parts.byId.values()) {
    if (p.tile && queryFirst(p.tile, MEET.handIcon)) {
      raised.add(p.id);
      layer ??= 'tile:icon:front_hand';
    }
  }
  // People panel "Raised hands" queue: rows with the hand ligature; aria-label is the name.
  for (const row of root.querySelectorAll('[role="listitem"][aria-label]')) {
    if (!queryFirst(row, MEET.handIcon)) continue;
    const id =
      row.getAttribute('data-participant-id') ??
      idByName(parts.byId, goodName(row.getAttribute('aria-label') ?? ''));
    if (id && parts.byId.has(id)) {
      raised.add(id);
      layer ??= 'panel:icon:front_hand';
    }
  }
  const selfBtn = queryFirst(root, MEET.selfHand);
  let self: boolean | undefined;
  if (selfBtn) {
    const btn = selfBtn.el.closest('[aria-pressed]') ?? selfBtn.el;
    self = btn.getAttribute('aria-pressed') === 'true';
  }
  return { raised, self, layer };
}

export interface ReactionRead {
  el: Element;
  emoji: string;
  id: string | null;
}

export function readReactions(root: ParentNode, parts: ParticipantsRead): ReactionRead[] {
  const out: ReactionRead[] = [];
  for (const layer of MEET.reaction) {
    for (const el of root.querySelectorAll(layer.css)) {
      if (el.closest('button')) continue; // the picker
      const emoji = cleanText(el.getAttribute('aria-label') || el.getAttribute('alt'), 32);
      if (!emoji || /[a-z]{3}/i.test(emoji)) continue; // labels such as "Send a reaction"
      let id = ownerId(el, parts);
      if (!id) {
        // Owner name is rendered near the bubble: the blob's container must name exactly one participant.
        const blob = el.closest('html-blob');
        const near = cleanText(blob?.parentElement?.textContent, 400);
        const hits = near ? [...parts.byId.values()].filter((p) => p.name && near.includes(p.name)) : [];
        if (hits.length === 1) id = hits[0]!.id;
      }
      out.push({ el, emoji, id });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Captions
// ---------------------------------------------------------------------------------------------------------

export interface CaptionEntryRead {
  el: Element;
  speaker: string;
  text: string;
  speakerLayer: string | null;
  textLayer: string | null;
}

export interface CaptionsRead {
  region: Element | null;
  layer: string | null;
  entries: CaptionEntryRead[];
  entryLayer: string | null;
}

/** The captions region; `known` (the one observed) is kept while it still matches the most durable layer. */
export function findCaptionsRegion(root: ParentNode, known?: Element | null): LayerMatch | null {
  const first = MEET.captionsRegion[0];
  if (known?.isConnected && matchesChain(known, [first])) return { el: known, layer: first.id };
  return queryFirst(root, MEET.captionsRegion);
}

function captionEntries(region: Element): { els: Element[]; layer: string | null } {
  const byClass = queryAll(region, MEET.captionEntry);
  if (byClass.els.length) return byClass;
  // Structural: each entry holds exactly one avatar img[data-iml]; climb to the highest such ancestor.
  const els: Element[] = [];
  for (const img of region.querySelectorAll(MEET.captionAvatar[0].css)) {
    let e: Element = img;
    while (e.parentElement && e.parentElement !== region) {
      if (e.parentElement.querySelectorAll(MEET.captionAvatar[0].css).length > 1) break;
      e = e.parentElement;
    }
    if (e !== img) els.push(e);
  }
  return { els, layer: els.length ? MEET.captionAvatar[0].id : null };
}

export function readCaptionEntry(el: Element): CaptionEntryRead {
  let speaker = '';
  let speakerLayer: string | null = null;
  let speakerEl: Element | null = null;
  const t = queryFirst(el, MEET.captionText);
  for (const layer of MEET.captionSpeaker) {
    for (const c of el.querySelectorAll(layer.css)) {
      // Text split over several spans (2025-02): a span of the text is never the speaker.
      if (t?.el.contains(c)) continue;
      const n = cleanText(c.textContent, NAME_MAX);
      if (n) {
        speaker = n;
        speakerLayer = layer.id;
        speakerEl = c;
        break;
      }
    }
    if (speakerEl) break;
  }
  let text = '';
  let textLayer: string | null = null;
  if (t) {
    // The spans' own text, joined as rendered: Meet puts the spaces inside them ("thing.How" has none).
    text = t.el.textContent ?? '';
    textLayer = t.layer;
  } else {
    // Structural: the last element child that does not hold the speaker/avatar is the text.
    const kids = Array.from(el.children);
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i]!;
      if ((speakerEl && k.contains(speakerEl)) || k.querySelector('img')) continue;
      text = k.textContent ?? '';
      textLayer = 'structure:last-div';
      break;
    }
  }
  text = cleanText(text, 100_000);
  if (text.length > TEXT_MAX) text = text.slice(text.length - TEXT_MAX); // keep the live end
  return { el, speaker, text, speakerLayer, textLayer };
}

export function readCaptions(root: ParentNode, known?: Element | null): CaptionsRead {
  const region = findCaptionsRegion(root, known);
  if (!region) return { region: null, layer: null, entries: [], entryLayer: null };
  const { els, layer } = captionEntries(region.el);
  return { region: region.el, layer: region.layer, entries: els.map(readCaptionEntry), entryLayer: layer };
}

/** A caption-language candidate longer than this is not a language name (the strip's prose, a caption). */
const LANGUAGE_TEXT_MAX = 60;
/** The strip holds a language button and a few icons: this many candidates and visited elements suffice. */
const LANGUAGE_CANDIDATES = 4;
const LANGUAGE_VISIT_MAX = 64;
/** What only the entries' side holds: the entries wrapper, the 2025+ region, the avatars of entries. */
const ENTRIES_MARK = `[jsname="dsyhDe"], [role="region"], ${MEET.captionAvatar[0].css}`;
const ICON_SEL = 'i, svg, [data-google-symbols-override] span';

/**
 * The text of Meet's caption-language control, or null when the page shows none. 2026-12: the captions
 * container (`MEET.captionsContainer`, else the region itself) has the caption-language settings as its
 * first child, before the child that holds the entries list (TranscripTonic 208a088, 2024-11-20: the strip
 * shifted the entries to `childNodes[1]`); newer Meet puts the spoken language there ("English",
 * "Español (España)"). Read from the strip only, never from classes or English copy: each element's own
 * text and aria-label, icon ligatures skipped, at most 4 short candidates, one a line in page order
 * (`languageFromCaptionLabel` takes the first that names a language). Polled every 5 s, off the hot path.
 */
export function readCaptionLanguage(region: Element | null): string | null {
  if (!region?.isConnected) return null;
  const container = region.closest(MEET.captionsContainer.map((l) => l.css).join(', ')) ?? region;
  const kids = Array.from(container.children);
  // The child on the entries' side: the one holding the region, else (region = container) the entries.
  let branch = kids.findIndex((k) => k.contains(region));
  if (branch < 0) branch = kids.findIndex((k) => k.matches(ENTRIES_MARK) || !!k.querySelector(ENTRIES_MARK));
  if (branch < 0 && container === region) {
    const first = captionEntries(region).els[0];
    branch = first ? kids.findIndex((k) => k.contains(first)) : -1;
  }
  // The container's own markup says the strip comes first; a bare region only says so with entries after it.
  const strips = branch >= 0 ? kids.slice(0, branch) : container !== region ? kids.slice(0, 1) : [];
  const out: string[] = [];
  let visits = 0;
  const add = (raw: string | null) => {
    const t = cleanText(raw, LANGUAGE_TEXT_MAX + 1);
    if (t && t.length <= LANGUAGE_TEXT_MAX && !ICON_WORDS.has(t) && !out.includes(t)) out.push(t);
  };
  const visit = (el: Element) => {
    if (out.length >= LANGUAGE_CANDIDATES || ++visits > LANGUAGE_VISIT_MAX || el.matches(ICON_SEL)) return;
    let own = '';
    for (const n of el.childNodes) if (n.nodeType === 3) own += n.textContent ?? '';
    add(own);
    add(el.getAttribute('aria-label'));
    for (const k of el.children) visit(k);
  };
  for (const s of strips) if (!s.matches(ENTRIES_MARK) && !s.querySelector(ENTRIES_MARK)) visit(s);
  return out.length ? out.join('\n') : null;
}

// ---------------------------------------------------------------------------------------------------------
// Chat
// ---------------------------------------------------------------------------------------------------------

export interface ChatMessageRead {
  el: Element;
  /** `data-message-id`, or null on the 2021 `data-message-text` shape. */
  id: string | null;
  senderName: string;
  isSelf: boolean;
  text: string;
}

export interface ChatRead {
  container: Element | null;
  layer: string | null;
  /** The chat panel toggle's state; null when no toggle layer matched. */
  open: boolean | null;
  messages: ChatMessageRead[];
  textLayer: string | null;
}

export function findChatContainer(root: ParentNode): LayerMatch | null {
  const m = queryFirst(root, MEET.chatContainer);
  if (m) return m;
  // Legacy: the live region that holds messages (a bare first aria-live=polite is ambiguous: toasts).
  for (const layer of MEET.chatMessage) {
    const msg = root.querySelector(layer.css);
    const live = msg?.closest('[aria-live]');
    if (live) return { el: live, layer: 'structure:aria-live>message' };
  }
  return null;
}

function chatToggleOpen(root: ParentNode): boolean | null {
  const t = queryFirst(root, MEET.chatToggle);
  if (!t) return null;
  const btn = t.el.closest('[aria-pressed]') ?? t.el;
  return btn.getAttribute('aria-pressed') === 'true';
}

export function readChatMessage(
  el: Element,
  container: Element,
): ChatMessageRead & { textLayer: string | null } {
  // 2024-04: the id sits only on the message's pin button.
  const id =
    el.getAttribute('data-message-id') ??
    el.querySelector('button[data-message-id]')?.getAttribute('data-message-id') ??
    null;
  let text = '';
  let textLayer: string | null = null;
  const t = queryFirst(el, MEET.chatText);
  if (t) {
    text = t.el.textContent ?? '';
    textLayer = t.layer;
  } else if (el.hasAttribute('data-message-text')) {
    text = el.getAttribute('data-message-text') ?? '';
    textLayer = 'data:message-text';
  } else {
    for (const k of el.children) {
      if (k.matches('button')) continue;
      text = k.textContent ?? '';
      textLayer = 'structure:first-child';
      break;
    }
  }
  // Group: the sender run. Fast path class, else the ancestor that is a direct child of the container.
  let group = el.closest('.Ss4fHf');
  if (!group || !container.contains(group)) {
    group = el;
    while (group.parentElement && group.parentElement !== container) group = group.parentElement;
  }
  let senderName = '';
  let isSelf = false;
  const senderAttr = el.closest('[data-sender-name]')?.getAttribute('data-sender-name');
  if (senderAttr) senderName = cleanText(senderAttr, NAME_MAX);
  else {
    let header = group.querySelector('.QTyiie');
    if (!header) {
      const first = group.firstElementChild;
      if (
        first &&
        first !== el &&
        !first.hasAttribute('data-message-id') &&
        !first.querySelector('[data-message-id]')
      )
        header = first;
    }
    if (header) {
      const s = header.querySelector('.poVWob');
      if (s) senderName = cleanText(s.textContent, NAME_MAX);
      else if (header.children.length >= 2) senderName = cleanText(header.children[0]?.textContent, NAME_MAX);
      // Own messages: the header holds only the time (TranscripTonic 2025-11), or Meet's own "You"
      // label in the sender slot (2024-04); the label is Meet's, not a name.
      isSelf =
        (!senderName && header.children.length <= 1) ||
        (TEXT.selfCaption as readonly string[]).includes(senderName);
    }
  }
  return { el, id, senderName, isSelf, text: cleanText(text, TEXT_MAX), textLayer };
}

const CHAT_TEXT_CSS = MEET.chatText.map((l) => l.css).join(', ');

/**
 * The message a chat-message match stands for: itself, or for a pin button (the 2024-04 shape, where only
 * the button carries `data-message-id`) its nearest ancestor inside the container that holds a message text.
 */
function messageOf(match: Element, container: Element): Element | null {
  if (!match.matches('button, [role="button"]')) return match;
  for (let a = match.parentElement; a && a !== container; a = a.parentElement) {
    if (a.querySelector(CHAT_TEXT_CSS)) return a;
  }
  return null;
}

export function readChat(root: ParentNode): ChatRead {
  const c = findChatContainer(root);
  const open = chatToggleOpen(root);
  if (!c) return { container: null, layer: null, open, messages: [], textLayer: null };
  const { els: found } = queryAll(c.el, MEET.chatMessage);
  const els = new Set<Element>();
  for (const f of found) {
    const el = messageOf(f, c.el);
    if (el) els.add(el);
  }
  let textLayer: string | null = null;
  const messages = [...els].map((el) => {
    const m = readChatMessage(el, c.el);
    textLayer ??= m.textLayer;
    return { el: m.el, id: m.id, senderName: m.senderName, isSelf: m.isSelf, text: m.text };
  });
  return { container: c.el, layer: c.layer, open, messages, textLayer };
}

// ------------------------------------------------------------------ derived readings (pure, for the spec)

/** The tiles' common container: the first tile's `<main>`, else the lowest common ancestor of the tiles. */
export function readStageRoot(root: ParentNode): Element | null {
  // Every watchdog tick asks: the first tile element's <main> answers without reading 49 tiles' names.
  const el = queryFirst(root, MEET.tile)?.el;
  const quick = el && !el.closest('[role="listitem"]') ? el.closest('main') : null;
  if (quick) return quick;
  const { tiles } = readTiles(root);
  const first = tiles[0]?.el;
  if (!first) return null;
  const main = first.closest('main');
  if (main) return main;
  return commonAncestor(first, tiles[tiles.length - 1]!.el);
}

/**
 * Whether `el` holds visible text outside buttons (Meet's "Jump to bottom" sits in the captions region).
 * Only asked when no caption entry / chat message was found, to tell drift from an empty region.
 */
export function holdsText(el: Element): boolean {
  for (const n of el.childNodes) {
    if (n.nodeType === 3 && n.textContent?.trim()) return true;
    if (n.nodeType === 1 && !(n as Element).matches('button, [role="button"]') && holdsText(n as Element))
      return true;
  }
  return false;
}

/** Text in the region but no entry found: the entry hooks changed (an empty region is just silence). */
export function captionsHealth(cap: CaptionsRead): Health {
  if (!cap.region) return { state: 'not_visible', layer: null };
  const anyText = cap.entries.some((e) => e.textLayer);
  const n = cap.entries.length;
  return {
    state: (n > 0 && !anyText) || (n === 0 && holdsText(cap.region)) ? 'broken' : 'ok',
    layer: n ? `${cap.layer}>${cap.entryLayer}` : cap.layer,
  };
}

/** Text in the container but no message found: the message hooks changed. */
export function chatHealth(chat: ChatRead): Health {
  if (!chat.container || chat.open === false) return { state: 'not_visible', layer: chat.layer };
  const n = chat.messages.length;
  return {
    state: (n > 0 && !chat.textLayer) || (n === 0 && holdsText(chat.container)) ? 'broken' : 'ok',
    layer: chat.layer,
  };
}

/** Per-signal health after a roster read (self: decided by the observer, from `selfLayer`). */
export function rosterHealth(
  read: ParticipantsRead,
  sp: SpeakingRead,
  cam: CameraRead,
  mute: MuteRead,
  selfOk: boolean,
  selfLayer: string | null,
): Partial<Record<'participants' | 'self' | 'speaking' | 'camera' | 'mute', Health>> {
  const noTiles = read.tileCount === 0;
  return {
    participants: { state: read.byId.size > 0 ? 'ok' : 'broken', layer: read.tileLayer ?? read.panelLayer },
    self: { state: selfOk ? 'ok' : 'not_visible', layer: selfLayer },
    speaking: { state: noTiles ? 'not_visible' : sp.tilesWithWidget > 0 ? 'ok' : 'broken', layer: sp.layer },
    camera: {
      state: noTiles ? 'not_visible' : cam.layer && cam.unreadable === 0 ? 'ok' : 'broken',
      layer: cam.layer,
    },
    mute: { state: mute.selfLayer ? 'ok' : 'broken', layer: mute.selfLayer },
  };
}

/** The participant whose name is exactly `name`, when only one bears it (companion mode: two devices). */
export function uniqueByName(read: ParticipantsRead, name: string): string | null {
  let found: string | null = null;
  for (const p of read.byId.values()) {
    if (!sameName(p.name, name)) continue;
    if (found) return null;
    found = p.id;
  }
  return found;
}

/** One participant's tile and row re-read with the roster read's rules (the per-participant hot path). */
export function readOne(root: ParentNode, id: string, name: string, tile?: Element, row?: Element) {
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
  return { one, speaking, cam, mute, hands: readHands(root, one) };
}
