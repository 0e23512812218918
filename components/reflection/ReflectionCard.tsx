/**
 * The compact card on Meet's / Zoom's end screen (mounted in a shadow root by the content script):
 * duration, your share, the top prompts in short, "Open full reflection" and dismiss (button or Escape).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { MeetingSummary } from '@/utils/meeting/types';
import { CARD_PROMPTS, cardPrompts, type Prompt, reflect } from '@/utils/prompts/engine';
import type { Locale } from '@/utils/prompts/format';
import { EmptyState } from './EmptyState';
import { PromptList } from './PromptList';
import { ui } from './strings';

export interface ReflectionCardProps {
  summary: MeetingSummary;
  locale?: Locale;
  /** Prompts already computed; `reflect(summary)` otherwise. */
  prompts?: Prompt[];
  /** How many prompts the card shows: the head of the list the popup shows in full (same order). */
  maxPrompts?: number;
  onOpenFull(): void;
  onDismiss(): void;
}

export function ReflectionCard({
  summary,
  locale = 'en',
  prompts,
  maxPrompts = CARD_PROMPTS,
  onOpenFull,
  onDismiss,
}: ReflectionCardProps) {
  const s = ui(locale);
  const r = reflect(summary, { locale });
  const shown = cardPrompts({ prompts: prompts ?? r.prompts }, maxPrompts);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onDismiss();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [onDismiss]);

  const share = r.state === 'ok' && summary.selfShare !== null && summary.fairShare !== null;
  return (
    <section ref={ref} class="rp-reflection rp-card" aria-labelledby="rp-card-title">
      <div class="rp-card-head">
        <h2 id="rp-card-title">{s.cardTitle}</h2>
        <button type="button" class="rp-dismiss" aria-label={s.dismiss} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p class="rp-meta">
        {s.meta(summary.durationMs, r.people, summary.startedAt)}
        {share ? ` · ${s.balanceYou(s.pct(summary.selfShare ?? 0), s.pct(summary.fairShare ?? 0))}` : ''}
      </p>
      {r.state === 'too_short' && (
        <EmptyState kind="too_short" durationMs={summary.durationMs} locale={locale} level={3} />
      )}
      {r.state === 'alone' && <EmptyState kind="alone" locale={locale} level={3} />}
      {r.state === 'ok' && r.partial && <EmptyState kind="partial" locale={locale} level={3} />}
      <PromptList prompts={shown} locale={locale} level={3} compact />
      <div class="rp-actions">
        <button type="button" class="rp-primary" onClick={onOpenFull}>
          {s.openFull}
        </button>
        <button type="button" onClick={onDismiss}>
          {s.dismiss}
        </button>
      </div>
    </section>
  );
}
