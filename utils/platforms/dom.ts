/**
 * Generic helpers for reading a platform's DOM through dated, layered selector chains. Platform-neutral:
 * the Meet and Zoom adapters both describe their hooks as `SelectorChain`s and read them through here, so
 * every read reports which layer matched (for health and diagnostics). Also the text helpers every
 * platform's readers share (page text is hostile: cleaned and bounded here).
 */
import type { EndReason } from '../meeting/events';

/** How durable a hook has proven, most durable first; a layer's id starts with its kind (`icon:call_end`). */
export type LayerKind = 'icon' | 'data' | 'role' | 'jsname' | 'class' | 'structure' | 'text';

/**
 * One hook. Its date and reason are a comment on the line above it in the selectors file
 * (`// 2026-08-16 why`): the date is the last day a cited source saw the hook hold. They are kept out of the
 * runtime data so the content-script bundle does not carry the prose; the selector tests read them from the
 * source and fail when a layer is undated or unexplained.
 */
export interface SelectorLayer {
  /** Short stable name `kind:name`, reported in health/diagnostics (e.g. `icon:call_end`). */
  readonly id: string;
  /** CSS selector. For `icon` layers, the elements whose trimmed text is one of `text`. */
  readonly css: string;
  /** Required trimmed textContent (exact, one of). Used for icon ligatures, which are language-neutral. */
  readonly text?: readonly string[];
}

/** A layer; `text` only for ligature layers. */
export const L = (id: string, css: string, text?: readonly string[]): SelectorLayer =>
  text ? { id, css, text } : { id, css };

export type SelectorChain = readonly SelectorLayer[];

export interface LayerMatch<T extends Element = Element> {
  readonly el: T;
  readonly layer: string;
}

function layerMatches(el: Element, layer: SelectorLayer): boolean {
  if (!layer.text) return true;
  const txt = el.textContent?.trim() ?? '';
  return layer.text.includes(txt);
}

/** First element matched by the most durable layer that matches anything, with that layer's id. */
export function queryFirst(root: ParentNode, chain: SelectorChain): LayerMatch | null {
  for (const layer of chain) {
    if (!layer.text) {
      const el = root.querySelector(layer.css);
      if (el) return { el, layer: layer.id };
      continue;
    }
    for (const el of root.querySelectorAll(layer.css)) {
      if (layerMatches(el, layer)) return { el, layer: layer.id };
    }
  }
  return null;
}

/** All elements matched by the first (most durable) layer that matches anything. */
export function queryAll(root: ParentNode, chain: SelectorChain): { els: Element[]; layer: string | null } {
  for (const layer of chain) {
    const els: Element[] = [];
    for (const el of root.querySelectorAll(layer.css)) if (layerMatches(el, layer)) els.push(el);
    if (els.length > 0) return { els, layer: layer.id };
  }
  return { els: [], layer: null };
}

/** Per-layer match counts, for the selector self-test and diagnostics. */
export function countLayers(root: ParentNode, chain: SelectorChain): Record<string, number> {
  const out: Record<string, number> = {};
  for (const layer of chain) {
    let n = 0;
    for (const el of root.querySelectorAll(layer.css)) if (layerMatches(el, layer)) n++;
    out[layer.id] = n;
  }
  return out;
}

/** True when `el` itself matches any layer of the chain. */
export function matchesChain(el: Element, chain: SelectorChain): string | null {
  for (const layer of chain) {
    if (el.matches(layer.css) && layerMatches(el, layer)) return layer.id;
  }
  return null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const CONTROL_RE = /[\u0000-\u001f\u007f]/g;
const SPACE_RE = /\s+/g;

/** Bounds on page text kept per field: a display name, a caption or chat message. */
export const NAME_MAX = 200;
export const TEXT_MAX = 2000;

/** Page text is hostile: collapse whitespace, strip control characters, bound the length. */
export function cleanText(raw: string | null | undefined, max: number): string {
  if (!raw) return '';
  // One regex pass each (names and captions are read on every roster read; a per-character loop showed up).
  const s = raw.replace(CONTROL_RE, ' ').replace(SPACE_RE, ' ').trim();
  return s.length > max ? s.slice(0, max) : s;
}

/** The element a mutation record or event concerns: itself, or a text node's parent. */
export function elementOf(n: Node): Element | null {
  return n.nodeType === 1 ? (n as Element) : n.parentElement;
}

/** Hidden without layout: inline `display:none`, the `hidden` attribute or `aria-hidden` on the element. */
export function isHiddenNoLayout(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style;
  return !!style && style.display === 'none';
}

/** Names compare after Unicode normalisation and whitespace folding (pages render the same name in NFC). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return a !== '' && norm(a) === norm(b);
}

/** Unique id for an exact display name among `byId`, or null when absent or ambiguous. */
export function idByName(byId: ReadonlyMap<string, { name: string }>, name: string): string | null {
  let found: string | null = null;
  for (const [id, p] of byId) {
    if (p.name !== name) continue;
    if (found) return null;
    found = id;
  }
  return found;
}

/** The first non-empty text of a chain's matches inside `el`, cleaned by `clean` (empty: rejected). */
export function textIn(
  el: Element,
  chain: SelectorChain,
  clean: (raw: string) => string,
): { name: string; layer: string | null } {
  for (const layer of chain) {
    for (const c of el.querySelectorAll(layer.css)) {
      const n = clean(c.textContent ?? '');
      if (n) return { name: n, layer: layer.id };
    }
  }
  return { name: '', layer: null };
}

/** An end reason from end-screen copy, by the platform's per-locale tables; `unknown` when none matches. */
export function endReasonOf(
  text: string,
  t: { endHost: readonly string[]; endRemoved: readonly string[]; endLeft: readonly string[] },
): EndReason {
  if (textMatches(text, t.endHost)) return 'ended_by_host';
  if (textMatches(text, t.endRemoved)) return 'removed';
  if (textMatches(text, t.endLeft)) return 'left';
  return 'unknown';
}

/** The whole page's text (the waiting-room copy tables are matched against it; large in a call). */
export function bodyText(root: ParentNode): string {
  const body = (root as Document).body ?? root;
  return (body as Node).textContent ?? '';
}

/** The lowest common ancestor of two elements, by one walk up (no layout). */
export function commonAncestor(first: Element, last: Element): Element | null {
  let a: Element | null = first.parentElement;
  while (a && !a.contains(last)) a = a.parentElement;
  return a;
}

/** Normalise typographic apostrophes and case for text-table matching. */
export function normText(s: string): string {
  return s
    .replace(/[’‘`´]/g, "'")
    .replace(/…/g, '...')
    .toLowerCase();
}

/** True when `haystack` contains any entry of a visible-text table (after `normText`). */
export function textMatches(haystack: string, table: readonly string[]): boolean {
  const h = normText(haystack);
  return table.some((t) => h.includes(normText(t)));
}

/**
 * A mutation record that left things as they were: an attribute or text set to the value it already had, or
 * an element's text replaced by the same text (`el.textContent = sameName`). Pages re-render like this all
 * the time (Meet rewrites a tile's name and labels whenever anything about that person changes), and each
 * record would otherwise cost a re-read. Needs `attributeOldValue`/`characterDataOldValue` on the observer;
 * without them `oldValue` is null and the record is kept. A value changed and changed back within one batch
 * still shows up: its last record's old value differs from the current one.
 */
export function isNoopRecord(r: MutationRecord): boolean {
  if (r.type === 'attributes') {
    return r.oldValue !== null && r.oldValue === (r.target as Element).getAttribute(r.attributeName ?? '');
  }
  if (r.type === 'characterData') return r.oldValue !== null && r.oldValue === r.target.nodeValue;
  const { addedNodes: added, removedNodes: removed } = r;
  if (added.length === 0 && removed.length === 0) return true;
  return allText(added) && allText(removed) && joinText(added) === joinText(removed);
}

function allText(nodes: NodeList): boolean {
  for (const n of nodes) if (n.nodeType !== 3) return false;
  return true;
}

function joinText(nodes: NodeList): string {
  let s = '';
  for (const n of nodes) s += n.nodeValue ?? '';
  return s;
}
