/**
 * A meeting that lives in a same-origin frame of the top document (Zoom's PWA shell holds its web client
 * in `iframe#webclient`, replaced or reloaded during join and audio init). The content script runs in the
 * top frame only (see zoom/index.ts for why) and reaches in: the document is re-resolved on every iframe
 * `load`, on a mutation of the top document (a replaced frame; the shell barely mutates, so watching it
 * costs nothing) and on every watchdog tick; a new document drops the old roots and re-reads everything.
 */
import type { Kernel, Watched } from './session';

type Host = Pick<Kernel<never>, 'watch' | 'stopped' | 'fullSync'>;

export class FrameDocument {
  doc: Document | null = null;
  private queued = false;
  private readonly topWatch: Watched;

  /** `find`: the meeting document now (null: none reachable); `roots`: the observed roots, shell first. */
  constructor(
    private readonly k: Host,
    private readonly top: Document,
    private readonly find: (top: Document) => Document | null,
    private readonly roots: () => Watched[],
  ) {
    this.topWatch = k.watch(() => this.queue(), { childList: true, subtree: true });
    top.addEventListener('load', this.onLoad, true);
  }

  private readonly onLoad = (e: Event): void => {
    if ((e.target as Element | null)?.localName === 'iframe') this.queue();
  };

  private queue(): void {
    if (this.queued || this.k.stopped) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (!this.k.stopped && this.resolve()) this.k.fullSync(false);
    });
  }

  /** Re-resolve the meeting document; true when it changed (or its body was replaced). */
  resolve(): boolean {
    const next = this.find(this.top);
    this.topWatch.set(next !== this.top ? (this.top.body ?? this.topWatch.el) : null);
    const roots = this.roots();
    if (next === this.doc && (!next || (roots[0]?.el?.isConnected ?? false))) return false;
    for (const w of roots) w.reset();
    this.doc = next;
    return true;
  }

  stop(): void {
    this.top.removeEventListener('load', this.onLoad, true);
    this.doc = null;
  }
}
