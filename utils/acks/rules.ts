import type { AckLanguage, TextAckKind } from './languages/types';
import { fold } from './normalize';

export interface CompiledRule {
  kind: TextAckKind;
  re: RegExp;
  /** Words the text must hold for `re` to match at all (see `requiredWords`); checked before running it. */
  needs: readonly (readonly string[])[];
  /** The template, for in-memory evidence and test messages. */
  source: string;
}

export interface CompiledVeto {
  kinds: readonly TextAckKind[];
  re: RegExp;
  needs: readonly (readonly string[])[];
}

export interface CompiledLanguage {
  lang: AckLanguage;
  rules: CompiledRule[];
  vetoes: CompiledVeto[];
  conjunctions: Set<string>;
  listFillers: Set<string>;
  commonWords: Set<string>;
  selfLabels: Set<string>;
  /** Folded elided forms with their apostrophe ("d'", "dell'"), longest first. */
  elisions: string[];
  diminutives: string[];
  honorifics: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `{N}` etc., keyed in folded (lower) case because templates are folded first. The name capture is the only capturing group in a compiled rule. */
const NAME_END = '(?![^ ])';
const MACROS: Record<string, string> = {
  n: `@(\\d+)${NAME_END}`,
  ns: `@(\\d+)s${NAME_END}`,
  'n*': `@(\\d+)s?${NAME_END}`,
  end: '(?=$| [.?!,]| \\p{Extended_Pictographic})',
  /** A plain space that does not accept a comma (where a comma would change who is addressed). */
  _: ' ',
};

/** Mentions in the coded text of an unspaced language: private-use brackets around the mention index. */
export const MENTION_OPEN = '\uE000';
export const MENTION_CLOSE = '\uE001';
const UNSPACED_MACROS: Record<string, string> = {
  n: `${MENTION_OPEN}(\\d+)${MENTION_CLOSE}`,
  ns: `${MENTION_OPEN}(\\d+)${MENTION_CLOSE}`,
  'n*': `${MENTION_OPEN}(\\d+)${MENTION_CLOSE}`,
  end: '(?=$|[.?!]|\\p{Extended_Pictographic})',
  _: '',
};

export interface TemplateOptions {
  /** Elided forms to split off ("d'" → "d' "), as in `splitElided`. */
  elisions?: readonly string[];
  unspaced?: boolean;
}

/** Splits elided forms off the word they are glued to, in folded text ("d'ana" → "d' ana"). */
export function elisionSplitter(elisions: readonly string[]): ((s: string) => string) | null {
  if (!elisions.length) return null;
  const alts = elisions.map((e) => escapeRe(fold(e).replace(/'$/, ''))).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![^ (|])(${alts.join('|')})'(?=[^ ])`, 'gu');
  return (s) => s.replace(re, "$1' ");
}

export function compileTemplate(
  template: string,
  lists: Readonly<Record<string, readonly string[]>>,
  options: TemplateOptions = {},
): RegExp {
  const split = elisionSplitter(options.elisions ?? []) ?? ((s: string) => s);
  const unspaced = options.unspaced === true;
  let src = split(fold(template));
  src = unspaced
    ? src.replace(/ /g, '')
    : // a template space also accepts a comma token there: captions and chat punctuate names unpredictably
      src.replace(/ /g, '(?: ,)? ');
  // the compiler owns the only capture group (the name)
  src = src.replace(/(?<!\\)\((?!\?)/g, '(?:');
  src = src.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const macro = (unspaced ? UNSPACED_MACROS : MACROS)[name];
    if (macro !== undefined) return macro;
    const filler = /^w(\d+)$/.exec(name);
    if (filler && unspaced) return `[^.?!${MENTION_OPEN}]{0,${filler[1]}}`;
    if (filler) return `(?:[^ .?!]+ ){0,${filler[1]}}`;
    const clause = /^w(\d),$/.exec(name);
    if (clause) return `(?:[^ .?!,]+ ){1,${clause[1]}}, `;
    if (name.startsWith('@')) {
      // templates are folded, so list names are matched case-insensitively
      const key = Object.keys(lists).find((k) => fold(k) === name.slice(1));
      const list = key === undefined ? undefined : lists[key];
      if (!list) throw new Error(`unknown phrase list ${name}`);
      const alts = list
        .map((p) => {
          const f = split(fold(p));
          return escapeRe(unspaced ? f.replace(/ /g, '') : f);
        })
        .sort((a, b) => b.length - a.length);
      return `(?:${alts.join('|')})`;
    }
    throw new Error(`unknown macro {${name}}`);
  });
  return new RegExp(unspaced ? src : `(?<![^ ])${src}(?![^ ])`, 'gu');
}

function wordsOf(template: string): string[] {
  return fold(template.replace(/\{[^}]*\}/g, ' ')).match(/\p{L}[\p{L}']*/gu) ?? [];
}

const cache = new WeakMap<AckLanguage, CompiledLanguage>();

export function compileLanguage(lang: AckLanguage): CompiledLanguage {
  const hit = cache.get(lang);
  if (hit) return hit;
  const opts: TemplateOptions = { elisions: lang.elisions ?? [], unspaced: lang.unspaced === true };
  // The word check assumes words start tokens; text without spaces between words (ja) has no such start.
  const needsOf = (pattern: string) => (opts.unspaced ? [] : requiredWords(pattern, lang.lists));
  const rules = lang.rules.map((r) => ({
    kind: r.kind,
    re: compileTemplate(r.pattern, lang.lists, opts),
    needs: needsOf(r.pattern),
    source: r.pattern,
  }));
  const vetoes = lang.vetoes.map((v) => ({
    kinds: v.kinds,
    re: compileTemplate(v.pattern, lang.lists, opts),
    needs: needsOf(v.pattern),
  }));
  const commonWords = new Set(lang.commonWords.map(fold));
  for (const r of [...lang.rules, ...lang.vetoes]) for (const w of wordsOf(r.pattern)) commonWords.add(w);
  for (const list of Object.values(lang.lists))
    for (const p of list) for (const w of wordsOf(p)) commonWords.add(w);
  const compiled: CompiledLanguage = {
    lang,
    rules,
    vetoes,
    conjunctions: new Set(lang.conjunctions.map(fold)),
    listFillers: new Set((lang.listFillers ?? []).map(fold)),
    commonWords,
    selfLabels: new Set(lang.selfLabels.map(fold)),
    elisions: (lang.elisions ?? [])
      .map((e) => fold(e).replace(/'?$/, "'"))
      .sort((a, b) => b.length - a.length),
    diminutives: (lang.diminutives ?? []).map(fold).sort((a, b) => b.length - a.length),
    honorifics: (lang.honorifics ?? []).map(fold).sort((a, b) => b.length - a.length),
  };
  cache.set(lang, compiled);
  return compiled;
}

/**
 * What a text must contain for a template's regex to be able to match: a list of alternatives, each a set
 * of words of which at least one must start a token of the text (`' ' + word` in `' ' + text`). Running a
 * language's ~100 rule regexes costs little once V8 has compiled them, but compiling them all is one long
 * task on the page's main thread the first time a name is mentioned (2026-12, Node on the 2-core machine:
 * 180 ms median; with this check 84 ms, about a quarter of the rules run on a typical utterance); the
 * others are compiled only when a text has their words, and the result is the same (rules.prefilter.test.ts).
 *
 * Sound by construction, not complete: only items at the template's top level are used (a word, a
 * `(a|b)` group or a `{@list}`), each only when it is preceded by a space or starts the template (so the
 * regex requires a token boundary before it) and is not made optional by a quantifier; a top-level `|`
 * or anything not understood contributes nothing. A template with no such item is always run.
 */
export function requiredWords(
  template: string,
  lists: Readonly<Record<string, readonly string[]>>,
): string[][] {
  const src = fold(template);
  const needs: string[][] = [];
  const firstToken = (alt: string): string | null => {
    const m = /^([\p{L}\p{N}']+)(?=[ ]|$)/u.exec(alt);
    return m ? m[1]! : null;
  };
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const end = src.indexOf(']', i + 1);
      if (end < 0) return [];
      i = end;
      continue;
    }
    if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === '|' && depth === 0) return [];
  }
  if (depth !== 0) return [];
  const boundaryBefore = (i: number) => i === 0 || src[i - 1] === ' ';
  const optionalAfter = (j: number) => j < src.length && /[?*{+]/.test(src[j]!);
  for (let i = 0; i < src.length; ) {
    const c = src[i]!;
    if (c === '{' || c === '(') {
      const close = matching(src, i);
      if (close < 0) return [];
      const inner = src.slice(i + 1, close);
      if (boundaryBefore(i) && !optionalAfter(close + 1)) {
        let alts: string[] | null = null;
        if (c === '{' && inner.startsWith('@')) {
          const key = Object.keys(lists).find((k) => fold(k) === inner.slice(1));
          alts = key === undefined ? null : (lists[key] ?? []).map(fold);
        } else if (c === '(' && !inner.startsWith('?') && !/[()[\]{}\\]/.test(inner)) {
          alts = inner.split('|');
        }
        const words = alts?.map(firstToken);
        if (words?.length && words.every((w): w is string => w !== null)) needs.push([...new Set(words)]);
      }
      i = close + 1;
      continue;
    }
    const m = /^[\p{L}\p{N}']+/u.exec(src.slice(i));
    if (m) {
      const end = i + m[0].length;
      if (boundaryBefore(i) && (end === src.length || src[end] === ' ')) needs.push([m[0]]);
      i = end;
      continue;
    }
    i++;
  }
  return needs;
}

/** The index of the bracket closing the one at `open` (same kind), skipping escapes and classes; -1 if none. */
function matching(src: string, open: number): number {
  const o = src[open]!;
  const cl = o === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const end = src.indexOf(']', i + 1);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (c === o) depth++;
    else if (c === cl && --depth === 0) return i;
  }
  return -1;
}

/** Can a rule or veto match `codedText` at all? (See `requiredWords`.) */
export function mayMatch(needs: readonly (readonly string[])[], codedText: string): boolean {
  if (!needs.length) return true;
  const padded = ` ${codedText}`;
  return needs.every((any) => any.some((w) => padded.includes(` ${w}`)));
}
