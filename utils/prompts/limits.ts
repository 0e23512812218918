/**
 * Lengths of what the user writes in a reflection. Kept apart from the zod schemas in reflection.ts so the
 * popup's form can use them without loading zod before it has painted.
 */
export const NOTE_MAX = 2000;
export const INTENTION_MAX = 200;
