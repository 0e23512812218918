/**
 * Text streams (captions, chat): entry ids and the bounded memory of what was already said. Pages keep
 * re-rendering the same messages (virtualised lists, a CC toggle re-drawing recent captions); each entry is
 * emitted once, and a caption being rewritten keeps its id with `replaces: true`.
 */

/** Chat messages already emitted: by the page's message id (bounded, oldest forgotten) or by element. */
export class SeenMessages {
  private ids = new Map<string, string>();
  private els = new WeakSet<Element>();
  constructor(private readonly max = 2000) {}

  has(m: { id?: string | null | undefined; el: Element }): boolean {
    return m.id ? this.ids.has(m.id) : this.els.has(m.el);
  }
  /** Remember `m` with its sender (a run's later messages carry no header: they take the one before). */
  add(m: { id?: string | null | undefined; el: Element }, sender = ''): void {
    if (!m.id) {
      this.els.add(m.el);
      return;
    }
    this.ids.set(m.id, sender);
    if (this.ids.size > this.max) {
      const oldest = this.ids.keys().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
  }
  sender(id: string | null | undefined): string {
    return (id && this.ids.get(id)) || '';
  }
  clear(): void {
    this.ids.clear();
    this.els = new WeakSet();
  }
}

/** A bounded insertion-ordered map: the most recent `max` entries (a re-set moves an entry to the end). */
export class Recent<V> extends Map<string, V> {
  constructor(private readonly max: number) {
    super();
  }
  put(k: string, v: V): void {
    this.delete(k);
    this.set(k, v);
    if (this.size > this.max) {
      const oldest = this.keys().next().value;
      if (oldest !== undefined) this.delete(oldest);
    }
  }
}

export interface CaptionOut {
  id: string;
  text: string;
  replaces: boolean;
}

/**
 * A caption region of entries (Meet): each entry element keeps one id; rewritten text is `replaces`. A
 * region replaced on a CC toggle re-renders recent entries: they keep their ids and say nothing new. Only
 * entries of a *replaced* (disconnected) region qualify: an entry scrolled out of a live region may well be
 * followed by an identical one ("Yes.") that is new speech.
 */
export class CaptionEntries {
  private ids = new WeakMap<Element, string>();
  private last = new Recent<{ text: string; speaker: string; el: Element; region: Element }>(100);
  constructor(private readonly nextId: () => string) {}

  /** The entry's id and whether it is a rewrite, or null when it says nothing new. */
  read(el: Element, region: Element, speaker: string, text: string): CaptionOut | null {
    let id = this.ids.get(el);
    if (!id) {
      for (const [cid, c] of this.last) {
        if (c.region !== region && !c.region.isConnected && c.speaker === speaker && c.text === text) {
          id = cid;
          break;
        }
      }
      id ??= this.nextId();
      this.ids.set(el, id);
    }
    const prev = this.last.get(id);
    if (prev && prev.text === text && prev.speaker === speaker) {
      prev.el = el;
      prev.region = region;
      return null;
    }
    this.last.put(id, { text, speaker, el, region });
    return { id, text, replaces: !!prev };
  }
  clear(): void {
    this.ids = new WeakMap();
    this.last.clear();
  }
}

export interface Speaker {
  name: string;
  id?: string;
}

/**
 * A rolling caption box (Zoom): one open utterance whose window text grows, drops its head and gets
 * corrected; `merge` (kernel/rolling.ts) turns successive windows into the whole text. A new row or a new
 * speaker mark (`sig`) starts a new caption; one unattributed at its start is attributed when `who` can.
 */
export class RollingCaption {
  private cur: { id: string; row: Element; sig: string; raw: string; full: string; who: Speaker } | null =
    null;
  constructor(
    private readonly nextId: () => string,
    private readonly merge: (raw: string, full: string, text: string) => { kind: string; full: string },
  ) {}

  /** `who(fresh)`: the speaker for a new caption (fresh) or a later guess for an unattributed one (null: none). */
  read(
    row: Element,
    sig: string,
    text: string,
    who: (fresh: boolean) => Speaker | null,
  ): (CaptionOut & { speaker: Speaker }) | null {
    const cur = this.cur;
    const m = cur && cur.row === row && cur.sig === sig ? this.merge(cur.raw, cur.full, text) : null;
    if (m?.kind === 'same') return null;
    if (!cur || !m || m.kind === 'new') {
      this.cur = { id: this.nextId(), row, sig, raw: text, full: text, who: who(true) ?? { name: '' } };
      return this.out(false);
    }
    cur.raw = text;
    cur.full = m.full;
    const later = cur.who.id ? null : who(false);
    if (later?.name) cur.who.name = later.name;
    if (later?.id) cur.who.id = later.id;
    return this.out(true);
  }
  private out(replaces: boolean): CaptionOut & { speaker: Speaker } {
    const c = this.cur!;
    return { id: c.id, text: c.full, replaces, speaker: c.who };
  }
  /** Captions off: the utterance is over. */
  close(): void {
    this.cur = null;
  }
}
