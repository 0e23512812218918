/**
 * The adapter kernel: session lifecycle, the scheduler and the phase machine every platform shares. A
 * platform supplies a `PlatformSpec` (its roots, readers and quirks); the kernel owns when things are read.
 *
 * Scheduler. Observers only mark what is dirty; all marks of one mutation batch merge into one microtask
 * flush, so DOM reads happen once per batch, never per record. A `full` mark (shell changes: toasts,
 * tooltips, panels) re-reads the phase and everything, at most once per FULL_SYNC_MIN_MS: a phase change
 * seen 100 ms late costs nothing — except the end screen, which the spec says is never deferred (it is a
 * few cheap lookups). The watchdog (2 s, the reference's consensus cadence) re-finds replaced roots and
 * re-reads everything, which doubles as the polling fallback for whatever no mutation revealed.
 *
 * Phase machine. `call.started` on the first in-call reading; `call.ended` on the end screen (its reason,
 * else `left` when the leave button was clicked in the last minute, else `unknown`), or after `endMisses`
 * consecutive watchdog ticks without an in-call reading (toolbars re-render and frames reload during a
 * call, so one miss is never an end).
 */
import type { EndReason, Platform, Signal } from '../../meeting/constants';
import type { MeetingEvent } from '../../meeting/events';
import type { AdapterContext, CallPhase } from '../types';
import { HealthTable, type SignalDiagnostics } from './health';
import { type PartState, Roster, type RosterOptions } from './roster';

export interface KernelOptions {
  /** Tiles re-render (layout switch, pin, pagination): a participant must be absent this long before `left`. */
  leaveDebounceMs?: number;
  /** Watchdog / polling fallback period. */
  watchdogMs?: number;
  /** Consecutive watchdog ticks without an in-call reading before `call.ended` (Vexa: 3 misses). */
  endMisses?: number;
}

export interface PhaseRead {
  phase: CallPhase;
  layer: string | null;
  endReason?: EndReason;
}

export interface PlatformSpec {
  /** The document read now (Zoom's may be a frame's, re-resolved; null while there is none). */
  doc(): Document | null;
  readPhase(): PhaseRead;
  /** Called with every phase reading, before the phase machine (pre-join names are read here). */
  notePhase?(ph: PhaseRead): void;
  /** The end screen is on: a deferred full read would report the end late. */
  endShown(): boolean;
  meetingInfo(): { code?: string | undefined; title?: string | undefined };
  /** In a call: a different meeting is on screen now (a second call in the tab, no end screen between). */
  otherMeeting?(): boolean;
  /** Out of a call: the page shows meeting furniture but no phase layer matched (the markers drifted). */
  phaseBroken(ph: PhaseRead): boolean;
  /** Re-find replaced roots and re-attach their observers. */
  attach(): void;
  /** Watchdog only, before `attach`: re-resolve the meeting document. */
  resolve?(): void;
  syncParticipants(): void;
  /** The hot path when the roster did not change (speaking class flips, one participant's content). */
  syncPartial(): void;
  clearPartial(): void;
  syncCaptions(): void;
  syncChat(): void;
  /** Forget the call's own state (the roster is cleared by the kernel). */
  resetCall(): void;
  /** Remove the spec's own listeners. */
  teardown(): void;
}

export type Dirty = 'full' | 'participants' | 'captions' | 'chat';

const FULL_SYNC_MIN_MS = 100;
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
    if (el) this.mo.observe(el, this.init);
    return true;
  }
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
  stopped = false;
  inCall = false;
  callSeq = 0;
  private captionSeq = 0;
  private misses = 0;
  private leaveClickAt: number | null = null;
  private readonly dirty = { full: false, participants: false, captions: false, chat: false };
  private flushQueued = false;
  private lastFullSyncAt = Number.NEGATIVE_INFINITY;
  private deferredFull: ReturnType<typeof setTimeout> | null = null;
  private readonly observers: MutationObserver[] = [];
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private spec!: PlatformSpec;
  private readonly MO: typeof MutationObserver;
  private readonly endMisses: number;
  private readonly watchdogMs: number;
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
    return new Watched(this.observer(cb), init, onSwap);
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
      if (ph && this.spec.phaseBroken(ph)) this.health.set('phase', 'broken', null);
    }
    this.health.report(this.emit, this.ctx.now());
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.stopped) return;
    const d = this.dirty;
    if (d.full) {
      let wait = this.lastFullSyncAt + FULL_SYNC_MIN_MS - this.ctx.now();
      if (wait > 0 && this.inCall && this.spec.endShown()) wait = 0;
      if (wait <= 0) {
        this.fullSync(false);
        return;
      }
      this.deferredFull ??= setTimeout(() => {
        this.deferredFull = null;
        if (!this.stopped) this.fullSync(false);
      }, wait);
    }
    if (!this.inCall || !this.spec.doc()) {
      d.participants = d.captions = d.chat = false;
      this.spec.clearPartial();
      return;
    }
    if (d.participants) {
      d.participants = false;
      this.spec.clearPartial();
      this.spec.syncParticipants();
    } else this.spec.syncPartial();
    if (d.captions) {
      d.captions = false;
      this.spec.syncCaptions();
    }
    if (d.chat) {
      d.chat = false;
      this.spec.syncChat();
    }
    this.updateHealth();
  }

  fullSync(fromWatchdog: boolean): void {
    const d = this.dirty;
    d.full = d.participants = d.captions = d.chat = false;
    this.spec.clearPartial();
    this.lastFullSyncAt = this.ctx.now();
    if (fromWatchdog) this.spec.resolve?.();
    this.spec.attach();
    const ph = this.spec.readPhase();
    this.spec.notePhase?.(ph);
    this.handlePhase(ph, fromWatchdog);
    if (this.inCall && this.spec.doc()) {
      this.spec.syncParticipants();
      this.spec.syncCaptions();
      this.spec.syncChat();
    }
    this.updateHealth(ph);
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
    if (this.spec.otherMeeting?.()) {
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
    const info = this.spec.meetingInfo();
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
    this.roster.clear();
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
      if (!this.stopped) this.fullSync(true);
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
    this.spec.teardown();
    this.spec.resetCall();
  }
}
