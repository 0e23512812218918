/**
 * The Zoom adapter's spec for the shared kernel (kernel/session.ts). Zoom's quirks: the meeting lives in
 * the PWA shell's same-origin `iframe#webclient`, replaced during join and audio init (re-resolved on
 * every iframe load, shell mutation and watchdog tick); no participant ids in the DOM (kernel/ids.ts
 * derives them from names and element identity); the active speaker is a frame's `--active` ring, which
 * Zoom only draws with three or more present; captions are one rolling box attributed by picture.
 */
import { queryFirst } from '../dom';
import { FrameDocument } from '../kernel/frames';
import type { SignalDiagnostics } from '../kernel/health';
import { NameIds } from '../kernel/ids';
import { mergeRolling } from '../kernel/rolling';
import type { PartState } from '../kernel/roster';
import { Kernel, type KernelOptions, type KernelSession } from '../kernel/session';
import { Indicators } from '../kernel/speaking';
import { RollingCaption } from '../kernel/streams';
import type { AdapterContext } from '../types';
import * as R from './readers';
import { chainCss, ZOOM } from './selectors';

export type ZoomAdapterOptions = KernelOptions;
export type { SignalDiagnostics };

export interface ZoomSession extends KernelSession {
  /** The document currently read (top or the webclient frame's); for tests and diagnostics. */
  meetingDocument(): Document | null;
}

interface PState extends PartState {
  key: string;
}

const FRAME_CSS = chainCss(ZOOM.frame);
const MAIN_CSS = chainCss(ZOOM.mainFrame);
/** What a roster read reads: a shell change that adds or removes none of it is a phase read only. */
const HOLDERS_CSS = [ZOOM.frame, ZOOM.mainFrame, ZOOM.avatar, ZOOM.panelRow, ZOOM.panelList, ZOOM.selfAudio]
  .map(chainCss)
  .join(', ');
const LEAVE_CSS = `${chainCss(ZOOM.leave)}, .leave-meeting-options__btn--danger`;
const SELF_CHAT = ['Me', 'Ich', 'Moi', 'Yo', 'Eu', '我'];
const SUB = { childList: true, subtree: true, characterData: true, attributes: true };

export function startZoomSession(
  top: Document,
  ctx: AdapterContext,
  opts: ZoomAdapterOptions = {},
): ZoomSession {
  // Per-call state; bounded: participants pruned on leave, chat ids capped, one open caption.
  const frameEls = new Map<string, Element>();
  // Caption attribution: every picture seen on a tile or pane row, by owner key, kept for the call (the pane
  // closes, cameras turn on and off, the picture stays the person's); the self's own once seen (null: an
  // initial instead).
  const pictures = new Map<string, string>();
  let selfPicture: string | null | undefined;
  let lastRead: R.ParticipantsRead | null = null;
  /** An `--active` ring was seen while fewer than RING_MIN_PARTICIPANTS were present (this call). */
  let ringInSmallCall = false;
  const rings = new Indicators();

  const k: Kernel<PState> = new Kernel<PState>('zoom', top, ctx, opts, {
    visibilityOrder: 'first',
    silentWhenMuted: true,
    stillPresent: (_id, p) => !!frame.doc && R.readParticipants(frame.doc).list.some((x) => x.key === p.key),
    forget: (id, p) => {
      frameEls.delete(id);
      ids.forget(p.key, id);
    },
  });
  const { roster, health } = k;
  const ids = new NameIds('zoom', roster);
  // Self: the pane's "(me)" row, else the pre-join name; first-come and sticky (no strong source).
  const me = k.self<'name' | 'none'>('none', { name: () => 'name', none: () => 'none' });
  const cap = new RollingCaption(
    () => k.nextCaptionId(),
    (raw, full, text) => mergeRolling(raw, full, text, R.TEXT_MAX),
  );
  const within = (n: Node) => [stage, panel, footer, captions, chatRoot].some((w) => w.has(n));
  const shell = k.watchRecords(
    (r, el) => {
      if (within(r.target) || el.closest(MAIN_CSS)) return false;
      k.markShell(r, HOLDERS_CSS);
      return true;
    },
    { childList: true, subtree: true },
  );
  const stage = k.watchRecords(
    (r, el) => {
      if (captions.has(el) || footer.has(el) || chatRoot.has(el) || el.closest(MAIN_CSS)) return false;
      if (r.type === 'attributes' && r.attributeName === 'class' && el.matches(FRAME_CSS)) rings.add(el);
      else k.mark('participants');
      return true;
    },
    { ...SUB, attributeFilter: ['class', 'src', 'alt'] },
  );
  const panel = k.watch(() => k.mark('participants'), {
    ...SUB,
    attributeFilter: ['class', 'aria-label', 'src'],
  });
  const footer = k.watch(() => k.mark('participants'), { ...SUB, attributeFilter: ['aria-label'] });
  const captions = k.watch(() => k.mark('captions'), { ...SUB, attributeFilter: ['src'] });
  const chatRoot = k.watch(() => k.mark('chat'), { childList: true, subtree: true, characterData: true });
  const roots = () => [shell, stage, panel, footer, captions, chatRoot];
  const frame = new FrameDocument(k, top, R.findMeetingDocument, roots);

  function attach(): void {
    const doc = frame.doc;
    if (!doc) return;
    shell.set(doc.body ?? doc.documentElement);
    stage.set(R.readStageRoot(doc));
    panel.set(queryFirst(doc, ZOOM.panelList)?.el ?? null);
    footer.set(doc.querySelector('#wc-footer'));
    captions.set(R.findCaptionBox(doc)?.el ?? null);
    chatRoot.set(R.findChatList(doc)?.el ?? null);
  }

  function syncParticipants(doc: Document): void {
    const t = k.now();
    const read = R.readParticipants(doc);
    R.rejoinSplit(read, (el) => ids.ofEl(el));
    lastRead = read;
    const selfAudio = R.readSelfAudio(doc);
    const self = R.readSelf(read, k.lobby?.name ?? '');
    if (read.list.length < R.RING_MIN_PARTICIPANTS && read.list.some((p) => p.speaking)) noteSmallRing();
    const keys = new Set(read.list.map((p) => p.key));
    const claimed = new Set<string>();
    frameEls.clear();
    rings.forget();
    for (const p of read.list) {
      const { id, renamed } = ids.idFor(p.key, [p.frame?.el, p.row?.el], keys, claimed);
      claimed.add(id);
      ids.bind(p.frame?.el, id);
      ids.bind(p.row?.el, id);
      if (p.frame) frameEls.set(id, p.frame.el);
      roster.present(id);
      if (self.name && !me.id && self.name === p.name) me.decide(id, 'name', t, p.name);
      const { key, name, camera, muted, hand, speaking } = p;
      const visible = { speakVisible: !!p.frame, camVisible: camera !== undefined };
      const read = { key, name, camera, muted, selfMuted: selfAudio.muted, hand, speaking, ...visible };
      roster.update(id, read, id === me.id, t, renamed);
    }
    if (me.id && me.name && roster.get(me.id)?.name !== me.name) me.name = roster.get(me.id)?.name;
    for (const p of read.list) {
      for (const src of [p.row?.avatarSrc, p.frame?.avatarSrc]) if (src) pictures.set(src, p.key);
      if (ids.byKey.get(p.key) !== me.id || !me.id) continue;
      const own = p.row?.avatarSrc ?? p.frame?.avatarSrc ?? (p.row?.initial ? null : undefined);
      if (own !== undefined) selfPicture = own;
    }
    roster.absent(claimed, t);
    health.apply(R.rosterHealth(read, !!me.id, selfAudio.layer, ringInSmallCall));
  }

  /** The first ring in a small call: speaking becomes readable, said before the events it enables. */
  function noteSmallRing(): void {
    if (ringInSmallCall) return;
    ringInSmallCall = true;
    const last = health.last('speaking');
    if (last === undefined || last === 'ok') return; // a call-start read needs no health event
    health.set('speaking', 'ok', lastRead?.frameLayer ?? null);
    k.updateHealth();
  }

  /** Hot path: only `--active` modifiers moved; read the flipped frames' classes (kernel/speaking.ts). */
  function syncSpeaking(): void {
    const t = k.now();
    for (const frame of rings.changed(R.isActiveFrame, (f) => f)) {
      const id = ids.ofEl(frame);
      const p = id !== undefined && frameEls.get(id) === frame ? roster.get(id) : undefined;
      if (!p || !id) continue; // not on stage at the last roster read: that read's mutation follows
      const speaking = R.isActiveFrame(frame) && !p.muted;
      if (speaking && roster.size < R.RING_MIN_PARTICIPANTS) noteSmallRing();
      roster.setSpeaking(id, speaking, t);
    }
  }

  function syncCaptions(d: Document): void {
    const t = k.now();
    const c = R.readCaption(d);
    k.stream('captions', captions, c.box, R.captionHealth(c));
    if (!c.box) cap.close(); // captions off: the utterance is over
    if (!c.row || !c.text) return;
    const sig = c.avatarSrc ? `src:${c.avatarSrc}` : c.initial ? `ini:${c.initial}` : '';
    const out = cap.read(c.row, sig, c.text, (fresh) => {
      // Unattributed at its start (nobody active yet, self not known yet): it may be known since.
      const read = fresh ? (lastRead ?? R.readParticipants(d)) : lastRead;
      if (!read) return null;
      const self = me.id ? { id: me.id, name: roster.get(me.id)?.name, selfName: me.name } : undefined;
      const nameOf = (id: string) => roster.get(id)?.name;
      const who = R.captionSpeaker(d, c, read, pictures, selfPicture, ids.byKey, nameOf, self);
      return { name: who.name.slice(0, R.NAME_MAX), ...(who.id ? { id: who.id } : {}) };
    });
    if (out) k.emitCaption(t, out, out.speaker.name, out.speaker.id);
  }

  function syncChat(doc: Document): void {
    const t = k.now();
    const read = R.readChat(doc);
    k.stream('chat', chatRoot, read.list, R.chatHealth(read));
    for (const m of read.items) {
      if (!m.text || k.chat.has(m)) continue;
      // A run's later messages have no header: carry the sender from the message before (remembered even
      // after the virtualised list dropped it), else what the reader carried within the DOM.
      const carried = k.chat.sender(m.prevId);
      const sender = m.ownSender ? m.senderName : carried || m.senderName;
      // Zoom labels own messages with the self name (or "Me" in some builds).
      const isSelf = (!!me.name && sender === me.name) || SELF_CHAT.includes(sender);
      const name = (isSelf && me.name ? me.name : sender).slice(0, R.NAME_MAX);
      k.emitChat(t, m, { name, isSelf, id: isSelf ? me.id : ids.byKey.get(sender), raw: sender });
    }
  }

  const doc = () => frame.doc;
  const session = k.run(
    {
      doc,
      readPhase: R.readPhase,
      lobbyName: (ph, d) => (ph === 'lobby' ? { name: R.readLobbyName(d), layer: 'lobby:name-input' } : null),
      endShown: (d) => !!(queryFirst(d, ZOOM.endModal) || queryFirst(d, ZOOM.postMeeting)),
      meetingInfo: (d) => {
        const info = R.readMeetingInfo(d, top);
        return { code: info.meetingId, title: info.title };
      },
      // Meeting furniture on screen but no phase layer matched: Zoom changed its footer/markers.
      phaseBroken: (ph, d) => ph.phase === 'unknown' && R.looksLikeMeeting(d),
      attach,
      resolve: () => frame.resolve(),
      syncParticipants,
      syncPartial: () => {
        if (rings.size) syncSpeaking();
      },
      clearPartial: () => rings.clear(),
      syncCaptions,
      syncChat,
      onClick: (el) => !!el.closest(LEAVE_CSS),
      resetCall: () => {
        ids.clear();
        frameEls.clear();
        me.reset();
        cap.close();
        lastRead = null;
        ringInSmallCall = false;
        pictures.clear();
        selfPicture = undefined;
      },
      teardown: () => frame.stop(),
    },
    () => void frame.resolve(),
  );
  return { ...session, meetingDocument: doc };
}
