/**
 * Meeting scenarios as data: who is in the call and a timeline of steps at millisecond offsets from the
 * moment playback starts. `defineScenario` validates with zod (strict objects, so a misspelt key fails) and
 * then walks the timeline (`expandTimeline`) so impossible sequences fail when the scenario module loads.
 */
import { z } from 'zod';
import { expandTimeline, TimelineError } from './timeline';

const participantId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'participant id: lowercase letters, digits and dashes');
const at = z.number().int().nonnegative();
const who = participantId;
const displayName = z.string().min(1).max(120);
const text = z.string().min(1).max(2000);

export const REACTIONS = ['💖', '👍', '🎉', '👏', '😂', '😮', '😢', '🤔', '👎'] as const;

export const participantSchema = z.strictObject({
  id: participantId,
  name: displayName,
  isSelf: z.boolean().default(false),
  /** Camera and mic state at the start (or when they join). */
  camera: z.boolean().default(false),
  muted: z.boolean().default(false),
  /** In the call when playback starts; `false` means they arrive later with a `join` step. */
  present: z.boolean().default(true),
  /** Shown as "Meeting host" / "(Host)"; cosmetic. */
  host: z.boolean().default(false),
});

export const stepSchema = z.discriminatedUnion('type', [
  z.strictObject({ at, type: z.literal('join'), who }),
  z.strictObject({ at, type: z.literal('leave'), who }),
  z.strictObject({ at, type: z.literal('rename'), who, name: displayName }),
  /** Either `on` (explicit start/stop) or `durationMs` (a timed turn). */
  z.strictObject({
    at,
    type: z.literal('speak'),
    who,
    on: z.boolean().optional(),
    durationMs: z.number().int().positive().optional(),
  }),
  z.strictObject({ at, type: z.literal('camera'), who, on: z.boolean() }),
  z.strictObject({ at, type: z.literal('mute'), who, muted: z.boolean() }),
  z.strictObject({ at, type: z.literal('hand'), who, raised: z.boolean() }),
  z.strictObject({ at, type: z.literal('reaction'), who, emoji: z.enum(REACTIONS) }),
  /**
   * A caption written word by word over `durationMs`; with `correction`, rewritten in place
   * `correctAfterMs` after it finished (possibly after newer entries appeared).
   */
  z.strictObject({
    at,
    type: z.literal('caption'),
    who,
    text,
    durationMs: z.number().int().positive().optional(),
    correction: text.optional(),
    correctAfterMs: z.number().int().nonnegative().optional(),
  }),
  /** CC toggled: off removes the captions region, on inserts a NEW region node. */
  z.strictObject({ at, type: z.literal('captions'), on: z.boolean() }),
  z.strictObject({ at, type: z.literal('chat'), who, text }),
  z.strictObject({ at, type: z.literal('phase'), phase: z.enum(['lobby', 'waiting', 'in-call']) }),
  z.strictObject({ at, type: z.literal('end'), reason: z.enum(['left', 'ended_by_host', 'removed']) }),
]);

export const scenarioSchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    meetingCode: z
      .string()
      .regex(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/)
      .default('abc-defg-hij'),
    zoomMeetingId: z
      .string()
      .regex(/^\d{9,11}$/)
      .default('84512370096'),
    title: z.string().min(1).max(200).default('Team sync'),
    initialPhase: z.enum(['lobby', 'waiting', 'in-call']).default('in-call'),
    /** Captions on when the call view first renders. */
    captions: z.boolean().default(true),
    /** Side panels whose DOM exists (Meet builds them only after the first open). */
    panels: z
      .strictObject({ people: z.boolean().default(true), chat: z.boolean().default(true) })
      .default({ people: true, chat: true }),
    /** Meet: hide the toolbar (visibility:hidden, still in the DOM) 3 s into the call, like the real auto-hide. */
    autoHideToolbar: z.boolean().default(false),
    /** When there is no `end` step, playback stops (and `done` resolves) here. */
    durationMs: z.number().int().positive().optional(),
    participants: z.array(participantSchema).min(1).max(100),
    steps: z.array(stepSchema),
  })
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    for (const p of s.participants) {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', message: `duplicate participant id "${p.id}"` });
      ids.add(p.id);
    }
    const selves = s.participants.filter((p) => p.isSelf);
    if (selves.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `exactly one participant must be isSelf (found ${selves.length})`,
      });
    } else if (!selves[0]!.present) {
      ctx.addIssue({ code: 'custom', message: 'self must be present from the start' });
    }
    for (let i = 1; i < s.steps.length; i++) {
      if (s.steps[i]!.at < s.steps[i - 1]!.at) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'at'], message: 'steps must be in time order' });
      }
    }
    const ends = s.steps.filter((st) => st.type === 'end');
    if (ends.length > 1) ctx.addIssue({ code: 'custom', message: 'more than one end step' });
    if (ends.length === 0 && s.durationMs === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a scenario needs an end step or durationMs' });
    }
    if (ids.size !== s.participants.length || selves.length !== 1) return;
    try {
      expandTimeline(s as Scenario);
    } catch (e) {
      if (!(e instanceof TimelineError)) throw e;
      ctx.addIssue({ code: 'custom', path: ['steps', e.stepIndex], message: e.message });
    }
  });

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type Step = z.output<typeof stepSchema>;
export type Participant = z.output<typeof participantSchema>;

/** Validates and fills defaults; throws a readable error listing every problem. */
export function defineScenario(input: ScenarioInput): Scenario {
  const r = scenarioSchema.safeParse(input);
  if (!r.success) {
    const name = typeof input === 'object' && input && 'name' in input ? String(input.name) : '?';
    throw new Error(`invalid scenario "${name}":\n${z.prettifyError(r.error)}`);
  }
  return r.data;
}

/** Accepts an already-defined scenario or raw input (the driver takes either). */
export function parseScenario(s: Scenario | ScenarioInput): Scenario {
  return defineScenario(s as ScenarioInput);
}
