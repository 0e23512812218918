/**
 * The roster diff both platforms share: reader output per participant → normalized events, with the leave
 * debounce and one visibility model (issue 18; "Late-decided facts" in meeting/events.ts).
 *
 * Visibility: `speakVisible` / `camVisible` say whether the page shows us that participant's speaking and
 * camera right now (Meet: a stage tile; Zoom: a frame / the pane's video icon). The model turns speaking and
 * camera off with the visibility, so becoming visible again re-announces whatever is on — after the
 * visibility event, or the model would ignore it.
 *
 * Leaves: a participant gone from every source may only be re-rendering (layout switch, pin, pagination),
 * so the leave is confirmed after `leaveDebounceMs`. What is known at once is said at once, at the vanish
 * time: speaking stopped and camera off if they were on, and not visible. A return within the debounce is a
 * visibility return; a confirmed leave is `participant.left` at the confirmation time with `at` = the vanish
 * time. Never a backdated `t`: the model rejects events far behind the last one.
 */
import type { MeetingEvent } from '../../meeting/events';
import { idByName, sameName } from '../dom';

export interface PartState {
  name: string;
  camera: boolean;
  muted: boolean;
  hand: boolean;
  speaking: boolean;
  speakVisible: boolean;
  camVisible: boolean;
}

export interface RosterOptions<S extends PartState> {
  leaveDebounceMs: number;
  /**
   * Where a visibility change goes relative to the state changes of the same read. `first` (Zoom): always
   * before them. `around` (Meet): a return before them, a disappearance (and a join out of sight) after
   * them — the order each adapter has emitted since issue 18, which the recorded scenarios pin.
   */
  visibilityOrder: 'first' | 'around';
  /** A muted participant is not speaking, whatever the indicator still shows (Zoom's ring lingers). */
  silentWhenMuted?: boolean;
  /** Asked when the debounce ends: still on the page after all (a missed return)? */
  stillPresent(id: string, p: S): boolean;
  /** A confirmed leave: drop the platform's own per-participant memory. */
  forget(id: string, p: S): void;
}

/**
 * One read of a participant: camera and mute may be unknown (undefined: not rendered right now), which
 * keeps the last state (absence is not "off"); the self's own toolbar mute, when read, wins over its tile.
 */
export type Reading<S extends PartState> = Omit<S, 'camera' | 'muted'> & {
  camera: boolean | undefined;
  muted: boolean | undefined;
  selfMuted?: boolean | undefined;
};

type Emit = (e: MeetingEvent) => void;

export class Roster<S extends PartState> {
  readonly parts = new Map<string, S>();
  private readonly pending = new Map<string, { since: number; timer: ReturnType<typeof setTimeout> }>();

  constructor(
    private readonly emit: Emit,
    private readonly now: () => number,
    private readonly opts: RosterOptions<S>,
  ) {}

  get(id: string): S | undefined {
    return this.parts.get(id);
  }
  has(id: string): boolean {
    return this.parts.has(id);
  }
  get size(): number {
    return this.parts.size;
  }
  isPending(id: string): boolean {
    return this.pending.has(id);
  }

  /** How many participants bear `name` (after Unicode and whitespace folding). */
  countNamed(name: string): number {
    let n = 0;
    for (const p of this.parts.values()) if (sameName(p.name, name)) n++;
    return n;
  }
  /** The participant with exactly this display name, when only one has it. */
  idByName(name: string): string | undefined {
    return idByName(this.parts, name) ?? undefined;
  }
  /** The only participant speaking among those `visible` (undefined: none or several). */
  onlySpeaker(visible: (id: string) => boolean): string | undefined {
    let only: string | undefined;
    for (const [id, p] of this.parts) {
      if (!p.speaking || !visible(id)) continue;
      if (only) return undefined;
      only = id;
    }
    return only;
  }

  /** Seen in this read: a pending leave was a re-render. */
  present(id: string): void {
    const pend = this.pending.get(id);
    if (!pend) return;
    clearTimeout(pend.timer);
    this.pending.delete(id);
  }

  /** Diff `next` against the last state of `id` and emit what changed; `renamed` forces a rename event. */
  apply(id: string, next: S, isSelf: boolean, t: number, renamed = false): void {
    const emit = this.emit;
    let prev = this.parts.get(id);
    const hidden = !next.speakVisible || !next.camVisible;
    const vis = () =>
      emit({ type: 'participant.visibility', t, id, speaking: next.speakVisible, camera: next.camVisible });
    const around = this.opts.visibilityOrder === 'around';
    if (!prev) {
      emit({ type: 'participant.joined', t, id, name: next.name, isSelf });
      if (hidden && !around) vis();
      // Only non-default states are announced on join (default: camera off, unmuted, hand down, silent).
      if (next.camera) emit({ type: 'camera.on', t, id });
      if (next.muted) emit({ type: 'mic.muted', t, id });
      if (next.hand) emit({ type: 'hand.raised', t, id });
      if (next.speaking) emit({ type: 'speaking.started', t, id });
      if (hidden && around) vis();
      this.parts.set(id, next);
      return;
    }
    const visChanged = next.speakVisible !== prev.speakVisible || next.camVisible !== prev.camVisible;
    const visLate = visChanged && around && hidden;
    if (visChanged && around && !hidden) vis();
    if (renamed || (next.name && next.name !== prev.name))
      emit({ type: 'participant.renamed', t, id, name: next.name });
    if (visChanged && !around) vis();
    if (visChanged && !visLate) {
      // What is on now is news to the model (what also went off in the page is still reported, for the
      // roster's raw state).
      if (next.speakVisible && !prev.speakVisible)
        prev = { ...prev, speaking: prev.speaking && !next.speaking };
      if (next.camVisible && !prev.camVisible) prev = { ...prev, camera: prev.camera && !next.camera };
    }
    if (next.camera !== prev.camera) emit({ type: next.camera ? 'camera.on' : 'camera.off', t, id });
    if (next.muted !== prev.muted) emit({ type: next.muted ? 'mic.muted' : 'mic.unmuted', t, id });
    if (next.hand !== prev.hand) emit({ type: next.hand ? 'hand.raised' : 'hand.lowered', t, id });
    if (next.speaking !== prev.speaking)
      emit({ type: next.speaking ? 'speaking.started' : 'speaking.stopped', t, id });
    if (visLate) vis();
    this.parts.set(id, next.name ? next : { ...next, name: prev.name });
  }

  /** `apply` for a reading with unknowns (see `Reading`); returns the state applied. */
  update(id: string, r: Reading<S>, isSelf: boolean, t: number, renamed = false): S {
    const prev = this.parts.get(id);
    const { selfMuted, ...rest } = r;
    const muted = isSelf && selfMuted !== undefined ? selfMuted : (r.muted ?? prev?.muted ?? false);
    const next = { ...rest, camera: r.camera ?? prev?.camera ?? false, muted } as unknown as S;
    if (muted && this.opts.silentWhenMuted) next.speaking = false;
    this.apply(id, next, isSelf, t, renamed);
    return next;
  }

  /** The hot path's one change: a speaking flip read from a class. */
  setSpeaking(id: string, speaking: boolean, t: number): void {
    const p = this.parts.get(id);
    if (!p || p.speaking === speaking) return;
    p.speaking = speaking;
    this.emit({ type: speaking ? 'speaking.started' : 'speaking.stopped', t, id });
  }

  /** Everyone not in `seen` and not already pending vanished at `t`: report it, start the debounce. */
  absent(seen: { has(id: string): boolean }, t: number): void {
    for (const id of this.parts.keys()) {
      if (seen.has(id) || this.pending.has(id)) continue;
      this.vanished(id, t);
      const timer = setTimeout(() => this.confirm(id, t), this.opts.leaveDebounceMs);
      this.pending.set(id, { since: t, timer });
    }
  }

  private vanished(id: string, t: number): void {
    const p = this.parts.get(id)!;
    if (p.speaking) this.emit({ type: 'speaking.stopped', t, id });
    if (p.camera) this.emit({ type: 'camera.off', t, id });
    if (p.speakVisible || p.camVisible)
      this.emit({ type: 'participant.visibility', t, id, speaking: false, camera: false });
    p.speaking = p.camera = p.speakVisible = p.camVisible = false;
  }

  private confirm(id: string, since: number): void {
    this.pending.delete(id);
    const p = this.parts.get(id);
    if (!p || this.opts.stillPresent(id, p)) return;
    this.left(id, p, since, this.now());
    this.opts.forget(id, p);
  }

  private left(id: string, p: S, since: number, t: number): void {
    if (p.speaking) this.emit({ type: 'speaking.stopped', t, id });
    // Decided now, effective when the tile went: reported in time order (never a backdated `t`).
    this.emit({ type: 'participant.left', t, id, at: Math.min(since, t) });
    this.parts.delete(id);
  }

  /** The call ended: pending leaves left when they vanished; whoever still speaks stops. */
  endCall(t: number): void {
    for (const [id, pend] of this.pending) {
      clearTimeout(pend.timer);
      const p = this.parts.get(id);
      if (p) this.left(id, p, pend.since, t);
      else this.emit({ type: 'participant.left', t, id, at: Math.min(pend.since, t) });
    }
    this.pending.clear();
    for (const [id, p] of this.parts) if (p.speaking) this.emit({ type: 'speaking.stopped', t, id });
  }

  clear(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    this.parts.clear();
  }
}
