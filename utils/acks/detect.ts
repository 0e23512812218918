import type { AckLanguageCode } from './languages';
import { resolveAckLanguage } from './languages/registry';
import type { AckLanguage, TextAckKind } from './languages/types';
import { type AckParticipant, type Mention, NameIndex } from './names';
import { type Token, tokenize } from './normalize';
import { type CompiledLanguage, compileLanguage, mayMatch } from './rules';

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
  const tokens = tokenize(text);
  const mentions = index.findMentions(tokens, speakerId, compiled);
  if (!mentions.length) return [];
  const coded = encode(tokens, mentions, compiled);

  const vetoed = new Set<string>();
  for (const v of compiled.vetoes) {
    if (!mayMatch(v.needs, coded.text)) continue;
    for (const m of coded.text.matchAll(v.re)) for (const k of v.kinds) vetoed.add(`${m[1]}|${k}`);
  }
  const out: TextAck[] = [];
  const seen = new Set<string>();
  for (const rule of compiled.rules) {
    if (!mayMatch(rule.needs, coded.text)) continue;
    for (const m of coded.text.matchAll(rule.re)) {
      const k = Number(m[1]);
      const at = coded.mentionAt[k]!;
      const group = [k, ...listMates(coded, at, 1)];
      // name-first rules ("Priya and Sam, what do you think?") also take the names before
      if (coded.offsets[at] === m.index) group.push(...listMates(coded, at, -1));
      for (const mi of group) {
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

export { NameIndex };
