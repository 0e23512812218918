/**
 * The reflection the user saves after a call: two quick ratings, a private note and an intention for the
 * next call. The store persists it next to the meeting and puts it in the export's `reflection` field; the
 * next call's overlay shows `intention`.
 *
 * Private by design: the note is the user's own words about their own call, never page text and never sent
 * anywhere. Bounds keep a corrupted or hostile import from growing the database.
 */
import { z } from 'zod';

import { INTENTION_MAX, NOTE_MAX } from './limits';

export { INTENTION_MAX, NOTE_MAX };

/** 1 = not at all … 5 = fully; null = the user skipped that question. */
export const ratingSchema = z.number().int().min(1).max(5).nullable();

export const reflectionSchema = z.object({
  meetingId: z.string().min(1).max(256),
  /** Epoch milliseconds (wall clock) of the save. */
  savedAt: z.number().finite().nonnegative(),
  ratings: z.object({
    /** "Everyone had room to speak." */
    room: ratingSchema,
    /** "I showed interest in others." */
    interest: ratingSchema,
  }),
  note: z.string().max(NOTE_MAX),
  intention: z.string().max(INTENTION_MAX),
  /** Ids of the prompts shown when the reflection was saved (rule ids from `utils/prompts/rules.ts`). */
  promptIds: z.array(z.string().min(1).max(64)).max(20),
});

export type ReflectionRecord = z.infer<typeof reflectionSchema>;
export type ReflectionRatings = ReflectionRecord['ratings'];

/** What the form hands to `saveReflection`: the record without the fields the client fills in. */
export const reflectionInputSchema = reflectionSchema.omit({ meetingId: true, savedAt: true });
export type ReflectionInput = z.infer<typeof reflectionInputSchema>;
