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

export function compileTemplate(
  template: string,
  lists: Readonly<Record<string, readonly string[]>>,
): RegExp {
  let src = fold(template)
    // a template space also accepts a comma token there: captions and chat punctuate names unpredictably
    .replace(/ /g, '(?: ,)? ')
    // the compiler owns the only capture group (the name)
    .replace(/(?<!\\)\((?!\?)/g, '(?:');
  src = src.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const macro = MACROS[name];
    if (macro) return macro;
    const filler = /^w(\d)$/.exec(name);
    if (filler) return `(?:[^ .?!]+ ){0,${filler[1]}}`;
    const clause = /^w(\d),$/.exec(name);
    if (clause) return `(?:[^ .?!,]+ ){1,${clause[1]}}, `;
    if (name.startsWith('@')) {
      // templates are folded, so list names are matched case-insensitively
      const key = Object.keys(lists).find((k) => fold(k) === name.slice(1));
      const list = key === undefined ? undefined : lists[key];
      if (!list) throw new Error(`unknown phrase list ${name}`);
      const alts = list.map((p) => escapeRe(fold(p))).sort((a, b) => b.length - a.length);
      return `(?:${alts.join('|')})`;
    }
    throw new Error(`unknown macro {${name}}`);
  });
  return new RegExp(`(?<![^ ])${src}(?![^ ])`, 'gu');
}

function wordsOf(template: string): string[] {
  return fold(template.replace(/\{[^}]*\}/g, ' ')).match(/\p{L}[\p{L}']*/gu) ?? [];
}

const cache = new WeakMap<AckLanguage, CompiledLanguage>();

export function compileLanguage(lang: AckLanguage): CompiledLanguage {
  const hit = cache.get(lang);
  if (hit) return hit;
  const rules = lang.rules.map((r) => ({
    kind: r.kind,
    re: compileTemplate(r.pattern, lang.lists),
    source: r.pattern,
  }));
  const vetoes = lang.vetoes.map((v) => ({ kinds: v.kinds, re: compileTemplate(v.pattern, lang.lists) }));
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
  };
  cache.set(lang, compiled);
  return compiled;
}
