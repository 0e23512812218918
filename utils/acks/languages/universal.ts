import type { AckRule } from './types';

/**
 * Emoji and "+1" read the same in every language, mostly in chat ("🙏 Sam", "thanks @Sam 🙌", "+1 Sam").
 * Merged into every language's rules.
 */
export const UNIVERSAL_RULES: readonly AckRule[] = [
  { kind: 'thanks', pattern: '(🙏|🙌|❤|💐|🤗) {N}' },
  { kind: 'thanks', pattern: '{N} (🙏|🙌|❤|💐|🤗)' },
  { kind: 'credit', pattern: '(👏|🏆|🌟|⭐|💯|🎉|🔥|💪) {N}' },
  { kind: 'credit', pattern: '{N} (👏|🏆|🌟|⭐|💯|🎉|🔥|💪)' },
  { kind: 'agreement', pattern: '(\\+1|👍|💯) (to |zu |for |fur )?{N*}' },
  { kind: 'agreement', pattern: '{N} (\\+1|👍)' },
];
