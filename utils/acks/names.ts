/**
 * Matching names in an utterance against the live participant list.
 *
 * Tiers, tried in order for each word; the first tier with any candidate decides:
 *  1. full name ("Priya Shah", also "Priya Shah's"): first name followed by another of that person's name
 *     words (exact or within the misspelling bound) — this is how two Priyas are told apart;
 *  2. exact first name; 3. exact other name word (surname, "as Patel said");
 *  4. nickname: a written prefix of a first name, at least 3 letters and at least 2 letters shorter than
 *     the name ("Alex" → "Alexandra", "Sam" → "Samantha", "Chris" → "Christopher"). Prefixes only: derived
 *     nicknames like "Bob"/"Robert" need a table per culture, which we do not guess;
 *  5. misspelling: same first letter (recognisers keep the onset of a name) and edit distance (a swap of
 *     adjacent letters is one edit) within
 *     a bound scaled by the name's length — 0 for names up to 3 letters (one edit turns "Sam" into "same"),
 *     1 for 4–6 letters ("Pria" → Priya), 2 for 7 or more ("Katarina" → Katharina). Ties are ambiguous.
 * Within a tier the speaker is dropped from the candidates when someone else remains (you do not thank
 * yourself, so "thanks Priya" said by one of two Priyas means the other); more than one candidate left →
 * ambiguous, never counted. A candidate set of just the speaker is a self-mention: resolved, then dropped.
 *
 * Guards against ordinary words: a name that is also a common word ("Mark", "Will", "Grace") counts in
 * lower case only as a full name ("mark jones") or when it closes a clause ("great idea mark", but not
 * "thanks, will do" or "we'll mark it"); otherwise it needs a capital or `@Mark`. Tiers 4 and 5 never apply
 * to common words (the language's list plus every rule word: "make" must not become Mike), and in lower
 * case (captions are often uncapitalised) only to words of at least LOWER_NICK_MIN / LOWER_FUZZY_MIN
 * letters.
 */

import { boundedEditDistance, type Token, tokenize } from './normalize';
import type { CompiledLanguage } from './rules';

export interface AckParticipant {
  id: string;
  name: string;
  isSelf?: boolean;
}

/** Shortest nickname prefix and how much shorter than the full first name it must be (see tier 4). */
const NICK_MIN = 3;
const NICK_SHORTER_BY = 2;
/**
 * Caption text is often all lower case, so tiers 4–5 also run on lower-case words, but only on longer ones:
 * a 3-letter word that prefixes a name ("mar", "den", "car") or a 4-letter word one edit from one is far
 * likelier to be a word than a name. Long accidental near-names are rare, and a mention still counts only in
 * an acknowledgement phrase.
 */
const LOWER_NICK_MIN = 4;
const LOWER_FUZZY_MIN = 5;
/** Misspelling bound by name length (see tier 5). */
export function misspellingBound(nameLength: number): number {
  return nameLength <= 3 ? 0 : nameLength <= 6 ? 1 : 2;
}

const HONORIFICS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'herr',
  'frau',
  'sir',
  'dame',
  'sr',
  'sra',
  'mme',
  'dhr',
  'mevr',
]);

const NAME_PARTICLES = new Set(
  'de|del|della|di|da|das|do|dos|du|des|la|le|van|von|der|den|ter|ten|te|het|el|al|bin|ibn|zu|y|e'.split('|'),
);

/** Writing systems whose words are not separated by spaces (names are then found inside the text). */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HIRAGANA_ONLY_RE = /^\p{Script=Hiragana}+$/u;
const LATIN_WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** A name found in the text of an unspaced language: [start, end) offsets in the folded text. */
interface UnspacedForm {
  form: string;
  id: string;
  needsHonorific: boolean;
  cjk: boolean;
}

export interface TextMention {
  start: number;
  end: number;
  ids: string[];
}

interface Person {
  id: string;
  first: string;
  /** Name words after the first. */
  rest: string[];
}

export interface Mention {
  /** Token span [start, end). */
  start: number;
  end: number;
  /** Resolved participant ids: exactly one → resolved, more → ambiguous. */
  ids: string[];
  possessive: boolean;
}

export class NameIndex {
  readonly people: Person[] = [];
  private readonly firstMap = new Map<string, string[]>();
  private readonly restMap = new Map<string, string[]>();
  private readonly byId = new Map<string, Person>();
  /** For tiers 4–5: every first name and name word by its first letter. */
  private readonly byInitial = new Map<string, { form: string; id: string; first: boolean }[]>();

  constructor(participants: Iterable<AckParticipant>) {
    for (const p of participants) {
      const words = tokenize(p.name.replace(/\([^)]*\)/g, ' ').replace(/@.*$/, ''))
        .filter((t): t is Extract<Token, { k: 'word' }> => t.k === 'word')
        .map((t) => t.f)
        .filter((w) => !HONORIFICS.has(w));
      const [first, ...more] = words;
      // "de", "van", "da": part of a surname, never a name by themselves ("Sanne de Vries", "Pieter van Dijk")
      const rest = more.filter((w) => !NAME_PARTICLES.has(w));
      if (!first || this.byId.has(p.id)) continue;
      const person = { id: p.id, first, rest };
      this.people.push(person);
      this.byId.set(p.id, person);
      push(this.firstMap, first, p.id);
      for (const w of rest) push(this.restMap, w, p.id);
      for (const [form, isFirst] of [[first, true], ...rest.map((w) => [w, false] as const)] as const) {
        const list = this.byInitial.get(form.charAt(0)) ?? [];
        list.push({ form, id: p.id, first: isFirst });
        this.byInitial.set(form.charAt(0), list);
      }
    }
  }

  /** For unspaced languages: every name form (folded) → who bears it and whether it must carry an honorific. */
  private unspacedForms: UnspacedForm[] | null = null;

  private buildUnspaced(): UnspacedForm[] {
    const out: UnspacedForm[] = [];
    for (const p of this.people) {
      for (const w of [p.first, ...p.rest]) {
        const cjk = CJK_RE.test(w);
        // a single kanji or an all-hiragana name is too likely to be part of an ordinary word
        const weak = cjk && (w.length < 2 || HIRAGANA_ONLY_RE.test(w));
        out.push({ form: w, id: p.id, needsHonorific: weak, cjk });
        // a CJK display name without a space ("鈴木花子"): the family or given name alone, with an honorific
        if (cjk && w.length >= 3 && p.rest.length === 0) {
          for (let k = 2; k < w.length; k++) {
            out.push({ form: w.slice(0, k), id: p.id, needsHonorific: true, cjk });
            out.push({ form: w.slice(w.length - k), id: p.id, needsHonorific: true, cjk });
          }
        }
      }
    }
    return out.sort((a, b) => b.form.length - a.form.length);
  }

  /**
   * Names in folded text without word boundaries (ja): CJK name forms anywhere, Latin ones between non-letters;
   * an honorific right after a name is part of the mention. A family name followed by the same person's given
   * name is one mention (the full name tells two 高橋 apart). Longest match first; overlaps are dropped.
   */
  findTextMentions(text: string, speakerId: string | null, honorifics: readonly string[]): TextMention[] {
    this.unspacedForms ??= this.buildUnspaced();
    const raw: { start: number; end: number; ids: Set<string>; formEnd: number }[] = [];
    const honorificAt = (i: number) => honorifics.find((h) => text.startsWith(h, i));
    for (const f of this.unspacedForms) {
      for (let at = text.indexOf(f.form); at >= 0; at = text.indexOf(f.form, at + 1)) {
        const end = at + f.form.length;
        if (!f.cjk) {
          if (at > 0 && LATIN_WORD_CHAR_RE.test(text[at - 1]!) && !CJK_RE.test(text[at - 1]!)) continue;
          if (end < text.length && LATIN_WORD_CHAR_RE.test(text[end]!) && !CJK_RE.test(text[end]!)) continue;
        }
        const h = honorificAt(end);
        if (f.needsHonorific && !h) continue;
        const same = raw.find((r) => r.start === at && r.formEnd === end);
        if (same) same.ids.add(f.id);
        else raw.push({ start: at, end: end + (h?.length ?? 0), ids: new Set([f.id]), formEnd: end });
      }
    }
    // full names: "高橋誠さん", "田中 美咲"
    raw.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const a of raw) {
      if (a.end !== a.formEnd) continue;
      let next = a.end;
      while (text[next] === ' ') next++;
      const b = raw.find((r) => r.start === next && r !== a);
      if (!b) continue;
      const both = [...a.ids].filter((id) => b.ids.has(id));
      if (!both.length) continue;
      a.ids = new Set(both);
      a.end = b.end;
    }
    raw.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: TextMention[] = [];
    let last = -1;
    for (const r of raw) {
      if (r.start < last) continue;
      out.push({ start: r.start, end: r.end, ids: narrow([...r.ids], speakerId) });
      last = r.end;
    }
    return out;
  }

  /** The participant a displayed name refers to: exact full name, else a unique first name. */
  resolveDisplayName(name: string): string | null {
    const words = tokenize(name)
      .filter((t) => t.k === 'word')
      .map((t) => t.f);
    if (!words.length) return null;
    const full = words.join(' ');
    const exact = this.people.filter((p) => [p.first, ...p.rest].join(' ') === full);
    if (exact.length === 1) return exact[0]!.id;
    const firsts = this.firstMap.get(words[0]!) ?? [];
    return firsts.length === 1 ? firsts[0]! : null;
  }

  /** Finds every name mention in the tokens. */
  findMentions(tokens: readonly Token[], speakerId: string | null, lang: CompiledLanguage): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.k !== 'word') continue;
      const m = this.matchAt(tokens, i, speakerId, lang);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }

  private matchAt(
    tokens: readonly Token[],
    i: number,
    speakerId: string | null,
    lang: CompiledLanguage,
  ): Mention | null {
    const t = tokens[i] as Extract<Token, { k: 'word' }>;
    const common = lang.commonWords.has(t.f);
    const next = tokens[i + 1];
    // a name that is also a word, written as a word ("mark", "will", "grace"): only as a full name, or
    // closing a clause ("great idea mark", "thanks grace!"), where the word reading rarely fits
    const asWord = common && !t.cap && !t.at;

    // 1. full name: first name (not possessive) + another of the same person's words
    const firsts = this.firstMap.get(t.f);
    if (firsts && next?.k === 'word') {
      const hits: string[] = [];
      let possessive = false;
      for (const id of firsts) {
        const person = this.byId.get(id)!;
        for (const v of variants(next.f, lang.lang.genitiveS, lang.diminutives)) {
          if (person.rest.some((w) => w === v.base || closeEnough(v.base, w))) {
            hits.push(id);
            possessive ||= v.possessive;
            break;
          }
        }
      }
      if (hits.length) return { start: i, end: i + 2, ids: narrow(hits, speakerId), possessive };
    }
    if (asWord && next !== undefined && next.k === 'word' && !vocative(tokens, i)) return null;

    const vs = variants(t.f, lang.lang.genitiveS, lang.diminutives);
    // 2–3. exact first name, then exact other name word
    for (const map of [this.firstMap, this.restMap]) {
      for (const v of vs) {
        const ids = map.get(v.base);
        if (ids) return { start: i, end: i + 1, ids: narrow(ids, speakerId), possessive: v.possessive };
      }
    }
    if (common) return null;
    // live captions often come in lower case: tiers 4–5 then need a longer word (see LOWER_*)
    const lower = !(t.cap || t.at);
    for (const v of vs) {
      if (v.base.length < (lower ? LOWER_NICK_MIN : NICK_MIN) || lang.commonWords.has(v.base)) continue;
      const pool = this.byInitial.get(v.base.charAt(0));
      if (!pool) continue;
      // 4. nickname prefix of a first name. Every longer first name sharing the prefix is a candidate, so
      // "Kat" with Kate and Katie in the call is ambiguous even though only Katie is 2 letters longer.
      const prefixed = pool.filter(
        (e) => e.first && e.form.length > v.base.length && e.form.startsWith(v.base),
      );
      if (prefixed.some((e) => e.form.length - v.base.length >= NICK_SHORTER_BY)) {
        const nick = unique(prefixed.map((e) => e.id));
        return { start: i, end: i + 1, ids: narrow(nick, speakerId), possessive: v.possessive };
      }
      if (lower && v.base.length < LOWER_FUZZY_MIN) continue;
      // 5. misspelling within the length-scaled bound; the closest wins, ties are ambiguous
      let best = Number.POSITIVE_INFINITY;
      let bestIds: string[] = [];
      for (const e of pool) {
        const bound = misspellingBound(e.form.length);
        if (bound === 0) continue;
        const d = boundedEditDistance(v.base, e.form, bound);
        if (d > bound) continue;
        if (d < best) {
          best = d;
          bestIds = [e.id];
        } else if (d === best && !bestIds.includes(e.id)) bestIds.push(e.id);
      }
      if (bestIds.length)
        return { start: i, end: i + 1, ids: narrow(bestIds, speakerId), possessive: v.possessive };
    }
    return null;
  }
}

function closeEnough(written: string, name: string): boolean {
  const bound = misspellingBound(name.length);
  return (
    bound > 0 && written.charAt(0) === name.charAt(0) && boundedEditDistance(written, name, bound) <= bound
  );
}

/**
 * The word as written, then as a possessive ("priya's", "james'", de "priyas"), then without a diminutive
 * ending (nl "jantje" → jan, "sannetje" → sanne).
 */
function variants(
  f: string,
  genitiveS: boolean,
  diminutives: readonly string[] = [],
): { base: string; possessive: boolean }[] {
  const out = [{ base: f, possessive: false }];
  if (f.endsWith("'s")) out.unshift({ base: f.slice(0, -2), possessive: true });
  else if (f.endsWith("'")) out.unshift({ base: f.slice(0, -1), possessive: true });
  else if (genitiveS && f.length > 3 && f.endsWith('s')) out.push({ base: f.slice(0, -1), possessive: true });
  for (const d of diminutives)
    if (f.length >= d.length + 2 && f.endsWith(d))
      out.push({ base: f.slice(0, -d.length), possessive: false });
  return out;
}

/** Drops the speaker when someone else is also a candidate (see the module note). */
function narrow(ids: readonly string[], speakerId: string | null): string[] {
  const u = unique(ids);
  if (u.length > 1 && speakerId !== null && u.includes(speakerId)) return u.filter((id) => id !== speakerId);
  return u;
}

function unique(ids: readonly string[]): string[] {
  return ids.length <= 1 ? [...ids] : [...new Set(ids)];
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Auxiliaries that, followed by "you", make a question to the word before them. */
const ASK = new Set(['do', 'did', 'would', 'could', 'can', 'will', 'are', 'have', 'want', 'wanna']);
/**
 * A word opening the utterance or a sentence and followed by "<aux> you" is the person asked, not the
 * word ("grace do you want to kick us off", "will would you add something"): captions drop the comma.
 */
function vocative(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && !(prev.k === 'punct' && (prev.f === '.' || prev.f === '?' || prev.f === '!'))) return false;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  return a?.k === 'word' && ASK.has(a.f) && b?.k === 'word' && b.f === 'you';
}
