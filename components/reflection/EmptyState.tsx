/** What the popup shows instead of (or above) a reflection: no meeting yet, too short, alone, partial data. */
import type { Caveat } from '@/utils/prompts/engine';
import type { Locale } from '@/utils/prompts/format';
import { ui } from './strings';

export type EmptyKind = 'none' | 'too_short' | 'alone' | 'partial';

export interface EmptyStateProps {
  kind: EmptyKind;
  locale?: Locale;
  /** For `too_short`: how long the call lasted. */
  durationMs?: number;
  /** For `partial`: the caveats to list. */
  caveats?: Caveat[];
  level?: 2 | 3;
}

export function EmptyState({
  kind,
  locale = 'en',
  durationMs = 0,
  caveats = [],
  level = 2,
}: EmptyStateProps) {
  const s = ui(locale);
  const [title, body] =
    kind === 'none'
      ? [s.emptyNoneTitle, s.emptyNoneBody]
      : kind === 'too_short'
        ? [s.emptyShortTitle, s.emptyShortBody(durationMs)]
        : kind === 'alone'
          ? [s.emptyAloneTitle, s.emptyAloneBody]
          : [s.emptyPartialTitle, s.emptyPartialBody];
  const Title = level === 2 ? 'h2' : 'h3';
  return (
    <section
      class={`rp-empty rp-empty-${kind}`}
      aria-labelledby={`rp-empty-${kind}`}
      role={kind === 'partial' ? 'note' : undefined}
    >
      <Title id={`rp-empty-${kind}`}>{title}</Title>
      <p>{body}</p>
      {kind === 'partial' && caveats.length > 0 && (
        <ul>
          {caveats.map((c) => (
            <li key={c.signal}>{c.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
