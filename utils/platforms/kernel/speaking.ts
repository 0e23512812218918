/**
 * The speaking hot path every platform shares: speaking indicators (Meet's level widget, Zoom's active
 * ring) flip their class several times a second for whoever talks, so only the indicators whose class or
 * style changed are re-read, and a flip that leaves an indicator's state as it was (Meet cycles level
 * classes while someone speaks) costs one class check: no tile is re-read, no document query is made.
 */
export class Indicators {
  private readonly targets = new Set<Element>();
  private state = new WeakMap<Element, boolean>();
  private readonly holder = new WeakMap<Element, Element | null>();

  /** An indicator's class/style changed (from the stage observer). */
  add(el: Element): void {
    this.targets.add(el);
  }
  get size(): number {
    return this.targets.size;
  }
  clear(): void {
    this.targets.clear();
  }
  /** A roster read re-read every state: the next flip of each indicator is news again. */
  forget(): void {
    this.state = new WeakMap();
  }

  /** The holders (tile, frame) of the flipped indicators whose state changed, each once. */
  changed(on: (el: Element) => boolean, holderOf: (el: Element) => Element | null): Set<Element> {
    const out = new Set<Element>();
    for (const w of this.targets) {
      const v = on(w);
      if (this.state.get(w) === v) continue;
      this.state.set(w, v);
      let h = this.holder.get(w);
      if (h === undefined) {
        h = holderOf(w);
        this.holder.set(w, h);
      }
      if (h) out.add(h);
    }
    this.targets.clear();
    return out;
  }
}
