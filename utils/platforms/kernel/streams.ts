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
