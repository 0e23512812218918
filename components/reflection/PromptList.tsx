/** The selected prompts: concept, what Rapport saw, a question and one next step. Plain text only. */
import { label } from '@/utils/i18n';
import type { Prompt } from '@/utils/prompts/engine';
import type { Locale } from '@/utils/prompts/format';
import { ui } from './strings';

export interface PromptListProps {
  prompts: Prompt[];
  locale?: Locale;
  /** Heading level of the list's title; each prompt's title uses the next level. */
  level?: 2 | 3;
  /** Compact: title, first evidence line and the question only (the in-page card). */
  compact?: boolean;
}

export function PromptList({ prompts, locale = 'en', level = 2, compact = false }: PromptListProps) {
  const s = ui(locale);
  if (prompts.length === 0) return null;
  const Title = level === 2 ? 'h2' : 'h3';
  const Item = level === 2 ? 'h3' : 'h4';
  return (
    <section class="rp-prompts" aria-labelledby="rp-prompts-title">
      <Title id="rp-prompts-title">{s.promptsTitle}</Title>
      <ol class="rp-prompt-list">
        {prompts.map((p) => (
          <li key={p.id} class={`rp-prompt rp-tone-${p.tone}`} data-prompt-id={p.id}>
            <p class="rp-concept">
              {p.conceptLabel}
              {p.tone === 'recognition' ? ` · ${s.recognition}` : ''}
            </p>
            <Item class="rp-prompt-title">{p.title}</Item>
            <ul class="rp-evidence" aria-label={s.evidenceLabel}>
              {(compact ? p.evidence.slice(0, 1) : p.evidence).map((e, i) => (
                <li key={`${i}-${e}`}>{e}</li>
              ))}
            </ul>
            <p class="rp-question">
              <span class="rp-label">{label(s.questionLabel)} </span>
              {p.question}
            </p>
            {!compact && (
              <p class="rp-step">
                <span class="rp-label">{label(s.nextStepLabel)} </span>
                {p.nextStep}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
