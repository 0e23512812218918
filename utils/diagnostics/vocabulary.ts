/**
 * What an anonymised page sample may keep verbatim, collected from the adapters' own selector tables so it
 * grows with them: icon ligature words (language-neutral, never names), the platforms' fixed UI phrases the
 * readers match on (waiting-room and end-screen copy, "(Presenting)", "(Host, me)", footer labels), and the
 * exact attribute values the selectors test (`[data-panel-id="2"]`, `[aria-label="participants list"]`).
 * Keeping exactly these is what lets a capture replay through the readers like the page did.
 */
import type { SelectorChain } from '../platforms/dom';
import type { PlatformVocabulary } from '../platforms/vocabulary';

/** Each registered platform's `vocabulary.ts` (beside its selectors), found like the registry's metas. */
const VOCABULARIES: readonly PlatformVocabulary[] = Object.values(
  import.meta.glob<PlatformVocabulary>('../platforms/*/vocabulary.ts', { eager: true, import: 'default' }),
);

const CHAINS: readonly SelectorChain[] = VOCABULARIES.flatMap((v) => v.chains);

function collectLigatures(): Set<string> {
  const out = new Set<string>(VOCABULARIES.flatMap((v) => v.ligatures));
  for (const chain of CHAINS) for (const layer of chain) for (const t of layer.text ?? []) out.add(t);
  return out;
}

/** Ligature words: kept verbatim as a whole text node, or as the first word of an aria-label. */
export const LIGATURES: ReadonlySet<string> = collectLigatures();

export interface AttrValues {
  /** attribute → values a selector tests for equality: kept verbatim. */
  exact: Map<string, Set<string>>;
  /** attribute → prefixes a selector tests with `^=`: kept, the rest of the value anonymised. */
  prefix: Map<string, Set<string>>;
}

const ATTR_RE = /\[([\w-]+)([\^$*~|]?)="([^"]*)"\]/g;

function collectAttrValues(): AttrValues {
  const exact = new Map<string, Set<string>>();
  const prefix = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) => {
    const s = m.get(k) ?? new Set<string>();
    s.add(v);
    m.set(k, s);
  };
  for (const chain of CHAINS) {
    for (const layer of chain) {
      for (const m of layer.css.matchAll(ATTR_RE)) {
        const [, attr, op, value] = m;
        if (!attr || value === undefined) continue;
        if (op === '') add(exact, attr, value);
        else if (op === '^') add(prefix, attr, value);
      }
    }
  }
  return { exact, prefix };
}

export const SELECTOR_VALUES: AttrValues = collectAttrValues();

export const ROLE_TOKENS: readonly string[] = [
  'host',
  'co-host',
  'cohost',
  'guest',
  'gast',
  'invité',
  'invitado',
  'moderator',
  ...VOCABULARIES.flatMap((v) => v.roleTokens),
];

function phrases(): { multi: string[]; whole: Set<string> } {
  const all: string[] = VOCABULARIES.flatMap((v) => v.phrases);
  for (const v of SELECTOR_VALUES.exact.get('aria-label') ?? []) all.push(v);
  const multi: string[] = [];
  const whole = new Set<string>();
  for (const p of all) {
    // Single words ("You", "Mute", "Connecting") are kept only as a whole text; a name could contain them.
    if (/[\s()]/.test(p)) multi.push(p);
    else whole.add(p);
  }
  // Longest first, so "computer audio muted" wins over "audio muted".
  multi.sort((a, b) => b.length - a.length);
  return { multi, whole };
}

const P = phrases();
/** Fixed UI phrases kept wherever they occur inside a text (word-bounded, case-insensitive). */
export const UI_PHRASES: readonly string[] = P.multi;
/** Fixed UI words kept only when they are the whole text. */
export const UI_WORDS: ReadonlySet<string> = P.whole;
