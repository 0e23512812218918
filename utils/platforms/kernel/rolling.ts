/**
 * A rolling caption box (Zoom's, since 2026-10) is a window over one utterance: it grows as words arrive, drops its head
 * once long (about 10 s of speech; the simulator trims at 140 characters) and rewrites recent words when
 * the recogniser corrects itself. `mergeRolling` turns successive window texts into the utterance's whole
 * text so far, by delta: the same alignment rules TranscripTonic (prefix extension, then overlap) and
 * meetcaptioner/Caption-Arc (overlap ≥ 8 characters, else a new caption) converged on, plus a correction
 * rule (a long common run at some alignment). Pure; O(n²) in the window length, which is bounded.
 */

/** Below this many overlapping characters an alignment is a coincidence (Caption-Arc's threshold). */
export const MIN_OVERLAP = 8;
/** A correction must keep at least this much of the aligned old window unchanged. */
export const MIN_CORRECTION_KEEP = 12;
/** Longest window we align against: Zoom's window is ~140-300 characters; this bounds the work. */
export const MAX_WINDOW = 600;

export type MergeKind = 'same' | 'extend' | 'trimmed' | 'correct' | 'new';

export interface MergeResult {
  kind: MergeKind;
  /** The utterance's text so far (ends with `raw`), or `raw` itself for a new utterance. */
  full: string;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * `prevRaw`: the window last seen; `prevFull`: the merged text so far (ends with `prevRaw`); `raw`: the
 * window now. `maxFull` bounds the result (its tail is kept: that is what is still being rewritten).
 */
export function mergeRolling(prevRaw: string, prevFull: string, raw: string, maxFull = 2000): MergeResult {
  const bound = (s: string) => (s.length > maxFull ? s.slice(s.length - maxFull) : s);
  if (raw === prevRaw) return { kind: 'same', full: prevFull };
  if (!prevRaw) return { kind: 'new', full: bound(raw) };
  // Only the tail of a very long old window can still align with the new one.
  const cut = Math.max(0, prevRaw.length - MAX_WINDOW);
  const old = prevRaw.slice(cut);
  const head = prevFull.slice(0, Math.max(0, prevFull.length - old.length));
  if (raw.startsWith(old)) return { kind: 'extend', full: bound(head + raw) };
  // Head dropped: the smallest cut k whose remainder still starts the new window.
  for (let k = 1; old.length - k >= MIN_OVERLAP; k++) {
    if (raw.startsWith(old.slice(k))) return { kind: 'trimmed', full: bound(head + old.slice(0, k) + raw) };
  }
  // Correction (possibly with a shifted head cut): the alignment keeping the longest unchanged run.
  let bestK = -1;
  let bestC = 0;
  for (let k = 0; old.length - k >= MIN_CORRECTION_KEEP; k++) {
    const c = commonPrefix(old.slice(k), raw);
    if (c > bestC) {
      bestC = c;
      bestK = k;
    }
  }
  if (bestK >= 0 && bestC >= MIN_CORRECTION_KEEP) {
    return { kind: 'correct', full: bound(head + old.slice(0, bestK) + raw) };
  }
  return { kind: 'new', full: bound(raw) };
}
