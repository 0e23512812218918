/**
 * Which acknowledgement rules apply when the setting is "automatic": the caption language the platform's
 * own control shows (where the page shows it), else a small detector on the words seen, else the browser's
 * interface language. Pure, no DOM.
 *
 * The content script carries none of the languages' data: the background sends `AckLanguageProfile`s
 * (stopwords and caption-language names, taken from the tables) with `cs:ack-profiles`, so the content
 * bundle does not grow with the number of languages.
 */
import type { AckLanguage } from './languages/types';
import { fold } from './normalize';

export const AUTO_ACK_LANGUAGE = 'auto';

/** What the detector needs of a language: its code, frequent words, and how caption controls name it. */
export interface AckLanguageProfile {
  code: string;
  stopwords: readonly string[];
  /** BCP-47 primary subtag first, then names ("日本語", "japanese", "japanisch"). */
  captionNames: readonly string[];
  /** The language is written with kana (ja): a kana letter is evidence by itself. */
  kana?: boolean;
}

export function ackLanguageProfile(lang: AckLanguage): AckLanguageProfile {
  return {
    code: lang.code,
    stopwords: lang.stopwords,
    captionNames: lang.captionNames,
    ...(lang.unspaced ? { kana: true } : {}),
  };
}

/** The rules to use: a fixed setting wins; "auto" follows the platform's hint, then the guess, then the fallback. */
export function chooseAckLanguage(
  setting: string,
  hint: string | null,
  guess: string | null,
  fallback: string,
): string {
  if (setting !== AUTO_ACK_LANGUAGE) return setting;
  return hint ?? guess ?? fallback;
}

/** The browser's interface language as a supported code ("pt-BR" → "pt"), else `otherwise`. */
export function languageFromLocale(
  locale: string | undefined,
  codes: readonly string[],
  otherwise = 'en',
): string {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return codes.includes(primary) ? primary : otherwise;
}

/**
 * The language a caption-language control's text names: a BCP-47 tag ("ja-JP", "pt_BR") or a language name in
 * one of several interface languages ("Español (España)", "Japanese", "Portugiesisch (Brasilien)"). Null when
 * it names none of the profiles (a language we have no rules for: the detector and fallback decide then).
 * Several candidates, one a line, are tried in order.
 */
export function languageFromCaptionLabel(
  label: string | null | undefined,
  profiles: readonly AckLanguageProfile[],
): string | null {
  if (!label) return null;
  // An adapter may pass several candidates, one a line in page order: the first that names a language wins.
  if (label.includes('\n')) {
    for (const line of label.split('\n')) {
      const code = languageFromCaptionLabel(line, profiles);
      if (code) return code;
    }
    return null;
  }
  const f = fold(label).trim();
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/.exec(f);
  if (tag) return profiles.find((p) => p.captionNames[0] === tag[1])?.code ?? null;
  const words = f.split(/[^\p{L}]+/u).filter(Boolean);
  for (const p of profiles) {
    for (const name of p.captionNames.slice(1)) {
      const n = fold(name);
      if (words.includes(n) || (/[^\p{Script=Latin}]/u.test(n) && f.includes(n))) return p.code;
    }
  }
  return null;
}

/** Evidence decays per word seen, so the guess follows the call when its language changes. */
const DECAY = 0.97;
/** Evidence needed before the first guess, and the lead over the runner-up needed to change it. */
const MIN_SCORE = 4;
const LEAD = 2;
const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KANA_ALL_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD_RE = /[\p{L}']+/gu;

export interface LanguageGuesser {
  /**
   * Feeds one caption update or chat message (`key`: its caption entry, so a growing entry counts each word
   * once) and returns the current guess, null while there is too little evidence.
   */
  observe(key: string, text: string): string | null;
  readonly guess: string | null;
}

/** A stopword and script detector with bounded state (one score per language, the last entry's word count). */
export function createLanguageGuesser(profiles: readonly AckLanguageProfile[]): LanguageGuesser {
  const index = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const w of p.stopwords) {
      const f = fold(w);
      const list = index.get(f) ?? [];
      if (!list.includes(i)) list.push(i);
      index.set(f, list);
    }
  });
  const kanaLang = profiles.findIndex((p) => p.kana);
  const scores = profiles.map(() => 0);
  let guess: string | null = null;
  let lastKey = '';
  let lastCount = 0;
  let lastKana = 0;

  const decide = () => {
    let best = -1;
    let second = 0;
    for (let i = 0; i < scores.length; i++) {
      if (best < 0 || scores[i]! > scores[best]!) {
        if (best >= 0) second = Math.max(second, scores[best]!);
        best = i;
      } else second = Math.max(second, scores[i]!);
    }
    if (best < 0) return;
    const top = scores[best]!;
    if (top >= MIN_SCORE && top >= LEAD * second) guess = profiles[best]!.code;
  };

  return {
    get guess() {
      return guess;
    },
    observe(key, text) {
      const words = fold(text).match(WORD_RE) ?? [];
      // the last word of a live caption may still be rewritten; count it once the next one follows
      const settled = key.startsWith('chat:') ? words.length : Math.max(0, words.length - 1);
      const same = key === lastKey;
      const from = same ? Math.min(lastCount, settled) : 0;
      // unspaced text has no words to count: kana letters added since the last update are the evidence
      const kana = kanaLang >= 0 ? (text.match(KANA_ALL_RE) ?? []).length : 0;
      const newKana = same ? Math.max(0, kana - lastKana) : kana;
      lastKey = key;
      lastCount = same ? Math.max(lastCount, settled) : settled;
      lastKana = same ? Math.max(lastKana, kana) : kana;
      if (newKana > 0) {
        for (let i = 0; i < scores.length; i++) scores[i]! *= DECAY ** Math.ceil(newKana / 3);
        scores[kanaLang]! += newKana / 3;
      }
      for (let w = from; w < settled; w++) {
        const word = words[w]!;
        if (kanaLang >= 0 && KANA_RE.test(word)) continue;
        for (let i = 0; i < scores.length; i++) scores[i]! *= DECAY;
        for (const i of index.get(word) ?? []) scores[i]! += 1;
      }
      decide();
      return guess;
    },
  };
}
