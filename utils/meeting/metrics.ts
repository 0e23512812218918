/**
 * Meeting-level figures computed from per-participant aggregates. Pure functions, no state.
 */

/**
 * Balance index in [0, 1]: the normalized Shannon entropy of the speaking shares of the counted
 * participants (see `countedMinPresenceFraction`):
 *
 *     p_i = speakingMs_i / Σ speakingMs        (over the counted participants only)
 *     H   = −Σ p_i · ln p_i                    (0 · ln 0 = 0)
 *     balance = H / ln n                       (n = number of counted participants)
 *
 * 1 means everyone counted spoke exactly as much, 0 means one person did all the talking.
 *
 * Why entropy rather than 1 − Gini: with n people the Gini coefficient of "one person talks" is
 * (n−1)/n, so 1 − Gini never reaches 0 and its floor moves with the size of the call (0.5 for two
 * people, 0.9 for ten) — the same figure would mean different things in different calls. Normalized
 * entropy is exactly 0 and 1 at the two extremes for every n, and it rewards giving *everyone* some
 * voice (a silent person costs more than a slight imbalance among talkers), which is what Rapport asks
 * users to reflect on.
 *
 * Returns null when it is undefined: fewer than two counted participants (balance among one person
 * means nothing — the overlay says "n/a"), or nobody among them spoke. Counted participants whose
 * speaking was never seen (null) are left out of n: we cannot know their share.
 */
export function balanceIndex(speakingMs: ReadonlyArray<number | null>): number | null {
  let n = 0;
  let total = 0;
  for (const s of speakingMs) {
    if (s === null) continue;
    n++;
    total += s;
  }
  if (n < 2 || total <= 0) return null;
  let h = 0;
  for (const s of speakingMs) {
    if (s === null || s <= 0) continue;
    const p = s / total;
    h -= p * Math.log(p);
  }
  const b = h / Math.log(n);
  // Floating error can push a perfectly even split a hair above 1.
  return Math.min(1, Math.max(0, b));
}

/** 1/n of the counted participants; null when nobody counts. */
export function fairShare(countedParticipants: number): number | null {
  return countedParticipants > 0 ? 1 / countedParticipants : null;
}

/** part ÷ total, null when the part is unknown or there is nothing to divide. */
export function share(part: number | null, total: number): number | null {
  if (part === null || !(total > 0)) return null;
  return part / total;
}

/**
 * Whether a participant counts as present for fair share and balance: present for at least
 * `fraction` of the call. In a zero-length call everyone who joined counts (0 ≥ 0).
 */
export function isCounted(presentMs: number, durationMs: number, fraction: number): boolean {
  return presentMs >= fraction * durationMs;
}
