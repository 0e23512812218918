/**
 * Pure readers of the Zoom web client's DOM. Each takes a root (`Document` or element), never observes,
 * never touches layout (no getBoundingClientRect/offsetWidth/getComputedStyle), and reports which selector
 * layer matched so health can tell "not rendered" from "Zoom changed".
 *
 * Zoom renders no participant ids in the DOM (tiles and pane rows carry only names), so readers key
 * participants by display name; the observer turns names into stable ids (and follows renames through
 * element identity).
 */
import {
  bodyText,
  cleanText,
  commonAncestor,
  endReasonOf,
  type LayerMatch,
  matchesChain,
  NAME_MAX,
  queryAll,
  queryFirst,
  type SelectorChain,
  TEXT_MAX,
  textIn,
} from '../dom';
import type { SignalDiagnostics as Health } from '../kernel/health';
import type { PhaseRead } from '../kernel/session';
import { chainCss, normText, TEXT, textMatches, ZOOM } from './selectors';

export { NAME_MAX, type PhaseRead, TEXT_MAX };

const FRAME_CSS = chainCss(ZOOM.frame);
const ACTIVE_CSS = chainCss(ZOOM.activeFrame);

// ---------------------------------------------------------------------------------------------------------
// Frames: which document holds the meeting
// ---------------------------------------------------------------------------------------------------------

/**
 * The document that holds the meeting UI: the same-origin `iframe#webclient`'s document inside the PWA
 * shell, else `top` itself. Null while the frame exists but its document is not reachable (not created
 * yet, or cross-origin: then Rapport cannot read it at all).
 */
export function findMeetingDocument(top: Document): Document | null {
  const frame = queryFirst(top, ZOOM.webclientFrame)?.el as HTMLIFrameElement | undefined;
  if (!frame) return top;
  try {
    return frame.contentDocument ?? null;
  } catch {
    return null; // cross-origin: SecurityError
  }
}

// ---------------------------------------------------------------------------------------------------------
// Phase
// ---------------------------------------------------------------------------------------------------------

const endReasonFrom = (text: string) => endReasonOf(text, TEXT);

/**
 * pre-join (lobby) → waiting room → in meeting → ended. Zoom has no waiting-room class: its copy (table)
 * wins over everything else (Vexa). The end modal sits over a still-rendered meeting, so it is checked
 * before the Leave control. The post-meeting page after leaving yourself reads as `left`.
 */
export function readPhase(root: ParentNode): PhaseRead {
  const modal = queryFirst(root, ZOOM.endModal);
  if (modal) {
    const dialog = modal.el.closest('.zm-modal, [role="dialog"]') ?? modal.el;
    const reason = endReasonFrom(`${dialog.textContent ?? ''} ${dialog.getAttribute('aria-label') ?? ''}`);
    const titleText = modal.layer === 'class:zm-modal-body-title' ? (modal.el.textContent ?? '') : '';
    // Other Zoom modals share `.zm-modal-body-title` (settings, recording consent): only end copy counts,
    // or the language-neutral end dialog label.
    if (
      reason !== 'unknown' ||
      textMatches(titleText, TEXT.endGeneric) ||
      root.querySelector(ZOOM.endModal[1].css)
    ) {
      return { phase: 'ended', layer: modal.layer, endReason: reason };
    }
  }
  const post = queryFirst(root, ZOOM.postMeeting);
  const leave = queryFirst(root, ZOOM.leave);
  if (post && !leave) {
    const r = endReasonFrom(post.el.textContent ?? '');
    return { phase: 'ended', layer: post.layer, endReason: r === 'unknown' ? 'left' : r };
  }
  const hint = leave ? queryFirst(root, ZOOM.inMeetingHint) : null;
  // Footer + rendered video frames is unambiguous, which keeps the whole-page text read (captions and chat
  // make it large) off the in-meeting path; otherwise the waiting copy wins over any control.
  if (leave && hint && root.querySelector(FRAME_CSS)) {
    return { phase: 'in_call', layer: `${leave.layer}+${hint.layer}` };
  }
  if (textMatches(bodyText(root), TEXT.waiting)) return { phase: 'waiting', layer: 'text:waiting' };
  if (leave) return { phase: 'in_call', layer: hint ? `${leave.layer}+${hint.layer}` : leave.layer };
  const lobby = queryFirst(root, ZOOM.lobby);
  if (lobby) return { phase: 'lobby', layer: lobby.layer };
  return { phase: 'unknown', layer: null };
}

/** True when the page shows a meeting's furniture (used to call an unreadable phase "broken"). */
export function looksLikeMeeting(root: ParentNode): boolean {
  return (
    !!queryFirst(root, ZOOM.meetingShell) || !!root.querySelector('.video-avatar__avatar, canvas, video')
  );
}

// ---------------------------------------------------------------------------------------------------------
// Meeting id and title
// ---------------------------------------------------------------------------------------------------------

export interface MeetingInfo {
  meetingId?: string;
  title?: string;
}

const ID_PATHS = [/\/wc\/join\/(\d{9,11})(?:$|[/?#])/, /\/wc\/(\d{9,11})\/(?:join|start)/, /\/j\/(\d{9,11})/];

/** Numeric meeting id from the URL (top or frame) and the topic from the title or a topic element. */
export function readMeetingInfo(root: ParentNode, top?: Document): MeetingInfo {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const out: MeetingInfo = {};
  for (const d of [doc, top]) {
    if (!d || out.meetingId) continue;
    const href = d.location?.href ?? '';
    for (const re of ID_PATHS) {
      const m = re.exec(href);
      if (m?.[1]) {
        out.meetingId = m[1];
        break;
      }
    }
  }
  const topic = queryFirst(root, ZOOM.meetingTopic);
  let title = topic ? cleanText(topic.el.textContent, NAME_MAX) : '';
  if (!title) {
    for (const d of [doc, top]) {
      const t = cleanText(d?.title, NAME_MAX).replace(/\s*[-–|]\s*Zoom$/i, '');
      if (t && !/^zoom( meeting)?$/i.test(t) && !/^error\b/i.test(t)) {
        title = t;
        break;
      }
    }
  }
  if (title) out.title = title;
  return out;
}

/** The name typed on the pre-join form (a self hint while the participants pane is closed). */
export function readLobbyName(root: ParentNode): string {
  const m = queryFirst(root, ZOOM.lobbyName);
  return m ? cleanText((m.el as HTMLInputElement).value || m.el.getAttribute('value'), NAME_MAX) : '';
}

// ---------------------------------------------------------------------------------------------------------
// Frames (tiles)
// ---------------------------------------------------------------------------------------------------------

export interface FrameRead {
  el: Element;
  name: string;
  nameLayer: string | null;
  /** `--active` modifier: Zoom's active speaker. */
  active: boolean;
  /** Picture element shown (camera on) vs. big name (camera off); undefined when neither is rendered. */
  camera: boolean | undefined;
  /** Tile footer `--view-mute-computer`; undefined without a footer. */
  muted: boolean | undefined;
  avatarSrc: string | null;
}

export interface FramesRead {
  frames: FrameRead[];
  layer: string | null;
  /** Avatar blocks anywhere (frames or not): evidence that tiles are rendered even if frames broke. */
  avatarCount: number;
  mainFrame: Element | null;
}

const nameIn = (el: Element, chain: SelectorChain) => textIn(el, chain, (raw) => cleanText(raw, NAME_MAX));

/** The state of one avatar block (a frame's content, or the main frame's). */
export function readAvatar(el: Element): Omit<FrameRead, 'el' | 'active'> {
  let { name, layer } = nameIn(el, ZOOM.avatarName);
  const title = queryFirst(el, ZOOM.avatarTitle)?.el ?? null;
  const img = (title ?? el).querySelector('img.video-avatar__avatar-img, img');
  if (!name && img) {
    name = cleanText(img.getAttribute('alt'), NAME_MAX);
    if (name) layer = 'class:video-avatar__avatar-img[alt]';
  }
  let camera: boolean | undefined;
  if (title) {
    if (title.querySelector('.video-avatar__avatar-img, img')) camera = true;
    else if (title.querySelector('.video-avatar__avatar-name')) camera = false;
  }
  const footer = queryFirst(el, ZOOM.avatarFooter)?.el;
  const muted = footer
    ? [...footer.classList].some((c) => c.startsWith('video-avatar__avatar-footer--view-mute'))
    : undefined;
  return { name, nameLayer: layer, camera, muted, avatarSrc: img?.getAttribute('src') || null };
}

export function isActiveFrame(frame: Element): boolean {
  return frame.matches(ACTIVE_CSS);
}

export function readFrame(frame: Element): FrameRead {
  return { el: frame, active: isActiveFrame(frame), ...readAvatar(frame) };
}

export function readFrames(root: ParentNode): FramesRead {
  const { els, layer } = queryAll(root, ZOOM.frame);
  const frames: FrameRead[] = [];
  for (const el of els) {
    if (el.parentElement?.closest(FRAME_CSS)) continue; // nested: the outer one is the frame
    frames.push(readFrame(el));
  }
  return {
    frames,
    layer,
    avatarCount: queryAll(root, ZOOM.avatar).els.length,
    mainFrame: queryFirst(root, ZOOM.mainFrame)?.el ?? null,
  };
}

/** The speaker-view main frame's person: the current or *last* active speaker (it never empties). */
export function readMainFrameName(root: ParentNode): string {
  const main = queryFirst(root, ZOOM.mainFrame)?.el;
  return main ? readAvatar(main).name : '';
}

// ---------------------------------------------------------------------------------------------------------
// Participants pane
// ---------------------------------------------------------------------------------------------------------

export interface RowRead {
  el: Element;
  name: string;
  isSelf: boolean;
  muted: boolean | undefined;
  camera: boolean | undefined;
  hand: boolean;
  avatarSrc: string | null;
  /** The first letter shown instead of a picture, if any. */
  initial: string | null;
}

export interface PanelRead {
  rows: RowRead[];
  layer: string | null;
  /** The pane's list element exists (open pane). */
  open: boolean;
}

/** Role words inside Zoom's "(Host, me)" suffix; a name's own parenthetical ("Ben (he/him)") is kept. */
const ROLE_TOKENS = new Set([
  'host',
  'co-host',
  'cohost',
  'guest',
  'gast',
  'invité',
  'invitado',
  'moderator',
]);

/** Strips the role/self suffix Zoom appends to a row's name ("(Host, me)", "(Co-host)", "(Guest)"). */
function stripLabel(name: string): string {
  const m = /\s*\(([^()]{1,40})\)\s*$/u.exec(name);
  if (!m) return name.trim();
  const toks = labelTokens(m[0]);
  const role =
    toks.length > 0 &&
    toks.every((t) => ROLE_TOKENS.has(t) || (TEXT.selfLabel as readonly string[]).includes(t));
  return role ? name.slice(0, m.index).trim() : name.trim();
}

function labelTokens(label: string): string[] {
  const inner = /\(([^()]*)\)/.exec(label)?.[1] ?? label;
  return inner
    .split(/[,，、/]/)
    .map((s) => normText(s.trim()))
    .filter(Boolean);
}

/**
 * Row aria-label: "<name> (Host, me) computer audio muted video off" (2020 classic capture, spaces) or
 * "<name> (Host, me),computer audio muted,video off" (2026-10 client 7.2.0 spec, commas): the state words
 * may follow a space or a comma.
 */
function parseRowLabel(label: string): { name: string; selfToken: boolean } {
  // "no audio connected" first: the audio pattern alone would leave "… (Me) no" behind.
  const s = label
    .replace(/[\s,]+no audio connected\b.*$/i, '')
    .replace(/[\s,]+(?:computer |telephone |phone )?audio\b.*$/i, '')
    .replace(/[\s,]+video (?:on|off)\b.*$/i, '');
  const m = /\(([^()]*)\)\s*$/.exec(s);
  const selfToken = !!m && labelTokens(m[0]).some((t) => (TEXT.selfLabel as readonly string[]).includes(t));
  return { name: cleanText(stripLabel(s), NAME_MAX), selfToken };
}

export function readRow(el: Element): RowRead {
  const label = el.getAttribute('aria-label') ?? '';
  let name = nameIn(el, ZOOM.panelName).name;
  const parsed = parseRowLabel(label);
  if (!name) name = parsed.name;
  const nameLabel = queryFirst(el, ZOOM.panelNameLabel)?.el.textContent ?? '';
  const isSelf =
    labelTokens(nameLabel).some((t) => (TEXT.selfLabel as readonly string[]).includes(t)) || parsed.selfToken;
  let muted: boolean | undefined;
  if (queryFirst(el, ZOOM.panelMuted)) muted = true;
  else if (queryFirst(el, ZOOM.panelUnmuted)) muted = false;
  else if (/\baudio muted\b/i.test(label)) muted = true;
  else if (/\baudio unmuted\b/i.test(label)) muted = false;
  let camera: boolean | undefined;
  const vid = queryFirst(el, ZOOM.panelVideo)?.el;
  if (vid) camera = !vid.className.includes('participant-video--stopped');
  else if (/\bvideo off\b/i.test(label)) camera = false;
  else if (/\bvideo on\b/i.test(label)) camera = true;
  const img = queryFirst(el, ZOOM.panelAvatar)?.el;
  const initialEl = img ? null : el.querySelector('.participants-item__avatar');
  const initial = initialEl ? cleanText(initialEl.textContent, 4) || null : null;
  return {
    el,
    name,
    isSelf,
    muted,
    camera,
    hand: !!queryFirst(el, ZOOM.panelHand),
    avatarSrc: img?.getAttribute('src') || null,
    initial,
  };
}

export function readPanel(root: ParentNode): PanelRead {
  const { els, layer } = queryAll(root, ZOOM.panelRow);
  const rows: RowRead[] = [];
  const seen = new Set<Element>();
  for (const el of els) {
    if (seen.has(el)) continue;
    seen.add(el);
    const r = readRow(el);
    if (r.name) rows.push(r);
  }
  return { rows, layer, open: !!queryFirst(root, ZOOM.panelList) };
}

// ---------------------------------------------------------------------------------------------------------
// Participants (frames ∪ pane rows, merged by name)
// ---------------------------------------------------------------------------------------------------------

export interface ParticipantRead {
  /** Display name; duplicates get a `#k` occurrence in `key`. */
  name: string;
  /** Merge key: the name, plus `\u0000k` for the k-th duplicate (k ≥ 2). */
  key: string;
  frame?: FrameRead;
  row?: RowRead;
  speaking: boolean;
  camera: boolean | undefined;
  muted: boolean | undefined;
  hand: boolean;
  selfMarked: boolean;
  avatarSrc: string | null;
}

export interface ParticipantsRead {
  list: ParticipantRead[];
  frameLayer: string | null;
  panelLayer: string | null;
  panelOpen: boolean;
  frameCount: number;
  avatarCount: number;
  mainFrame: Element | null;
}

function keyed<T extends { name: string }>(items: T[]): Map<string, T> {
  const out = new Map<string, T>();
  const n = new Map<string, number>();
  for (const it of items) {
    const k = (n.get(it.name) ?? 0) + 1;
    n.set(it.name, k);
    out.set(k === 1 ? it.name : `${it.name}\u0000${k}`, it);
  }
  return out;
}

export function mergeParticipants(frames: FramesRead, panel: PanelRead): ParticipantsRead {
  const byFrame = keyed(frames.frames.filter((f) => f.name));
  const byRow = keyed(panel.rows);
  const list: ParticipantRead[] = [];
  const keys = new Set([...byFrame.keys(), ...byRow.keys()]);
  for (const key of keys) {
    const frame = byFrame.get(key);
    const row = byRow.get(key);
    const name = (row ?? frame)!.name;
    list.push({
      name,
      key,
      frame,
      row,
      speaking: !!frame?.active,
      // The pane's icons are the stronger hook (A); the tile title rule is a live note (C).
      camera: row?.camera ?? frame?.camera,
      muted: row?.muted ?? frame?.muted,
      hand: !!row?.hand,
      selfMarked: !!row?.isSelf,
      // A pane row without a picture shows an initial, and so does the caption box: trust the row.
      avatarSrc: row ? row.avatarSrc : (frame?.avatarSrc ?? null),
    });
  }
  return {
    list,
    frameLayer: frames.layer,
    panelLayer: panel.layer,
    panelOpen: panel.open,
    frameCount: frames.frames.length,
    avatarCount: frames.avatarCount,
    mainFrame: frames.mainFrame,
  };
}

export function readParticipants(root: ParentNode): ParticipantsRead {
  return mergeParticipants(readFrames(root), readPanel(root));
}

// ---------------------------------------------------------------------------------------------------------
// Self, active speaker, self mute
// ---------------------------------------------------------------------------------------------------------

export interface SelfRead {
  name?: string;
  layer: string | null;
}

/** The row marked "(me)" / "(Host, me)"; else the pre-join name when exactly one participant has it. */
export function readSelf(parts: ParticipantsRead, lobbyName?: string): SelfRead {
  const marked = parts.list.filter((p) => p.selfMarked);
  if (marked.length === 1) return { name: marked[0]!.name, layer: 'class:participants-item__name-label' };
  if (lobbyName) {
    const same = parts.list.filter((p) => p.name === lobbyName);
    if (same.length === 1) return { name: lobbyName, layer: 'lobby:name-input' };
  }
  return { layer: null };
}

/** Names in the frames with the `--active` modifier (Zoom shows one active speaker at a time). */
export function readActiveSpeakers(root: ParentNode): { names: string[]; layer: string | null } {
  const { els, layer } = queryAll(root, ZOOM.activeFrame);
  return { names: els.map((el) => readAvatar(el).name).filter(Boolean), layer };
}

export interface SelfAudioRead {
  muted: boolean | undefined;
  layer: string | null;
}

/**
 * Footer audio button: label "Unmute" while muted, "Mute" while live (LMA). Text is the only hook; when
 * the label matches neither table (another locale, or the "Join Audio" state) this says undefined and
 * the self tile/row decides.
 */
export function readSelfAudio(root: ParentNode): SelfAudioRead {
  const btn = queryFirst(root, ZOOM.selfAudio);
  if (!btn) return { muted: undefined, layer: null };
  const label = normText(
    cleanText(queryFirst(btn.el, ZOOM.footerLabel)?.el.textContent ?? btn.el.textContent, 80),
  );
  const aria = normText(cleanText(btn.el.getAttribute('aria-label'), 80));
  const eq = (table: readonly string[]) => table.some((t) => normText(t) === label || normText(t) === aria);
  if (eq(TEXT.unmuteLabel)) return { muted: true, layer: btn.layer };
  if (eq(TEXT.muteLabel)) return { muted: false, layer: btn.layer };
  return { muted: undefined, layer: btn.layer };
}

// ---------------------------------------------------------------------------------------------------------
// Captions
// ---------------------------------------------------------------------------------------------------------
// 2026-12: no caption-language reader (issue 23). Zoom's caption box holds a picture or an initial and the
// text only (reference §2.8: TranscripTonic, Live-Captions-Saver, Caption-Arc); the language appears only in
// the modal picker shown while captions are turned on, which is gone during the call. The automatic
// acknowledgement language follows the words seen on Zoom.

export interface CaptionRead {
  box: Element | null;
  layer: string | null;
  row: Element | null;
  text: string;
  textLayer: string | null;
  avatarSrc: string | null;
  initial: string | null;
}

export function findCaptionBox(root: ParentNode): LayerMatch | null {
  return queryFirst(root, ZOOM.captionBox);
}

export function readCaption(root: ParentNode): CaptionRead {
  const box = findCaptionBox(root);
  const out: CaptionRead = {
    box: box?.el ?? null,
    layer: box?.layer ?? null,
    row: null,
    text: '',
    textLayer: null,
    avatarSrc: null,
    initial: null,
  };
  if (!box) return out;
  const row = box.el.matches(ZOOM.captionRow[0].css)
    ? box.el
    : (queryFirst(box.el, ZOOM.captionRow)?.el ?? null);
  if (!row) return out;
  out.row = row;
  const t = queryFirst(row, ZOOM.captionText);
  if (t) {
    let text = cleanText(t.el.textContent, 100_000);
    if (textMatches(text, TEXT.captionSystem)) text = '';
    if (text.length > TEXT_MAX) text = text.slice(text.length - TEXT_MAX);
    out.text = text;
    out.textLayer = t.layer;
  }
  const img = row.querySelector('img[src]');
  out.avatarSrc = img?.getAttribute('src') || null;
  const ini = queryFirst(row, ZOOM.captionInitials);
  if (ini) out.initial = cleanText(ini.el.textContent, 4) || null;
  return out;
}

/**
 * The caption box shows a picture or an initial, never a name. Resolution order (reference §2.8):
 * the same picture on a tile or pane row; the initial when it fits exactly one participant (or the
 * active speaker among several); else the active speaker (a frame's `--active`, then the speaker-view
 * main frame, which holds the last one). Returns '' when nothing fits.
 */
export function resolveCaptionSpeaker(
  cap: Pick<CaptionRead, 'avatarSrc' | 'initial'>,
  parts: ParticipantsRead,
  activeName: string,
): { name: string; via: 'avatar' | 'initial' | 'active' | null } {
  if (cap.avatarSrc) {
    const hits = parts.list.filter(
      (p) => p.avatarSrc === cap.avatarSrc || p.frame?.avatarSrc === cap.avatarSrc,
    );
    if (hits.length === 1) return { name: hits[0]!.name, via: 'avatar' };
  }
  if (cap.initial) {
    const ini = cap.initial.toLocaleUpperCase();
    const hits = parts.list.filter((p) => ([...p.name.trim()][0] ?? '').toLocaleUpperCase() === ini);
    // A participant with a known picture would show the picture, not the initial.
    const noPic = hits.filter((p) => !p.avatarSrc);
    const pool = noPic.length ? noPic : hits;
    if (pool.length === 1) return { name: pool[0]!.name, via: 'initial' };
    if (pool.some((p) => p.name === activeName)) return { name: activeName, via: 'active' };
  }
  if (activeName) return { name: activeName, via: 'active' };
  return { name: '', via: null };
}

// ---------------------------------------------------------------------------------------------------------
// Chat
// ---------------------------------------------------------------------------------------------------------

export interface ChatItemRead {
  el: Element;
  id: string | null;
  /** Id of the item rendered just before this one (the run it may continue). */
  prevId: string | null;
  /** The item's own sender header, else carried from the run's first rendered message, else ''. */
  senderName: string;
  /** True when the sender came from this item's own header. */
  ownSender: boolean;
  text: string;
  textLayer: string | null;
}

export interface ChatRead {
  list: Element | null;
  layer: string | null;
  items: ChatItemRead[];
  textLayer: string | null;
}

export function findChatList(root: ParentNode): LayerMatch | null {
  return queryFirst(root, ZOOM.chatList);
}

/** "Barbara W. said to Everyone at 10:42 AM: Hi" → sender (EN only; a fallback for a run's head). */
export function senderFromLabel(label: string | null): string {
  const m = /^(.{1,200}?) said to /.exec(label ?? '');
  return m?.[1] ? cleanText(m[1], NAME_MAX) : '';
}

function itemId(el: Element): string | null {
  return el.getAttribute('data-id') || el.id.replace(/^chat-message-/, '') || null;
}

export function readChatText(el: Element): { text: string; layer: string | null } {
  const t = queryFirst(el, ZOOM.chatText);
  if (!t) return { text: '', layer: null };
  const strip = chainCss(ZOOM.chatStrip);
  if (!t.el.querySelector(strip)) return { text: cleanText(t.el.textContent, TEXT_MAX), layer: t.layer };
  // The reaction row ("👍 2") sits inside the fallback body layer: read the text without it.
  const clone = t.el.cloneNode(true) as Element;
  for (const s of clone.querySelectorAll(strip)) s.remove();
  return { text: cleanText(clone.textContent, TEXT_MAX), layer: t.layer };
}

export function readChat(root: ParentNode): ChatRead {
  const list = findChatList(root);
  if (!list) return { list: null, layer: null, items: [], textLayer: null };
  const { els } = queryAll(list.el, ZOOM.chatItem);
  const items: ChatItemRead[] = [];
  let textLayer: string | null = null;
  let runSender = '';
  let prevId: string | null = null;
  const seen = new Set<Element>();
  for (const el of els) {
    if (seen.has(el)) continue;
    seen.add(el);
    const own = cleanText(queryFirst(el, ZOOM.chatSender)?.el.textContent, NAME_MAX);
    if (own) runSender = own;
    else if (!runSender) runSender = senderFromLabel(el.getAttribute('aria-label'));
    const { text, layer } = readChatText(el);
    textLayer ??= layer;
    const id = itemId(el);
    items.push({ el, id, prevId, senderName: runSender, ownSender: !!own, text, textLayer: layer });
    prevId = id;
  }
  return { list: list.el, layer: list.layer, items, textLayer };
}

/** True when `el` is (inside) a frame; its frame element. */
export function frameOf(el: Element): Element | null {
  return matchesChain(el, ZOOM.frame) ? el : el.closest(FRAME_CSS);
}

// ------------------------------------------------------------------ derived readings (pure, for the spec)

/** The frames' common container: the lowest ancestor of the first and last frame (one walk, no layout). */
export function readStageRoot(d: ParentNode): Element | null {
  const frames = d.querySelectorAll(chainCss(ZOOM.frame));
  const first = frames[0];
  if (!first) return null;
  return commonAncestor(first, frames[frames.length - 1]!);
}

/**
 * A rename reaches the tile and the pane row in separate batches; in between, a frame-only and a
 * row-only entry that were one person (same elements as last read, `idOf`) are still that person, named
 * by the pane (the full display name) until the row catches up.
 */
export function rejoinSplit(read: ParticipantsRead, idOf: (el: Element) => string | undefined): void {
  const rowOnly = new Map<string, ParticipantRead>();
  for (const p of read.list) {
    const id = p.row && !p.frame ? idOf(p.row.el) : undefined;
    if (id) rowOnly.set(id, p);
  }
  if (!rowOnly.size) return;
  read.list = read.list.filter((p) => {
    const id = p.frame && !p.row ? idOf(p.frame.el) : undefined;
    const q = id ? rowOnly.get(id) : undefined;
    if (!q || !p.frame) return true;
    q.frame = p.frame;
    q.speaking = p.speaking;
    q.camera ??= p.camera;
    q.muted ??= p.muted;
    return false;
  });
}

/**
 * Zoom draws the green `--active` ring only with more than 2 participants (client 7.2.0 spec, 2026-10-07):
 * in a smaller call no ring means nothing, so speaking is "not visible" there (unknown, never 0 ms) until a
 * ring is actually seen in a small call (a build or view that does draw it), which is then trusted.
 */
/** A caption box with a row but no readable text: the text hooks changed (no box: captions are off). */
export function captionHealth(c: CaptionRead): Health {
  if (!c.box) return { state: 'not_visible', layer: null };
  return { state: c.row && !c.textLayer ? 'broken' : 'ok', layer: c.textLayer ?? c.layer };
}

/** Items in the chat list but none with text: the message hooks changed. */
export function chatHealth(read: ChatRead): Health {
  if (!read.list) return { state: 'not_visible', layer: null };
  return { state: read.items.length > 0 && !read.textLayer ? 'broken' : 'ok', layer: read.layer };
}

export const RING_MIN_PARTICIPANTS = 3;

/** Per-signal health of a roster read (participants, self, speaking, camera, mute). */
export function rosterHealth(
  read: ParticipantsRead,
  selfKnown: boolean,
  selfAudioLayer: string | null,
  ringInSmallCall: boolean,
): Record<'participants' | 'self' | 'speaking' | 'camera' | 'mute', Health> {
  const n = read.list.length;
  const camKnown = read.list.filter((p) => p.camera !== undefined).length;
  const muteKnown = read.list.some((p) => p.muted !== undefined);
  return {
    participants: { state: n > 0 ? 'ok' : 'broken', layer: read.frameLayer ?? read.panelLayer },
    self: selfKnown
      ? { state: 'ok', layer: read.panelLayer ? 'class:participants-item__name-label' : 'lobby:name-input' }
      : // Zoom always marks "(me)" in an open pane: rows without one mean the mark changed (or its locale).
        { state: read.panelOpen && read.list.some((p) => p.row) ? 'broken' : 'not_visible', layer: null },
    speaking:
      read.frameCount > 0 && n < RING_MIN_PARTICIPANTS && !ringInSmallCall
        ? { state: 'not_visible', layer: 'rule:active-ring-needs-3' }
        : read.frameCount > 0
          ? { state: 'ok', layer: read.frameLayer }
          : read.mainFrame && read.avatarCount <= 1
            ? { state: 'not_visible', layer: 'class:speaker-active-container__video-frame' }
            : { state: 'broken', layer: null },
    camera:
      n === 0 || camKnown === 0
        ? { state: 'broken', layer: null }
        : {
            state: 'ok',
            layer: read.panelOpen
              ? 'class:participants-icon__participant-video'
              : 'class:video-avatar__avatar-title',
          },
    mute:
      selfAudioLayer || muteKnown
        ? { state: 'ok', layer: selfAudioLayer ?? 'class:video-avatar__avatar-footer' }
        : { state: 'broken', layer: null },
  };
}

/**
 * Whether a caption picture nobody was seen with may be the local user's: their own picture has not been
 * seen (`selfPicture` undefined; null means they show an initial), the footer says their mic is live, and
 * nobody else who may own that picture (`knownPicture`: owners whose picture is known) carries the ring.
 */
export function selfMayOwnPicture(
  d: ParentNode,
  src: string,
  read: ParticipantsRead,
  selfPicture: string | null | undefined,
  selfName: string | undefined,
  knownPicture: ReadonlySet<string>,
): boolean {
  if (selfPicture !== undefined) return selfPicture === src;
  if (readSelfAudio(d).muted !== false) return false;
  for (const name of readActiveSpeakers(d).names) {
    if (name === selfName) continue;
    const p = read.list.find((q) => q.name === name);
    if (!p || !knownPicture.has(p.key)) return false;
  }
  return true;
}

/**
 * Who a caption row belongs to. The box shows only a picture or an initial (reference §2.8), in order:
 * 1. a picture seen on someone's tile or pane row during this call (`pictures`: src → owner key; the pane
 *    may be closed by now, the tile may show video instead);
 * 2. the local user, when the picture may be theirs (`selfMayOwnPicture`). Zoom never puts the local user
 *    in the speaker-view main frame and rings them late or not at all, so the active-speaker fallback
 *    could never name them: without this rule the user's first words of a call went to whoever the main
 *    frame showed. Known by the pre-join name, the "(me)" row, or — before either — as "You", the self
 *    label the detector maps to the local user once known;
 * 3. `resolveCaptionSpeaker`: initials, then the active speaker.
 */
export function captionSpeaker(
  d: ParentNode,
  c: CaptionRead,
  read: ParticipantsRead,
  pictures: ReadonlyMap<string, string>,
  selfPicture: string | null | undefined,
  idByKey: ReadonlyMap<string, string>,
  nameOf: (id: string) => string | undefined,
  self: { id: string; name: string | undefined; selfName: string | undefined } | undefined,
): { name: string; id?: string } {
  if (c.avatarSrc) {
    const key = pictures.get(c.avatarSrc);
    const id = key === undefined ? undefined : idByKey.get(key);
    if (id) return { name: nameOf(id) ?? key!, id };
    if (selfMayOwnPicture(d, c.avatarSrc, read, selfPicture, self?.name, new Set(pictures.values())))
      return self ? { name: self.selfName ?? self.name ?? '', id: self.id } : { name: 'You' };
  }
  const who = resolveCaptionSpeaker(c, read, readActiveSpeakers(d).names[0] ?? readMainFrameName(d));
  const id = who.name ? idByKey.get(who.name) : undefined;
  return id ? { name: who.name, id } : { name: who.name };
}
