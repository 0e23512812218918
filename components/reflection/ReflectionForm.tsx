/**
 * Two quick ratings, a private note and an intention for the next call. Save hands
 * `{ ratings, note, intention, promptIds }` to `client.saveReflection(meetingId, …)`.
 */

import { useState } from 'preact/hooks';
import { label } from '@/utils/i18n';
import type { Prompt } from '@/utils/prompts/engine';
import type { Locale } from '@/utils/prompts/format';
import { INTENTION_MAX, NOTE_MAX } from '@/utils/prompts/limits';
import type { ReflectionRecord } from '@/utils/prompts/reflection';
import type { ReflectionClient } from './client';
import { ui } from './strings';

export interface ReflectionFormProps {
  meetingId: string;
  client: Pick<ReflectionClient, 'saveReflection'>;
  /** The prompts shown with this reflection: their next steps become intention suggestions. */
  prompts: Prompt[];
  /** A previously saved reflection to edit. */
  initial?: ReflectionRecord | null;
  locale?: Locale;
  level?: 2 | 3;
  onSaved?(record: ReflectionRecord): void;
}

type Rating = 1 | 2 | 3 | 4 | 5 | null;
const SCALE = [1, 2, 3, 4, 5] as const;

/** Next steps are at most a sentence or two; cut anything longer to the intention's limit. */
function bound(text: string): string {
  return text.length > INTENTION_MAX ? `${text.slice(0, INTENTION_MAX - 1)}…` : text;
}

function RatingGroup(props: {
  name: string;
  legend: string;
  hint: string;
  value: Rating;
  onChange(v: Rating): void;
}) {
  const hintId = `rp-${props.name}-hint`;
  return (
    <fieldset class="rp-rating" aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      <p id={hintId} class="rp-muted">
        {props.hint}
      </p>
      <div class="rp-rating-options">
        {SCALE.map((n) => (
          <label key={n} class="rp-rating-option">
            <input
              type="radio"
              name={props.name}
              value={String(n)}
              checked={props.value === n}
              onChange={() => props.onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ReflectionForm({
  meetingId,
  client,
  prompts,
  initial,
  locale = 'en',
  level = 2,
  onSaved,
}: ReflectionFormProps) {
  const s = ui(locale);
  const [room, setRoom] = useState<Rating>((initial?.ratings.room ?? null) as Rating);
  const [interest, setInterest] = useState<Rating>((initial?.ratings.interest ?? null) as Rating);
  const [note, setNote] = useState(initial?.note ?? '');
  const [intention, setIntention] = useState(initial?.intention ?? '');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const suggestions = [...new Set(prompts.map((p) => bound(p.nextStep)))];
  const Title = level === 2 ? 'h2' : 'h3';

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (status === 'saving') return;
    setStatus('saving');
    try {
      const record = await client.saveReflection(meetingId, {
        ratings: { room, interest },
        note: note.slice(0, NOTE_MAX),
        intention: intention.trim().slice(0, INTENTION_MAX),
        promptIds: prompts.map((p) => p.id),
      });
      setStatus('saved');
      onSaved?.(record);
    } catch {
      setStatus('error');
    }
  };

  return (
    <form class="rp-form" aria-labelledby="rp-form-title" onSubmit={onSubmit}>
      <Title id="rp-form-title">{s.formTitle}</Title>
      <RatingGroup name="room" legend={s.ratingRoom} hint={s.ratingScale} value={room} onChange={setRoom} />
      <RatingGroup
        name="interest"
        legend={s.ratingInterest}
        hint={s.ratingScale}
        value={interest}
        onChange={setInterest}
      />
      <div class="rp-field">
        <label for="rp-note">{s.noteLabel}</label>
        <p id="rp-note-hint" class="rp-muted">
          {s.noteHint}
        </p>
        <textarea
          id="rp-note"
          name="note"
          rows={3}
          maxLength={NOTE_MAX}
          aria-describedby="rp-note-hint"
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="rp-field">
        <label for="rp-intention">{s.intentionLabel}</label>
        <p id="rp-intention-hint" class="rp-muted">
          {s.intentionHint}
        </p>
        <input
          id="rp-intention"
          name="intention"
          type="text"
          maxLength={INTENTION_MAX}
          aria-describedby="rp-intention-hint"
          value={intention}
          onInput={(e) => setIntention((e.currentTarget as HTMLInputElement).value)}
        />
        {suggestions.length > 0 && (
          <ul class="rp-suggestions">
            {suggestions.map((text, i) => (
              <li key={`${i}-${text}`}>
                <button
                  type="button"
                  class="rp-suggestion"
                  aria-pressed={intention === text}
                  data-testid="rp-suggestion"
                  onClick={() => setIntention(text)}
                >
                  <span class="rp-visually-hidden">{label(s.useSuggestion)} </span>
                  {text}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="rp-actions">
        <button type="submit" class="rp-primary" disabled={status === 'saving'}>
          {status === 'saving' ? s.saving : s.save}
        </button>
        <p role="status" class="rp-status">
          {status === 'saved' ? s.saved : status === 'error' ? s.saveFailed : ''}
        </p>
      </div>
    </form>
  );
}
