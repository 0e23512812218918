import type { AckLanguage, TextAckKind } from './languages/types';
import { fold } from './normalize';

export interface CompiledRule {
  kind: TextAckKind;
  re: RegExp;
  /** The template, for in-memory evidence and test messages. */
  source: string;
}

export interface CompiledVeto {
  kinds: readonly TextAckKind[];
  re: RegExp;
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
  const rules = lang.rules.map((r) => ({
    kind: r.kind,
    re: compileTemplate(r.pattern, lang.lists, opts),
    source: r.pattern,
  }));
  const vetoes = lang.vetoes.map((v) => ({
    kinds: v.kinds,
    re: compileTemplate(v.pattern, lang.lists, opts),
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
