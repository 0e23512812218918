/**
 * Participant ids for a page that renders none (Zoom's tiles and pane rows carry only names): ids are
 * derived from the readers' name keys (`name`, `name\u0000k` for the k-th duplicate), and an element that
 * kept its identity while its name changed carries its id along (a rename, not a leave and a join).
 */
import type { Roster } from './roster';

export class NameIds {
  readonly byKey = new Map<string, string>();
  private byEl = new WeakMap<Element, string>();
  constructor(
    private readonly prefix: string,
    private readonly roster: Roster<{ key: string } & import('./roster').PartState>,
  ) {}

  /** The id for `key` seen on `els`; `keys` are this read's keys, `claimed` the ids given out in it. */
  idFor(key: string, els: (Element | undefined)[], keys: Set<string>, claimed: Set<string>) {
    const known = this.byKey.get(key);
    if (known && !claimed.has(known)) return { id: known, renamed: false };
    const r = this.roster;
    for (const el of els) {
      const cand = el && this.byEl.get(el);
      const prev = cand ? r.get(cand) : undefined;
      if (cand && prev && !claimed.has(cand) && !keys.has(prev.key) && !r.isPending(cand)) {
        this.byKey.delete(prev.key);
        this.byKey.set(key, cand);
        return { id: cand, renamed: true };
      }
    }
    let id = `${this.prefix}:${key.replace('\u0000', '#')}`.slice(0, 256);
    while (claimed.has(id) || (r.has(id) && r.get(id)!.key !== key)) id = `${id}~`;
    this.byKey.set(key, id);
    return { id, renamed: false };
  }
  /** The id last given to the participant shown by `el`. */
  ofEl(el: Element): string | undefined {
    return this.byEl.get(el);
  }
  bind(el: Element | undefined, id: string): void {
    if (el) this.byEl.set(el, id);
  }
  forget(key: string, id: string): void {
    if (this.byKey.get(key) === id) this.byKey.delete(key);
  }
  clear(): void {
    this.byKey.clear();
    this.byEl = new WeakMap();
  }
}
