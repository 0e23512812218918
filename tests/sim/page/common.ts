/**
 * Shared browser-side pieces of the simulator: the model of who is in the call, the real-time player,
 * the fake camera feed, and a tiny DOM builder. Runs in the simulated page (bundled by ../build.ts) and in
 * happy-dom (to write the static fixtures), so nothing here may assume a real browser without checking.
 */
import type { Scenario } from '../scenario';
import { type EndReason, type Phase, type TimelineEvent, timelineEnd } from '../timeline';

export interface PersonState {
  id: string;
  /** Position in the scenario's participant list; drives deterministic cosmetics (avatar colour, picture). */
  index: number;
  name: string;
  isSelf: boolean;
  host: boolean;
  present: boolean;
  camera: boolean;
  muted: boolean;
  hand: boolean;
  speaking: boolean;
  /** Order in which hands went up (for the "Raised hands" queue). */
  handSeq: number;
}

export class SimModel {
  readonly people = new Map<string, PersonState>();
  phase: Phase;
  captionsOn: boolean;
  ended: EndReason | null = null;
  private handCounter = 0;

  constructor(readonly scenario: Scenario) {
    this.phase = scenario.initialPhase;
    this.captionsOn = scenario.captions;
    scenario.participants.forEach((p, index) => {
      this.people.set(p.id, {
        id: p.id,
        index,
        name: p.name,
        isSelf: p.isSelf,
        host: p.host,
        present: p.present,
        camera: p.camera,
        muted: p.muted,
        hand: false,
        speaking: false,
        handSeq: 0,
      });
    });
  }

  get self(): PersonState {
    for (const p of this.people.values()) if (p.isSelf) return p;
    throw new Error('scenario without self');
  }

  present(): PersonState[] {
    return [...this.people.values()].filter((p) => p.present);
  }

  /** Updates the model; renderers read it after. */
  apply(ev: TimelineEvent): void {
    const p = 'who' in ev ? this.people.get(ev.who) : undefined;
    switch (ev.kind) {
      case 'join':
        p!.present = true;
        break;
      case 'leave':
        p!.present = false;
        p!.speaking = false;
        p!.hand = false;
        break;
      case 'rename':
        p!.name = ev.name;
        break;
      case 'speak':
        p!.speaking = ev.on;
        break;
      case 'camera':
        p!.camera = ev.on;
        break;
      case 'mute':
        p!.muted = ev.muted;
        if (ev.muted) p!.speaking = false;
        break;
      case 'hand':
        p!.hand = ev.raised;
        if (ev.raised) p!.handSeq = ++this.handCounter;
        break;
      case 'captions':
        this.captionsOn = ev.on;
        break;
      case 'phase':
        this.phase = ev.phase;
        break;
      case 'end':
        this.ended = ev.reason;
        for (const q of this.people.values()) q.speaking = false;
        break;
      default:
        break;
    }
  }
}

export interface Renderer {
  /** Builds the page for the model's current state (replacing whatever the static fixture held). */
  mount(): void;
  /** Called after the model applied `ev`. */
  apply(ev: TimelineEvent): void;
}

export interface SimState {
  platform: 'meet' | 'zoom';
  phase: Phase | 'ended';
  playing: boolean;
  ended: boolean;
  endReason: EndReason | null;
  /** `performance.timeOrigin + performance.now()` when play() started: the adapters' clock. */
  startedAt: number | null;
  /** Scenario milliseconds played so far. */
  elapsedMs: number;
  eventsApplied: number;
  eventsTotal: number;
  speaking: string[];
}

export interface SimApi {
  play(): void;
  readonly state: SimState;
  readonly done: Promise<void>;
}

/** Plays the expanded timeline with real timers. `speed` > 1 plays faster (for quick checks only). */
export class Player {
  private i = 0;
  private t0 = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private resolveDone!: () => void;
  readonly done: Promise<void>;
  readonly state: SimState;
  private readonly endT: number;

  constructor(
    private readonly model: SimModel,
    private readonly events: TimelineEvent[],
    private readonly renderer: Renderer,
    platform: 'meet' | 'zoom',
    private readonly speed = 1,
  ) {
    this.done = new Promise((r) => {
      this.resolveDone = r;
    });
    this.endT = timelineEnd(model.scenario, events);
    this.state = {
      platform,
      phase: model.phase,
      playing: false,
      ended: false,
      endReason: null,
      startedAt: null,
      elapsedMs: 0,
      eventsApplied: 0,
      eventsTotal: events.length,
      speaking: [],
    };
  }

  play(): void {
    if (this.state.playing || this.state.ended) return;
    this.state.playing = true;
    this.t0 = performance.now();
    this.state.startedAt = performance.timeOrigin + this.t0;
    this.tick();
  }

  private tick = (): void => {
    this.timer = null;
    const elapsed = (performance.now() - this.t0) * this.speed;
    while (this.i < this.events.length && this.events[this.i]!.t <= elapsed) {
      const ev = this.events[this.i++]!;
      this.model.apply(ev);
      try {
        this.renderer.apply(ev);
      } catch (e) {
        console.error('[rapport-sim] render failed', ev, e);
      }
      this.state.eventsApplied++;
    }
    this.state.elapsedMs = Math.min(elapsed, this.endT);
    this.state.phase = this.model.ended ? 'ended' : this.model.phase;
    this.state.speaking = [...this.model.people.values()].filter((p) => p.speaking).map((p) => p.id);
    if (this.model.ended || (this.i >= this.events.length && elapsed >= this.endT)) {
      this.state.ended = true;
      this.state.endReason = this.model.ended;
      this.state.playing = false;
      this.resolveDone();
      return;
    }
    const nextT = this.i < this.events.length ? Math.min(this.events[this.i]!.t, this.endT) : this.endT;
    this.timer = setTimeout(this.tick, Math.max(0, (nextT - elapsed) / this.speed));
  };

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

// ---------------------------------------------------------------------------------------------------------
// DOM helpers

type Attrs = Record<string, string | number | boolean | undefined | null>;
export type Child = Node | string | null | undefined | false;

/** Creates an element; text children become text nodes (never parsed as HTML: names are hostile input). */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K];
export function h(doc: Document, tag: string, attrs?: Attrs, ...children: Child[]): HTMLElement;
export function h(doc: Document, tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return el;
}

export function setShown(el: HTMLElement, shown: boolean): void {
  el.style.display = shown ? '' : 'none';
}

export function initials(name: string): string {
  const first = [...name.trim()][0] ?? '?';
  return first.toLocaleUpperCase();
}

let fixedNow: Date | null = null;
/** Pins the clock shown in chat timestamps (static fixtures must be byte-for-byte reproducible). */
export function pinClock(d: Date | null): void {
  fixedNow = d;
}
const now = () => fixedNow ?? new Date();

/** "10:42" for the sim's wall clock; both apps show local time. */
export function clock(d = now()): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function clock12(d = now()): string {
  const hr = d.getHours() % 12 || 12;
  return `${hr}:${String(d.getMinutes()).padStart(2, '0')} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
}

// ---------------------------------------------------------------------------------------------------------
// Camera: one canvas painted a few times a second, captured once, shared by every camera-on <video>.

let feed: MediaStream | null | undefined;

function cameraStream(doc: Document): MediaStream | null {
  if (feed !== undefined) return feed;
  const canvas = doc.createElement('canvas') as HTMLCanvasElement & { captureStream?: () => MediaStream };
  const ctx = typeof canvas.captureStream === 'function' ? canvas.getContext('2d') : null;
  if (!ctx || typeof canvas.captureStream !== 'function') {
    feed = null;
    return feed;
  }
  canvas.width = 160;
  canvas.height = 90;
  let frame = 0;
  const paint = () => {
    frame++;
    ctx.fillStyle = `hsl(${(frame * 7) % 360} 45% 40%)`;
    ctx.fillRect(0, 0, 160, 90);
    ctx.fillStyle = '#fff';
    ctx.fillRect((frame * 4) % 160, 40, 12, 12);
  };
  paint();
  feed = canvas.captureStream();
  // The stream only yields frames when the canvas is repainted; 10 fps keeps every video at readyState 4.
  win(doc).setInterval(paint, 100);
  return feed;
}

/** Camera on: a playing <video> fed by the canvas stream (readyState reaches 4). Off: hidden, no source. */
export function setCamera(video: HTMLVideoElement, on: boolean): void {
  if (on) {
    const stream = cameraStream(video.ownerDocument);
    video.style.display = '';
    if (stream && video.srcObject !== stream) {
      video.muted = true;
      video.srcObject = stream;
      video.play().catch(() => {});
    }
  } else {
    video.style.display = 'none';
    if ('srcObject' in video && video.srcObject) {
      video.pause();
      video.srcObject = null;
    }
  }
}

export function newVideo(doc: Document, cls?: string): HTMLVideoElement {
  const v = h(doc, 'video', { class: cls, autoplay: true, playsinline: true, muted: true });
  v.muted = true;
  return v;
}

/** Cosmetic style injected once; classes are the platforms' hooks, the look is only for screenshots. */
export function addStyle(doc: Document, css: string): void {
  const s = doc.createElement('style');
  s.setAttribute('data-sim-style', '');
  s.textContent = css;
  doc.head.append(s);
}

/** Timers of the document's own window (happy-dom's when writing fixtures, so they die with it). */
export function win(doc: Document): Window & typeof globalThis {
  return (doc.defaultView ?? globalThis) as Window & typeof globalThis;
}

export function removeAfter(el: Element, ms: number): void {
  win(el.ownerDocument).setTimeout(() => el.remove(), ms);
}
