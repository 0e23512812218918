/**
 * The anonymisation rules for one capture, as small pure functions over a salted hasher. Placeholders:
 *
 * - text (text nodes, `alt`, `title`, `aria-label`, …): `[t:xxxxxxxx]` — 8 hex digits of
 *   SHA-256(salt ‖ NFC, whitespace-folded text). Equal texts give equal placeholders within one capture, so
 *   "the name on this tile is the name on that People-panel row" survives and the readers still merge
 *   participants; across captures (new random salt) they are unrelated. Length is not kept: it says
 *   something about a name and the readers never need it.
 * - `data-*` values: `h:xxxxxxxx`, except `true`/`false`, short numbers and the exact values a selector
 *   tests (`[data-panel-id="2"]`).
 * - URLs (`src`, `href`, `srcset`, `style` url()): `about:blank#u-xxxxxxxx` (inert if the file is opened in a
 *   browser; equal URLs stay equal, which Zoom's avatar matching needs).
 * - ids: kept when code-shaped, long digit runs inside them hashed; otherwise `rapport-id-xxxxxxxx`.
 *
 * Kept verbatim: icon ligature words, the platforms' fixed UI phrases the readers match on, text without
 * letters and without a run of 4+ digits (emoji, "·", "2"), and whitespace.
 */
import { LIGATURES, ROLE_TOKENS, SELECTOR_VALUES, UI_PHRASES, UI_WORDS } from './vocabulary';

export type Hasher = (value: string) => string;

const LETTER = /\p{L}/u;
const LONG_DIGITS = /\d{4,}/;
const WORDCHAR = /[\p{L}\p{N}_]/u;

/** Case- and apostrophe-insensitive, length-preserving fold for phrase search. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘`´]/g, "'");
}

const FOLDED_PHRASES = UI_PHRASES.map(fold);
const ROLE_RE = new RegExp(
  `\\(\\s*(?:${ROLE_TOKENS.map(escapeRe).join('|')})(?:\\s*,\\s*(?:${ROLE_TOKENS.map(escapeRe).join('|')}))*\\s*\\)`,
  'giu',
);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Harmless without a hash: no letters and no long number (emoji, punctuation, "3", "10:42"). */
function isInert(core: string): boolean {
  return !LETTER.test(core) && !LONG_DIGITS.test(core);
}

export function normForHash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function textPlaceholder(core: string, hash: Hasher): string {
  return `[t:${hash(normForHash(core))}]`;
}

function gap(s: string, hash: Hasher): string {
  const core = s.trim();
  if (!core || isInert(core) || LIGATURES.has(core) || UI_WORDS.has(core)) return s;
  const lead = s.slice(0, s.length - s.trimStart().length);
  const trail = s.slice(s.trimEnd().length);
  return `${lead}${textPlaceholder(core, hash)}${trail}`;
}

/** Word-bounded spans of fixed UI vocabulary inside `s`, non-overlapping, in order. */
function keptSpans(s: string): [number, number][] {
  const f = fold(s);
  const spans: [number, number][] = [];
  const free = (a: number, b: number) => spans.every(([x, y]) => b <= x || a >= y);
  const bounded = (a: number, b: number) => {
    const before = a > 0 ? s[a - 1]! : '';
    const after = b < s.length ? s[b]! : '';
    const first = s[a] ?? '';
    const last = s[b - 1] ?? '';
    return (
      (!WORDCHAR.test(first) || !before || !WORDCHAR.test(before)) &&
      (!WORDCHAR.test(last) || !after || !WORDCHAR.test(after))
    );
  };
  for (const m of s.matchAll(ROLE_RE)) {
    const a = m.index ?? 0;
    const b = a + m[0].length;
    if (free(a, b)) spans.push([a, b]);
  }
  for (const p of FOLDED_PHRASES) {
    let from = 0;
    for (;;) {
      const a = f.indexOf(p, from);
      if (a < 0) break;
      const b = a + p.length;
      if (bounded(a, b) && free(a, b)) spans.push([a, b]);
      from = a + 1;
    }
  }
  return spans.sort((x, y) => x[0] - y[0]);
}

/**
 * Anonymise one piece of page text. Whole ligatures / UI words stay; a leading ligature word stays
 * ("visual_effects Backgrounds and effects" → "visual_effects [t:…]"); fixed UI phrases inside the text
 * stay and every other run becomes a placeholder ("Ana ended the meeting for everyone" →
 * "[t:…] ended the meeting for everyone").
 */
export function anonymiseText(raw: string, hash: Hasher): string {
  const core = raw.trim();
  if (!core || LIGATURES.has(core) || UI_WORDS.has(core) || isInert(core)) return raw;
  const lig = /^(\s*)([a-z][a-z0-9_]*)(\s|$)/.exec(raw);
  if (lig?.[2] && LIGATURES.has(lig[2])) {
    const head = lig[1]! + lig[2];
    return head + anonymiseText(raw.slice(head.length), hash);
  }
  const spans = keptSpans(raw);
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    out += gap(raw.slice(at, a), hash) + raw.slice(a, b);
    at = b;
  }
  return out + gap(raw.slice(at), hash);
}

export function urlPlaceholder(url: string, hash: Hasher): string {
  return url.trim() ? `about:blank#u-${hash(url.trim())}` : '';
}

const CODE_ID = /^[A-Za-z][\w:.-]{0,79}$/;

/** Ids and id references: code-shaped ids stay (long digit runs hashed), anything else is hashed. */
export function anonymiseId(id: string, hash: Hasher): string {
  if (!id) return id;
  if (CODE_ID.test(id) && !/@/.test(id)) return id.replace(/\d{5,}/g, (d) => `n${hash(d)}`);
  return `rapport-id-${hash(id)}`;
}

const DATA_KEEP = /^(?:true|false|-?\d{1,3})$/;

export function anonymiseData(attr: string, value: string, hash: Hasher): string {
  if (!value || DATA_KEEP.test(value) || SELECTOR_VALUES.exact.get(attr)?.has(value)) return value;
  return `h:${hash(value)}`;
}

/** aria-* enumerations (ARIA 1.2 token values) that carry state, never content. */
const ARIA_TOKENS = new Set([
  'true',
  'false',
  'mixed',
  'undefined',
  'polite',
  'assertive',
  'off',
  'menu',
  'listbox',
  'tree',
  'grid',
  'dialog',
  'horizontal',
  'vertical',
  'page',
  'step',
  'location',
  'date',
  'time',
  'ascending',
  'descending',
  'none',
  'other',
  'additions',
  'removals',
  'text',
  'all',
  'inline',
  'list',
  'both',
  'additions text',
  'removals additions',
]);

export function anonymiseAria(attr: string, value: string, hash: Hasher): string {
  if (!value || ARIA_TOKENS.has(value) || /^-?\d{1,4}$/.test(value)) return value;
  if (SELECTOR_VALUES.exact.get(attr)?.has(value)) return value;
  for (const p of SELECTOR_VALUES.prefix.get(attr) ?? []) {
    if (p && value.startsWith(p)) return p + anonymiseText(value.slice(p.length), hash);
  }
  return anonymiseText(value, hash);
}

/** Inline style stays (the readers use `display:none`); url()s and quoted strings do not. */
export function anonymiseStyle(style: string, hash: Hasher): string {
  return style
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (_m, _q, u: string) => `url(${urlPlaceholder(u, hash)})`)
    .replace(/"[^"]*"|'[^']*'/g, '""');
}
