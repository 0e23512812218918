import type { AckKind } from '@/utils/meeting/events';

/** The kinds text rules can produce (`reaction` and `manual` come from other signals). */
export type TextAckKind = Extract<AckKind, 'thanks' | 'credit' | 'invitation' | 'agreement'>;

/**
 * A language is data: phrase lists and rule templates. Templates are matched against the *coded* form of an
 * utterance: folded (lower case, no accents, ß→ss), one space between tokens, names replaced by `@k`
 * (the k-th mention) or `@ks` (its possessive), punctuation `. ? ! ,` and emoji as their own tokens.
 *
 * Template syntax (regular-expression source plus macros; write words in folded form or not — templates are
 * folded when compiled):
 * - a space between words also accepts a comma there ("thanks {N}" matches "thanks, Priya");
 * - `{_}` a space that does NOT accept a comma;
 * - `{N}` a name, `{Ns}` its possessive ("Priya's", "James'", de "Priyas"), `{N*}` either;
 * - `{@list}` any phrase of `lists.list`; `{W3}` up to three filler words (write it glued to the next item:
 *   "thank you {W3}{N}"); `{W5,}` one to five words without a comma and then a comma ("thanks for the update,
 *   Priya" — the comma is what makes the name the addressee); `{END}` the clause ends here (punctuation, emoji or end of text);
 * - groups must be non-capturing — the compiler turns `(` into `(?:` so the only capture is the name.
 */
export interface AckRule {
  kind: TextAckKind;
  pattern: string;
}

/** A veto cancels the listed kinds for the name it captures (negation: "I don't agree with Maria"). */
export interface AckVeto {
  kinds: readonly TextAckKind[];
  pattern: string;
}

export interface AckLanguage {
  code: string;
  /** Shown on the options page. */
  label: string;
  rules: readonly AckRule[];
  vetoes: readonly AckVeto[];
  lists: Readonly<Record<string, readonly string[]>>;
  /** Words joining names into one list ("thanks Priya and Sam"): every name in the list gets the ack. */
  conjunctions: readonly string[];
  /**
   * Words that may sit between a conjunction and the next name without ending the list ("thanks Lee and
   * also Grace", "let's hear from Søren and then Jürgen"). They join nothing by themselves.
   */
  listFillers?: readonly string[];
  /** Bare -s genitive without apostrophe ("Priyas Idee"). */
  genitiveS: boolean;
  /**
   * Common words of the language. A participant name that is also one of these ("Mark", "Will", "Grace")
   * only counts when written with a capital letter, and these words are never nickname- or fuzzy-matched to
   * a name ("make" is one edit from "Mike", "data" from "Dana"). Every word used in a rule is added
   * automatically.
   */
  commonWords: readonly string[];
  /** Speaker labels the platform uses for the local user ("You", "Du"). */
  selfLabels: readonly string[];
  /**
   * Elided articles and prepositions written glued to the next word with an apostrophe (fr "d'Ana",
   * "l'idée", it "dell'Ana"): split off in the text and in the templates, so a name after them is a word.
   */
  elisions?: readonly string[];
  /** Endings of a name's diminutive (nl "Jantje", "Sannetje"): the name without them is also tried. */
  diminutives?: readonly string[];
  /**
   * No spaces between words (ja): names are found inside the text, honorifics glued to them are part of the
   * mention, and templates are written without spaces (a space in them means nothing); `{Wn}` is up to n
   * characters. Commas are dropped from the coded text.
   */
  unspaced?: boolean;
  /** Titles written right after a name (ja さん, 様, 先生): part of the mention, never a name themselves. */
  honorifics?: readonly string[];
  /** Frequent words of the language, for the automatic language choice (utils/acks/auto-language.ts). */
  stopwords: readonly string[];
  /**
   * How the platforms' caption-language control may name this language (in several interface languages)
   * and its BCP-47 primary subtag first: "ja", "日本語", "japanese", "japanisch".
   */
  captionNames: readonly string[];
}

/** A phrase list written as one `|`-separated string (compact in the content-script bundle). */
export const l = (phrases: string): readonly string[] => phrases.split('|');
