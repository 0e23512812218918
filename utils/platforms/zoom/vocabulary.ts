import type { PlatformVocabulary } from '../vocabulary';
import { TEXT, ZOOM } from './selectors';

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
export default {
  chains: Object.values(ZOOM),
  ligatures: [],
  phrases: [
    ...TEXT.waiting,
    ...TEXT.endHost,
    ...TEXT.endRemoved,
    ...TEXT.endLeft,
    ...TEXT.endGeneric,
    ...TEXT.unmuteLabel,
    ...TEXT.muteLabel,
    ...TEXT.captionSystem,
    ...ZOOM_ROW_STATE,
  ],
  roleTokens: [...TEXT.selfLabel],
} satisfies PlatformVocabulary;
