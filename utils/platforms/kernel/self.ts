/**
 * Which participant is the local user, decided from layered evidence (sticky once decided). A platform
 * names its sources; `strong` ones (a page mark such as Meet's People panel "(You)") override any other
 * decision, every other source decides first-come and none overrides another.
 *
 * Correlation sources (Meet's captions "You" label and its toolbar-mic/tile mute flips) decide only on
 * agreement: a candidate needs SELF_VOTES_NEEDED observations more than all other candidates of that
 * source together, because captions lag speech and a coincidental mute elsewhere can mislead one.
 */
import type { MeetingEvent } from '../../meeting/events';

/** Agreeing observations a correlation source needs before it decides self. */
const SELF_VOTES_NEEDED = 2;
/** A self-side toggle and a participant's toggle this close together are "the same moment". */
const FLIP_CORRELATION_MS = 1000;
/** Bound on remembered flips awaiting correlation. */
const MAX_FLIPS = 32;

export class SelfResolver<Src extends string> {
  id: string | undefined;
  name: string | undefined;
  source: Src | undefined;
  private votes = new Map<Src, Map<string, number>>();
  private lastVoteAt = new Map<Src, number>();
  private lastSelfFlip: boolean | undefined;
  private selfFlips: { on: boolean; t: number }[] = [];
  private otherFlips: { id: string; on: boolean; t: number }[] = [];

  constructor(
    private readonly strong: Src,
    private readonly emit: (e: MeetingEvent) => void,
    private readonly known: (id: string) => boolean,
    private readonly nameOf: (id: string) => string | undefined,
    /** Called whenever the decision or its source changes. */
    private readonly changed: () => void,
  ) {}

  /** `strong` overrides; every other source is first-come and sticky. */
  decide(id: string, source: Src, t: number, name?: string): void {
    if (this.id === id) {
      if (source === this.strong && this.source !== this.strong) {
        this.source = source;
        if (name) this.name = name;
        this.changed();
      }
      return;
    }
    if (this.id && source !== this.strong) return;
    this.id = id;
    this.source = source;
    this.name = name || this.nameOf(id) || undefined;
    this.resetEvidence();
    this.changed();
    // Known before the join: the join itself carries isSelf.
    if (this.known(id)) this.emit({ type: 'participant.self', t, id });
  }

  /**
   * One observation for `id` (none: nobody fits); decide when it leads all other candidates of this source
   * by 2. Observations of a source closer than `gapMs` to its last counted one are the same observation.
   */
  vote(source: Src, id: string | undefined, t: number, gapMs = 0): void {
    if (!id || !this.known(id)) return;
    if (gapMs > 0) {
      const last = this.lastVoteAt.get(source);
      if (last !== undefined && t - last < gapMs) return;
      this.lastVoteAt.set(source, t);
    }
    let votes = this.votes.get(source);
    if (!votes) {
      votes = new Map();
      this.votes.set(source, votes);
    }
    const mine = (votes.get(id) ?? 0) + 1;
    votes.set(id, mine);
    let others = 0;
    for (const [k, v] of votes) if (k !== id) others += v;
    if (mine >= SELF_VOTES_NEEDED + others) this.decide(id, source, t);
  }

  /** The self-side toggle's state (Meet's toolbar mic); a change is a flip to correlate. */
  noteSelfToggle(on: boolean | undefined, t: number): void {
    if (on === undefined) return;
    if (!this.id && this.lastSelfFlip !== undefined && on !== this.lastSelfFlip)
      bounded(this.selfFlips, { on, t });
    this.lastSelfFlip = on;
  }
  noteOtherToggle(id: string, on: boolean, t: number): void {
    if (!this.id) bounded(this.otherFlips, { id, on, t });
  }

  /**
   * A self-side flip is judged once its window has closed (a tile may re-render a little after the toolbar):
   * exactly one participant flipped the same way within ±1 s → one observation; none or several → none.
   */
  settle(source: Src, now: number): void {
    if (this.id) return;
    while (this.selfFlips.length && now - this.selfFlips[0]!.t >= FLIP_CORRELATION_MS) {
      const f = this.selfFlips.shift()!;
      const ids = new Set<string>();
      for (const x of this.otherFlips)
        if (x.on === f.on && Math.abs(x.t - f.t) <= FLIP_CORRELATION_MS) ids.add(x.id);
      if (ids.size === 1) this.vote(source, [...ids][0]!, now);
      if (this.id) return;
    }
    const horizon = (this.selfFlips[0]?.t ?? now) - FLIP_CORRELATION_MS;
    while (this.otherFlips.length && this.otherFlips[0]!.t < horizon) this.otherFlips.shift();
  }

  resetEvidence(): void {
    this.votes.clear();
    this.selfFlips.length = 0;
    this.otherFlips.length = 0;
  }

  reset(): void {
    this.id = this.name = this.source = undefined;
    this.resetEvidence();
    this.lastSelfFlip = undefined;
    this.lastVoteAt.clear();
  }
}

function bounded<T>(list: T[], x: T): void {
  list.push(x);
  if (list.length > MAX_FLIPS) list.shift();
}
