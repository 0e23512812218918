/**
 * What an anonymised page sample may keep verbatim of a platform's page: the words its adapter's selector
 * tables and readers depend on (see utils/diagnostics/vocabulary.ts, which joins every platform's). Each
 * platform folder's `vocabulary.ts` exports one as its default, built from its own selector tables so it
 * grows with them.
 */
import type { SelectorChain } from './dom';

export interface PlatformVocabulary {
  /** Every selector chain of the adapter: their ligature texts and tested attribute values are kept. */
  readonly chains: readonly SelectorChain[];
  /** Icon ligature words beyond those the chains test (language-neutral, never names). */
  readonly ligatures: readonly string[];
  /** Fixed UI phrases and words the readers match on (end-screen copy, "(Presenting)", row states). */
  readonly phrases: readonly string[];
  /** Role and self tokens of name suffixes ("Host", "me"), lower case. */
  readonly roleTokens: readonly string[];
}
