import type { PlatformVocabulary } from '../vocabulary';
import { ICON_WORDS, MEET, TEXT } from './selectors';

/**
 * Common Material-symbol ligatures on Meet's controls beyond those the selectors test: they are how a
 * developer recognises a control in a sample, and no person is called `more_vert`.
 */
const EXTRA_LIGATURES: readonly string[] = [
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

export default {
  chains: Object.values(MEET),
  ligatures: [...ICON_WORDS, ...EXTRA_LIGATURES],
  phrases: [
    ...TEXT.selfCaption,
    ...TEXT.selfPanel,
    ...TEXT.waiting,
    ...TEXT.endLeft,
    ...TEXT.endHost,
    ...TEXT.endRemoved,
    ...TEXT.presenting,
  ],
  roleTokens: TEXT.selfPanel.map((s) => s.replace(/[()]/g, '').toLowerCase()),
} satisfies PlatformVocabulary;
