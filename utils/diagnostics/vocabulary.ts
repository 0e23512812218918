/**
 * What an anonymised page sample may keep verbatim, collected from the adapters' own selector tables so it
 * grows with them: icon ligature words (language-neutral, never names), the platforms' fixed UI phrases the
 * readers match on (waiting-room and end-screen copy, "(Presenting)", "(Host, me)", footer labels), and the
 * exact attribute values the selectors test (`[data-panel-id="2"]`, `[aria-label="participants list"]`).
 * Keeping exactly these is what lets a capture replay through the readers like the page did.
 */
import type { SelectorChain } from '../platforms/dom';
import { ICON_WORDS, MEET, TEXT as MEET_TEXT } from '../platforms/meet/selectors';
import { ZOOM, TEXT as ZOOM_TEXT } from '../platforms/zoom/selectors';

const CHAINS: readonly SelectorChain[] = [...Object.values(MEET), ...Object.values(ZOOM)];

/**
 * Common Material-symbol ligatures on Meet's controls beyond those the selectors test: they are how a
 * developer recognises a control in a sample, and no person is called `more_vert`.
 */
const EXTRA_LIGATURES = [
  'add_reaction',
  'call_end',
  'chat',
  'chat_bubble',
  'closed_caption',
  'closed_caption_off',
  'people',
  'group',
  'info',
  'mood',
  'more_vert',
  'more_horiz',
  'close',
  'send',
  'present_to_all',
  'stop_screen_share',
  'back_hand',
  'front_hand',
  'apps',
  'lock_person',
  'mic',
  'mic_off',
  'mic_none',
  'videocam',
  'videocam_off',
  'expand_more',
  'expand_less',
  'arrow_back',
  'settings',
  'keyboard_arrow_up',
  'keyboard_arrow_down',
  'emoji_emotions',
  'select_all',
  'search',
];

function collectLigatures(): Set<string> {
  const out = new Set<string>([...ICON_WORDS, ...EXTRA_LIGATURES]);
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

/**
 * Zoom's row-state words in participant aria-labels (readers' `parseRowLabel` regexes) and role tokens of
 * the "(Host, me)" suffix (readers' ROLE_TOKENS plus the self tokens). Mirrored here because the readers
 * keep them private; they are platform vocabulary, not anyone's words.
 */
const ZOOM_ROW_STATE = [
  'computer audio muted',
  'computer audio unmuted',
  'telephone audio muted',
  'telephone audio unmuted',
  'phone audio muted',
  'phone audio unmuted',
  'audio muted',
  'audio unmuted',
  'no audio connected',
  'video off',
  'video on',
];
export const ROLE_TOKENS: readonly string[] = [
  'host',
  'co-host',
  'cohost',
  'guest',
  'gast',
  'invité',
  'invitado',
  'moderator',
  ...MEET_TEXT.selfPanel.map((s) => s.replace(/[()]/g, '').toLowerCase()),
  ...ZOOM_TEXT.selfLabel,
];

function phrases(): { multi: string[]; whole: Set<string> } {
  const all: string[] = [
    ...MEET_TEXT.selfCaption,
    ...MEET_TEXT.selfPanel,
    ...MEET_TEXT.waiting,
    ...MEET_TEXT.endLeft,
    ...MEET_TEXT.endHost,
    ...MEET_TEXT.endRemoved,
    ...MEET_TEXT.presenting,
    ...ZOOM_TEXT.waiting,
    ...ZOOM_TEXT.endHost,
    ...ZOOM_TEXT.endRemoved,
    ...ZOOM_TEXT.endLeft,
    ...ZOOM_TEXT.endGeneric,
    ...ZOOM_TEXT.unmuteLabel,
    ...ZOOM_TEXT.muteLabel,
    ...ZOOM_TEXT.captionSystem,
    ...ZOOM_ROW_STATE,
  ];
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
