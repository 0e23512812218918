/**
 * The adapter kernel: session lifecycle, the scheduler and the phase machine every platform shares. A
 * platform supplies a `PlatformSpec` (its roots, readers and quirks); the kernel owns when things are read.
 *
 * Scheduler. Observers only mark what is dirty; all marks of one mutation batch merge into one microtask
 * flush, so DOM reads happen once per batch, never per record. A shell change marks `full` when it adds or
 * removes what a roster read reads (tiles, rows, self controls: `markShell`), else `phase` (toasts,
 * tooltips): roots and phase re-read, the rest only if a root was replaced or the call started or ended.
 * Either runs at most once per FULL_SYNC_MIN_MS: a phase change seen 100 ms late costs nothing — except
 * the end screen, which the spec says is never deferred (it is a few cheap lookups).
 *
 * Watchdog (2 s, the reference's consensus cadence): every tick re-finds replaced roots, reads the phase
 * (the end-miss count needs it) and re-reads only the participants the observers touched since the last
 * tick (`touch`: a safety net for a read that raced a re-render). Re-reading all 49 tiles every 2 s was
 * the largest share of the adapter's cost on a large call (issue 20) while the mutations had already said
 * it all. What no mutation reveals (a record the filters dropped, a video that went live without a media
 * event) is caught by the full pass: every `fullPassMs` (12 s, every sixth tick: such a miss is at most
 * that late, and the pass costs a sixth of what it did), and at once when a root was replaced, the
 * meeting document changed or a call started.
 *
 * Phase machine. `call.started` on the first in-call reading; `call.ended` on the end screen (its reason,
 * else `left` when the leave button was clicked in the last minute, else `unknown`), or after `endMisses`
 * consecutive watchdog ticks without an in-call reading (toolbars re-render and frames reload during a
 * call, so one miss is never an end).
 */
import type { EndReason, Platform, Signal } from '../../meeting/constants';
import type { MeetingEvent } from '../../meeting/events';
import { elementOf, isNoopRecord } from '../dom';
import type { AdapterContext, CallPhase } from '../types';
import { HealthTable, type SignalDiagnostics } from './health';
import { type PartState, Roster, type RosterOptions } from './roster';
import { SelfResolver } from './self';
import { SeenMessages } from './streams';

export interface KernelOptions {
  /** Tiles re-render (layout switch, pin, pagination): a participant must be absent this long before `left`. */
  leaveDebounceMs?: number;
  /** Watchdog period: roots, phase and the participants touched since the last tick. */
  watchdogMs?: number;
  /** The full re-read (everything, as on a call start) at most this far apart; the polling fallback. */
  fullPassMs?: number;
  /** Consecutive watchdog ticks without an in-call reading before `call.ended` (Vexa: 3 misses). */
  endMisses?: number;
}

export interface PhaseRead {
  phase: CallPhase;
  layer: string | null;
  endReason?: EndReason;
}

/** What a platform supplies. The readers get the meeting document (`doc`), asked only while there is one. */
export interface PlatformSpec {
  /** The document read now (Zoom's may be a frame's, re-resolved; null while there is none: phase unknown). */
  doc(): Document | null;
  readPhase(doc: Document): PhaseRead;
  /** Called with every phase reading, before the phase machine (pre-join names are read here). */
  notePhase?(ph: PhaseRead): void;
  /** The end screen is on: a deferred full read would report the end late. */
  endShown(doc: Document): boolean;
  meetingInfo(doc: Document): { code?: string | undefined; title?: string | undefined };
  /**
   * In a call, a meeting code other than the call's is a different meeting (a second call entered in the
   * same tab without an end screen): the call ends and a new one starts.
   */
  newCallOnCodeChange?: boolean;
  /** The pre-join screen's own name, asked on every phase reading out of a call (`ph`) and on clicks there. */
  lobbyName?(ph: CallPhase, doc: Document): { name?: string | undefined; layer: string | null } | null;
  /** Out of a call: the page shows meeting furniture but no phase layer matched (the markers drifted). */
  phaseBroken(ph: PhaseRead, doc: Document): boolean;
  /** Re-find replaced roots and re-attach their observers (through `Kernel.watch`: a swap is noticed). */
  attach(): void;
  /** Watchdog only, before `attach`: re-resolve the meeting document; true when it changed. */
  resolve?(): boolean;
  syncParticipants(doc: Document): void;
  /**
   * The hot path when the roster did not change: the participants `touch`ed since the last flush (`ids`),
   * plus the spec's own marks (speaking class flips).
   */
  syncPartial(ids: ReadonlySet<string>): void;
  clearPartial?(): void;
  syncCaptions(doc: Document): void;
  syncChat(doc: Document): void;
  /** Forget the call's own state (the roster is cleared by the kernel). */
  resetCall(): void;
  /** Remove the spec's own listeners. */
  teardown(): void;
  /** A click in the meeting document (captured): true when it hit the Leave control. */
  onClick?(target: Element): boolean;
  /** Out of a call, the phase a click on `target` is judged in (null: not a control; see `lobbyName`). */
  clickPhase?(target: Element): CallPhase | null;
}

/**
 * `phase`: the page shell changed without touching anything a roster read looks at (a toast, a tooltip):
 * roots and phase are re-read, and the rest only when a root was replaced or the call started or ended.
 */
export type Dirty = 'full' | 'phase' | 'participants' | 'captions' | 'chat';

const FULL_SYNC_MIN_MS = 100;
const FULL_PASS_MS = 12_000;
const LEAVE_CLICK_WINDOW_MS = 60_000;

export interface KernelSession {
  stop(): void;
  diagnostics(): Record<Signal, SignalDiagnostics>;
}

/** A root element with its own observer, re-attached only when the element changes. */
export class Watched {
  el: Element | null = null;
  constructor(
    private readonly mo: MutationObserver,
    private readonly init: MutationObserverInit,
    private readonly onSwap?: (prev: Element | null, next: Element | null) => void,
  ) {}
  set(el: Element | null): boolean {
    if (el === this.el) return false;
    this.mo.disconnect();
    this.onSwap?.(this.el, el);
    this.el = el;
    this.swapped = true;
    if (el) this.mo.observe(el, this.init);
    return true;
  }
  /** Set when the root changed; the kernel reads and clears it (a replaced root needs a full read). */
  swapped = false;
  /** Forget the root without observing anything (the document it was in is gone). */
  reset(): void {
    this.mo.disconnect();
    this.el = null;
  }
  has(n: Node): boolean {
    return !!this.el && this.el.contains(n);
  }
}

export class Kernel<S extends PartState> {
  readonly health = new HealthTable();
  readonly roster: Roster<S>;
  /** Chat messages already emitted this call. */
  readonly chat = new SeenMessages();
  stopped = false;
  inCall = false;
  callSeq = 0;
  private captionSeq = 0;
  private misses = 0;
  private leaveClickAt: number | null = null;
  private readonly dirty = { full: false, phase: false, participants: false, captions: false, chat: false };
  private flushQueued = false;
  private lastFullSyncAt = Number.NEGATIVE_INFINITY;
  private lastFullPassAt = Number.NEGATIVE_INFINITY;
  /** Participants touched since the last flush (re-read there) and since the last watchdog tick. */
  private readonly touched = new Set<string>();
  private readonly touchedSinceTick = new Set<string>();
  private readonly watched: Watched[] = [];
  private reactionSeen = new WeakSet<Element>();
  private clickDoc: Document | null = null;
  private readonly onClick = (e: Event): void => {
    const el = e.target as Element | null;
    if (el?.nodeType !== 1) return;
    if (this.spec.onClick?.(el)) this.noteLeaveClick();
    // "Join now" / "Ask to join": the pre-join name as typed at that moment (an input has no mutation).
    const ph = this.inCall ? null : this.spec.clickPhase?.(el);
    if (ph) this.noteLobby(ph);
  };
  /** The pre-join name: kept across calls in this tab (the account's name), replaced by each read. */
  lobby: { name: string; layer: string | null } | undefined;
  private callCode: string | undefined;
  private deferredFull: ReturnType<typeof setTimeout> | null = null;
  private readonly observers: MutationObserver[] = [];
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private spec!: PlatformSpec;
  private readonly MO: typeof MutationObserver;
  private readonly endMisses: number;
  private readonly watchdogMs: number;
  private readonly fullPassMs: number;
  readonly now: () => number;

  constructor(
    private readonly platform: Platform,
    win: Document,
    private readonly ctx: AdapterContext,
    opts: KernelOptions,
    roster: Omit<RosterOptions<S>, 'leaveDebounceMs'>,
  ) {
    this.MO = ((win.defaultView ?? globalThis) as typeof globalThis).MutationObserver;
    this.endMisses = opts.endMisses ?? 3;
    this.watchdogMs = opts.watchdogMs ?? 2000;
    this.fullPassMs = opts.fullPassMs ?? FULL_PASS_MS;
    this.now = () => ctx.now();
    this.roster = new Roster<S>(this.emit, this.now, {
      ...roster,
      leaveDebounceMs: opts.leaveDebounceMs ?? 3000,
    });
  }

  readonly emit = (e: MeetingEvent): void => {
    if (!this.stopped) this.ctx.emit(e);
  };

  observer(cb: MutationCallback): MutationObserver {
    const mo = new this.MO(cb);
    this.observers.push(mo);
    return mo;
  }

  /** A root with its own observer calling `cb` (see `Watched`). */
  watch(
    cb: MutationCallback,
    init: MutationObserverInit,
    onSwap?: (prev: Element | null, next: Element | null) => void,
  ): Watched {
    const w = new Watched(this.observer(cb), init, onSwap);
    this.watched.push(w);
    return w;
  }

  /**
   * A root whose records are judged one by one (`onRecord` gets the record and the element it concerns,
   * no-op records already dropped when `dropNoop`); one flush is queued when any record returned true.
   */
  watchRecords(
    onRecord: (r: MutationRecord, el: Element) => boolean | undefined,
    init: MutationObserverInit,
    {
      onSwap,
      dropNoop = false,
    }: { onSwap?: (prev: Element | null, next: Element | null) => void; dropNoop?: boolean } = {},
  ): Watched {
    return this.watch(
      (recs) => {
        let any = false;
        for (const r of recs) {
          const el = elementOf(r.target);
          if (el && !(dropNoop && isNoopRecord(r)) && onRecord(r, el)) any = true;
        }
        if (any) this.queueFlush();
      },
      init,
      onSwap,
    );
  }

  /**
   * A shell record: `full` when it is an attribute change or adds/removes anything matching `holders`
   * (tiles, rows, self controls, reactions: what a roster read reads), else `phase`. Looks only into the
   * added and removed subtrees, never the document; chat toasts in a busy call cost a phase read instead
   * of a 49-tile roster read each (issue 20).
   */
  markShell(r: MutationRecord, holders: string): void {
    const hit = (nodes: NodeList) => {
      for (const n of nodes)
        if (n.nodeType === 1 && ((n as Element).matches(holders) || (n as Element).querySelector(holders)))
          return true;
      return false;
    };
    this.mark(r.type !== 'childList' || hit(r.addedNodes) || hit(r.removedNodes) ? 'full' : 'phase');
  }

  /** Participant `id`'s own content changed: re-read just that one on the next flush. */
  touch(id: string): void {
    this.touched.add(id);
    this.touchedSinceTick.add(id);
  }

  /** A text stream's read: follow a replaced container, set its health. */
  stream(signal: 'captions' | 'chat', root: Watched, found: Element | null, h: SignalDiagnostics): void {
    if (found !== root.el) this.spec.attach();
    this.health.set(signal, h.state, h.layer);
  }

  emitCaption(
    t: number,
    c: { id: string; text: string; replaces: boolean },
    speakerName: string,
    speakerId: string | undefined,
  ): void {
    const ev = {
      type: 'caption',
      t,
      captionId: c.id,
      speakerName,
      text: c.text,
      replaces: c.replaces,
    } as const;
    this.emit(speakerId ? { ...ev, speakerId } : ev);
  }

  private noteLobby(ph: CallPhase): void {
    const doc = this.spec.doc();
    const r = doc && this.spec.lobbyName?.(ph, doc);
    if (r?.name) this.lobby = { name: r.name, layer: r.layer };
  }

  /** The local user's resolver; `layers` name the evidence of each source for health (`self`). */
  self<Src extends string>(
    strong: Src,
    layers: Record<Src, () => string>,
  ): SelfResolver<Src> & { layer(): string | null } {
    const me = new SelfResolver<Src>(
      strong,
      this.emit,
      (id) => this.roster.has(id),
      (id) => this.roster.get(id)?.name,
      () => this.health.set('self', 'ok', layer()),
    );
    const layer = () => (me.source ? layers[me.source]() : null);
    return Object.assign(me, { layer });
  }

  /** A reaction bubble, once per element (a re-read of the same bubble says nothing). */
  emitReaction(t: number, el: Element, id: string | null, emoji: string): void {
    if (this.reactionSeen.has(el)) return;
    this.reactionSeen.add(el);
    if (id && this.roster.has(id)) this.emit({ type: 'reaction', t, id, emoji });
  }

  /** The click listener follows the meeting document (Zoom's frame is replaced during a call). */
  private listen(): void {
    const doc = this.stopped ? null : this.spec.doc();
    if (doc === this.clickDoc) return;
    this.clickDoc?.removeEventListener('click', this.onClick, true);
    this.clickDoc = doc;
    doc?.addEventListener('click', this.onClick, true);
  }

  /** A chat message, once (`chat` remembers it by the page's id or element, with its sender). */
  emitChat(
    t: number,
    m: { id?: string | null; el: Element; text: string },
    sender: { name: string; isSelf: boolean; id: string | undefined; raw?: string },
  ): void {
    this.chat.add(m, sender.raw);
    const { name: senderName, isSelf, id: senderId } = sender;
    this.emit({ type: 'chat', t, senderName, isSelf, text: m.text, ...(senderId ? { senderId } : {}) });
  }

  mark(k: Dirty): void {
    this.dirty[k] = true;
    this.queueFlush();
  }
  queueFlush(): void {
    if (this.flushQueued || this.stopped) return;
    this.flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  noteLeaveClick(): void {
    this.leaveClickAt = this.ctx.now();
  }
  nextCaptionId(): string {
    return `${this.platform}-${this.callSeq}-c${++this.captionSeq}`;
  }
  updateHealth(ph?: PhaseRead): void {
    if (!this.inCall) {
      this.health.outOfCall();
      const doc = this.spec.doc();
      if (ph && doc && this.spec.phaseBroken(ph, doc)) this.health.set('phase', 'broken', null);
    }
    this.health.report(this.emit, this.ctx.now());
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.stopped) return;
    const d = this.dirty;
    if (d.full || d.phase) {
      let wait = this.lastFullSyncAt + FULL_SYNC_MIN_MS - this.ctx.now();
      const doc = this.spec.doc();
      if (wait > 0 && this.inCall && doc && this.spec.endShown(doc)) wait = 0;
      if (wait <= 0 && d.full) {
        this.fullSync(false);
        return;
      }
      if (wait <= 0) this.light(false);
      else
        this.deferredFull ??= setTimeout(() => {
          this.deferredFull = null;
          if (this.stopped) return;
          if (d.full) this.fullSync(false);
          else if (d.phase) this.light(false);
        }, wait);
    }
    const doc = this.spec.doc();
    if (!this.inCall || !doc) {
      d.participants = d.captions = d.chat = false;
      this.clearPartial();
      return;
    }
    if (d.participants) {
      d.participants = false;
      this.clearPartial();
      this.spec.syncParticipants(doc);
    } else {
      const ids = new Set(this.touched);
      this.touched.clear();
      this.spec.syncPartial(ids);
    }
    if (d.captions) {
      d.captions = false;
      this.spec.syncCaptions(doc);
    }
    if (d.chat) {
      d.chat = false;
      this.spec.syncChat(doc);
    }
    this.updateHealth();
  }

  private clearPartial(): void {
    this.touched.clear();
    this.spec.clearPartial?.();
  }

  /** The watchdog tick: a full pass when one is due or the document changed, else the light one. */
  private tick(): void {
    const now = this.ctx.now();
    const resolved = this.spec.resolve?.() === true;
    const due = now - this.lastFullPassAt >= this.fullPassMs || now < this.lastFullPassAt;
    if (resolved || !this.inCall || due) this.fullSync(true, true);
    else this.light(true);
  }

  /**
   * Roots and phase only; everything when a root was replaced or the call started or ended. From the
   * watchdog, also the participants touched since its last tick (empty too: evidence judged once a time
   * window closed, such as self by mute flips, needs a call).
   */
  private light(fromWatchdog: boolean): void {
    this.dirty.phase = false;
    this.lastFullSyncAt = this.ctx.now();
    this.spec.attach();
    this.listen();
    const ph = this.readPhase();
    this.notePhase(ph);
    const seq = this.callSeq;
    const was = this.inCall;
    this.handlePhase(ph, fromWatchdog);
    if (this.watched.some((w) => w.swapped) || seq !== this.callSeq || was !== this.inCall) {
      this.fullSync(fromWatchdog, true, ph);
      return;
    }
    const doc = this.spec.doc();
    if (fromWatchdog && this.inCall && doc) {
      const ids = new Set(this.touchedSinceTick);
      this.touchedSinceTick.clear();
      this.clearPartial();
      this.spec.syncPartial(ids);
    }
    this.updateHealth(ph);
  }

  /** Everything re-read (`resolved`: the document was re-resolved; `read`: this tick's phase, handled). */
  fullSync(fromWatchdog: boolean, resolved = false, read?: PhaseRead): void {
    const d = this.dirty;
    d.full = d.phase = d.participants = d.captions = d.chat = false;
    this.clearPartial();
    this.touchedSinceTick.clear();
    this.lastFullSyncAt = this.lastFullPassAt = this.ctx.now();
    if (fromWatchdog && !resolved) this.spec.resolve?.();
    this.spec.attach();
    this.listen();
    for (const w of this.watched) w.swapped = false;
    const ph = read ?? this.readPhase();
    if (!read) {
      this.notePhase(ph);
      this.handlePhase(ph, fromWatchdog);
    }
    const doc = this.spec.doc();
    if (this.inCall && doc) {
      this.spec.syncParticipants(doc);
      this.spec.syncCaptions(doc);
      this.spec.syncChat(doc);
    }
    this.updateHealth(ph);
  }

  private readPhase(): PhaseRead {
    const doc = this.spec.doc();
    return doc ? this.spec.readPhase(doc) : { phase: 'unknown', layer: null };
  }

  private notePhase(ph: PhaseRead): void {
    if (!this.inCall) this.noteLobby(ph.phase);
    this.spec.notePhase?.(ph);
  }

  private handlePhase(ph: PhaseRead, fromWatchdog: boolean): void {
    this.health.set('phase', ph.phase === 'unknown' ? 'not_visible' : 'ok', ph.layer);
    if (!this.inCall) {
      if (ph.phase === 'in_call') this.startCall();
      return;
    }
    if (ph.phase === 'ended') {
      this.endCall(ph.endReason && ph.endReason !== 'unknown' ? ph.endReason : this.fallbackReason());
      return;
    }
    if (ph.phase !== 'in_call') {
      if (fromWatchdog && ++this.misses >= this.endMisses) this.endCall(this.fallbackReason());
      return;
    }
    this.misses = 0;
    if (!this.spec.newCallOnCodeChange) return;
    const doc = this.spec.doc();
    const code = doc ? this.spec.meetingInfo(doc).code : undefined;
    if (code && this.callCode && code !== this.callCode) {
      this.endCall('unknown');
      this.startCall();
    }
  }

  private fallbackReason(): EndReason {
    const at = this.leaveClickAt;
    return at !== null && this.ctx.now() - at <= LEAVE_CLICK_WINDOW_MS ? 'left' : 'unknown';
  }

  private startCall(): void {
    this.inCall = true;
    this.misses = 0;
    this.callSeq++;
    const doc = this.spec.doc();
    const info = doc ? this.spec.meetingInfo(doc) : {};
    this.callCode = info.code;
    const ev: MeetingEvent = { type: 'call.started', t: this.ctx.now(), platform: this.platform };
    if (info.code) ev.meetingCode = info.code;
    if (info.title) ev.title = info.title;
    this.emit(ev);
    this.health.forget();
  }

  private endCall(reason: EndReason): void {
    const t = this.ctx.now();
    this.roster.endCall(t);
    this.emit({ type: 'call.ended', t, reason });
    this.inCall = false;
    this.misses = 0;
    this.leaveClickAt = null;
    this.callCode = undefined;
    this.roster.clear();
    this.chat.clear();
    this.reactionSeen = new WeakSet();
    this.spec.resetCall();
  }

  /** Start reading the page with `spec`: one full read now, then mutations and the watchdog. */
  run(spec: PlatformSpec, init?: () => void): KernelSession {
    this.spec = spec;
    const session: KernelSession = { stop: () => this.stop(), diagnostics: () => this.health.snapshot() };
    if (this.ctx.signal.aborted) {
      this.stopped = true;
      spec.teardown();
      return session;
    }
    this.watchdog = setInterval(() => {
      if (!this.stopped) this.tick();
    }, this.watchdogMs);
    this.ctx.signal.addEventListener('abort', () => this.stop(), { once: true });
    init?.();
    this.fullSync(false);
    return session;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.watchdog);
    if (this.deferredFull) clearTimeout(this.deferredFull);
    this.roster.clear();
    for (const o of this.observers) o.disconnect();
    this.listen();
    this.spec.teardown();
    this.chat.clear();
    this.spec.resetCall();
  }
}
