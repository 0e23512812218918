import type { AckLanguageCode } from './languages';
import { resolveAckLanguage } from './languages/registry';
import type { AckLanguage, TextAckKind } from './languages/types';
import { type AckParticipant, type Mention, NameIndex } from './names';
import { fold, type Token, tokenize } from './normalize';
import { type CompiledLanguage, compileLanguage, MENTION_CLOSE, MENTION_OPEN, mayMatch } from './rules';

export interface TextAck {
  toId: string;
  kind: TextAckKind;
  /** In memory only (tests, debugging); never part of an emitted event. Holds no utterance text. */
  evidence: { rule: string; mention: number };
}

/** Where each coded token came from; mention tokens carry their index into the mention list. */
interface Coded {
  text: string;
  /** Per coded token: the mention index, or -1; conjunction: 1, comma: 2, list filler: 3, other: 0. */
  mention: number[];
  sep: number[];
  /** Coded token index of each mention. */
  mentionAt: number[];
  /** Start offset in `text` of each coded token. */
  offsets: number[];
}

function encode(tokens: readonly Token[], mentions: readonly Mention[], lang: CompiledLanguage): Coded {
  const parts: string[] = [];
  const mention: number[] = [];
  const sep: number[] = [];
  const mentionAt: number[] = [];
  const offsets: number[] = [];
  let len = 0;
  let mi = 0;
  const add = (s: string, m: number, sp: number) => {
    offsets.push(len);
    len += s.length + 1;
    parts.push(s);
    mention.push(m);
    sep.push(sp);
  };
  for (let i = 0; i < tokens.length; i++) {
    const m = mentions[mi];
    if (m && m.start === i) {
      mentionAt.push(parts.length);
      add(`@${mi}${m.possessive ? 's' : ''}`, mi, 0);
      i = m.end - 1;
      mi++;
      continue;
    }
    const t = tokens[i]!;
    const sp =
      t.k === 'punct' && t.f === ','
        ? 2
        : t.k !== 'word'
          ? 0
          : lang.conjunctions.has(t.f)
            ? 1
            : lang.listFillers.has(t.f)
              ? 3
              : 0;
    add(t.f, -1, sp);
  }
  return { text: parts.join(' '), mention, sep, mentionAt, offsets };
}

/**
 * Names listed together with the matched one ("thanks Priya, Sam and Lee"). A run joined only by commas
 * counts only up to its last conjunction, so "thanks Priya, Sam can you…" does not thank Sam.
 */
function listMates(c: Coded, at: number, dir: 1 | -1): number[] {
  const out: number[] = [];
  let pending: number[] = [];
  let i = at + dir;
  let sawConj = false;
  for (;;) {
    let seps = 0;
    while (i >= 0 && i < c.sep.length && c.sep[i]! > 0) {
      if (c.sep[i] === 1) sawConj = true;
      i += dir;
      seps++;
    }
    const m = c.mention[i];
    if (!seps || m === undefined || m < 0) break;
    pending.push(m);
    if (sawConj) {
      out.push(...pending);
      pending = [];
      sawConj = dir === -1 ? sawConj : false;
    }
    i += dir;
  }
  return out;
}

const indexCache = new WeakMap<readonly AckParticipant[], NameIndex>();

function languageOf(lang: AckLanguageCode | AckLanguage): CompiledLanguage {
  return compileLanguage(resolveAckLanguage(lang));
}

/**
 * The acknowledgements in one utterance by `speakerId` (null: unknown speaker — detected but without a
 * self-mention filter). Pure; at most one result per (to, kind).
 */
export function detectInText(
  text: string,
  speakerId: string | null,
  participants: readonly AckParticipant[] | NameIndex,
  lang: AckLanguageCode | AckLanguage,
): TextAck[] {
  const compiled = languageOf(lang);
  let index: NameIndex;
  if (participants instanceof NameIndex) index = participants;
  else {
    index = indexCache.get(participants) ?? new NameIndex(participants);
    indexCache.set(participants, index);
  }
  if (compiled.lang.unspaced) return detectUnspaced(text, speakerId, index, compiled);
  const tokens = tokenize(text, compiled.elisions);
  const mentions = index.findMentions(tokens, speakerId, compiled);
  if (!mentions.length) return [];
  const coded = encode(tokens, mentions, compiled);

  return collectAcks(compiled, coded.text, mentions, speakerId, (k, index) => {
    const at = coded.mentionAt[k]!;
    const group = [k, ...listMates(coded, at, 1)];
    // name-first rules ("Priya and Sam, what do you think?") also take the names before
    if (coded.offsets[at] === index) group.push(...listMates(coded, at, -1));
    return group;
  });
}

/**
 * What the rules find in a coded text (mentions as bracketed indices): for each match, its mention and the
 * names listed with it (`groupOf`, given the mention and where the match starts), less vetoed (mention, kind)
 * pairs, the speaker and repeats. Shared by spaced and unspaced languages.
 */
function collectAcks(
  compiled: CompiledLanguage,
  text: string,
  mentions: readonly { ids: readonly string[] }[],
  speakerId: string | null,
  groupOf: (mention: number, matchIndex: number) => number[],
): TextAck[] {
  const vetoed = new Set<string>();
  for (const v of compiled.vetoes) {
    if (!mayMatch(v.needs, text)) continue;
    for (const m of text.matchAll(v.re)) for (const k of v.kinds) vetoed.add(`${m[1]}|${k}`);
  }
  const out: TextAck[] = [];
  const seen = new Set<string>();
  for (const rule of compiled.rules) {
    if (!mayMatch(rule.needs, text)) continue;
    for (const m of text.matchAll(rule.re)) {
      for (const mi of groupOf(Number(m[1]), m.index!)) {
        const mention = mentions[mi]!;
        if (mention.ids.length !== 1 || vetoed.has(`${mi}|${rule.kind}`)) continue;
        const toId = mention.ids[0]!;
        if (toId === speakerId) continue;
        const key = `${toId}|${rule.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ toId, kind: rule.kind, evidence: { rule: rule.source, mention: mi } });
      }
    }
  }
  return out;
}

/** Clause punctuation of CJK text, as the ASCII the templates use; commas (、) are dropped. */
const CJK_PUNCT: Record<string, string> = { '。': '.', '．': '.', '、': '', '，': '', ',': '', '・': '' };
const SPACE_RUN = /\s+/gu;
const CJK_PUNCT_RE = /[。．、，,・]/gu;
const LATIN_PAIR = /[a-z0-9]/;

/**
 * Unspaced languages (ja): names are found inside the folded text, each mention (with its honorific) coded
 * as a bracketed index, spaces kept only between two Latin letters or digits, and the templates (written
 * without spaces) matched against that. A list of names joined by a conjunction ("田中さんと佐藤さん") is
 * matched as in spaced languages: the names before a name-first match and after any match.
 */
function detectUnspaced(
  text: string,
  speakerId: string | null,
  index: NameIndex,
  compiled: CompiledLanguage,
): TextAck[] {
  const folded = fold(text).replace(SPACE_RUN, ' ').trim();
  const mentions = index.findTextMentions(folded, speakerId, compiled.honorifics);
  if (!mentions.length) return [];
  let coded = '';
  const at: number[] = [];
  let from = 0;
  const plain = (s: string) => {
    const cleaned = s.replace(CJK_PUNCT_RE, (c) => CJK_PUNCT[c] ?? '');
    let out = '';
    for (let i = 0; i < cleaned.length; i++) {
      const c = cleaned[i]!;
      if (c !== ' ') out += c;
      else if (LATIN_PAIR.test(cleaned[i - 1] ?? '') && LATIN_PAIR.test(cleaned[i + 1] ?? '')) out += ' ';
    }
    return out;
  };
  mentions.forEach((m, k) => {
    coded += plain(folded.slice(from, m.start));
    at.push(coded.length);
    coded += `${MENTION_OPEN}${k}${MENTION_CLOSE}`;
    from = m.end;
  });
  coded += plain(folded.slice(from));

  const conj = [...compiled.conjunctions].join('|');
  const joinRe = new RegExp(`^(?:${conj})?${MENTION_OPEN}(\\d+)${MENTION_CLOSE}`, 'u');
  const joinBackRe = new RegExp(`${MENTION_OPEN}(\\d+)${MENTION_CLOSE}(?:${conj})$`, 'u');
  const mates = (k: number, back: boolean): number[] => {
    const out: number[] = [];
    if (!back) {
      let pos = at[k]! + `${MENTION_OPEN}${k}${MENTION_CLOSE}`.length;
      for (;;) {
        const m = joinRe.exec(coded.slice(pos));
        if (!m) break;
        out.push(Number(m[1]));
        pos += m[0].length;
      }
    } else {
      let pos = at[k]!;
      for (;;) {
        const m = joinBackRe.exec(coded.slice(0, pos));
        if (!m) break;
        out.push(Number(m[1]));
        pos -= m[0].length;
      }
    }
    return out;
  };
  // Unspaced rules carry no word check (rules.ts `needsOf`), so every rule runs here.
  return collectAcks(compiled, coded, mentions, speakerId, (k, index) => {
    const group = [k, ...mates(k, false)];
    if (at[k] === index) group.push(...mates(k, true));
    return group;
  });
}

export { NameIndex };
