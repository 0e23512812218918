/**
 * Text folding and tokenising for acknowledgement detection. Pure, no DOM. The text handled here is caption
 * and chat text: it lives only for the duration of a call to `detectInText` and is never stored.
 */

/** Letters that NFD does not decompose but that people (and recognisers) write without their mark. */
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};
const EXTRA_RE = /[ßøđłæœıþ]/g;
// Every combining mark except the kana voicing marks (が is か + U+3099 after NFKD: stripping would merge
// different Japanese words, which the rules and names of `ja` tell apart)
const MARKS_RE = /(?![\u3099\u309A])\p{M}/gu;
const KANA_MARK_RE = /[\u3099\u309A]/;
const APOS_RE = /[’‘`´ʼ]/g;

/**
 * Lower case, accents stripped (é→e, ü→u, ß→ss), typographic apostrophes made ASCII; compatibility forms
 * folded too (NFKD: full-width "？" and "＋１" of Japanese input, half-width katakana), with kana voicing
 * kept (recomposed: "ガ" stays one letter).
 */
export function fold(s: string): string {
  const out = s
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(EXTRA_RE, (c) => EXTRA_FOLDS[c] ?? c)
    .replace(APOS_RE, "'");
  return KANA_MARK_RE.test(out) ? out.normalize('NFC') : out;
}

export type Token =
  /** `at`: written as `@Name` (a chat mention). `cap`: the original starts with an upper-case letter. */
  | { k: 'word'; f: string; at: boolean; cap: boolean }
  /** `.`, `?`, `!` end a clause; `,` is soft (rules may skip it). */
  | { k: 'punct'; f: '.' | '?' | '!' | ',' }
  /** An emoji (skin tone and variation selectors dropped) or `+1`. */
  | { k: 'sym'; f: string };

/**
 * One pass over the text. Words may contain inner apostrophes and hyphens ("Anne-Marie", "Priya's",
 * "don't"); a trailing apostrophe is kept so "James'" can be read as a possessive. Combining marks belong to
 * their word: chat typed on some systems sends "Léa" decomposed (NFD).
 */
const TOKEN_RE =
  /(?<plus>\+1(?![\p{L}\p{N}]))|(?<word>@?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*['’]?)|(?<p>[.?!,;:…—–]|\s-\s)|(?<emo>\p{Extended_Pictographic})/gu;

const ELONGATED_RE = /(\p{L})\1{2,}/gu;

/**
 * `elisions` (folded, with their apostrophe, longest first: fr "d'", it "dell'") are split off the word they
 * are glued to, so "d'Ana" is the word "d'" and the name "Ana".
 */
export function tokenize(text: string, elisions: readonly string[] = []): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const g = m.groups!;
    if (g.word !== undefined) {
      const at = g.word.startsWith('@');
      let raw = at ? g.word.slice(1) : g.word;
      if (elisions.length && /['’]./u.test(raw)) {
        const head = fold(raw);
        const e = elisions.find((x) => head.startsWith(x) && head.length > x.length);
        if (e) {
          const cut = raw.search(/['’]/u) + 1;
          out.push({ k: 'word', f: e, at, cap: false });
          raw = raw.slice(cut);
        }
      }
      const first = raw.charAt(0);
      // chat stretches words ("thank youuu", "thxxx"); no name or rule word has a letter three times running
      const f = fold(raw).replace(ELONGATED_RE, '$1');
      out.push({ k: 'word', f, at, cap: first !== first.toLowerCase() });
    } else if (g.p !== undefined) {
      const c = g.p.trim();
      const f = c === '.' || c === '?' || c === '!' ? c : c === '…' ? '.' : ',';
      out.push({ k: 'punct', f });
    } else if (g.emo !== undefined) {
      out.push({ k: 'sym', f: g.emo });
    } else if (g.plus !== undefined) {
      out.push({ k: 'sym', f: '+1' });
    }
  }
  return out;
}

/**
 * Edit distance counting a swap of two adjacent letters as one edit (optimal string alignment: typed chat
 * and recognisers both transpose, "Pryia" for Priya), giving up as soon as it must exceed `max` (returns
 * max + 1). Names are short, so the O(n·m) table is a few dozen cells; the early exit keeps the per-token
 * cost flat.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev2 = new Array<number>(b.length + 1);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // a transposition reads two rows back, so stop only when the last two rows are both over the bound
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}
