/**
 * Every sentence the reflection engine produces, by key. The wording lives in `_locales/<lang>/messages.json`
 * (message `id`, named placeholders in the order of `subs`); this table says which figures each message cites
 * and how each is formatted, so rules only name a key and pass figures, and the engine stays pure: it renders
 * through a `Translate` function (the extension's `getMessage` by default, a table in tests).
 *
 * Tone (see the issue and `../shared/reference/relationships-at-work.txt`): a private mirror, never a
 * grade. Evidence states what Rapport saw, questions are open, next steps are one small concrete action.
 * No "you should", no blame, no verdicts — `tests/unit/utils/prompts/messages.wording.test.ts` enforces a deny-list.
 */
import { type Fmt, type Locale, makeFmt, type Params, pluralMessage, type Translate } from './format';

export type { Translate };

/** How a figure is formatted before it is substituted; `score` is a 0..1 balance shown out of 100. */
export type FmtName = 'pct' | 'dur' | 'n' | 'name' | 'names' | 'score';

export interface MessageSpec {
  /** The `_locales` message name; `<id>_one` / `<id>_other` when `plural` is set. */
  readonly id: string;
  /** Substitutions `$1`, `$2`… in order: the parameter and its format. */
  readonly subs: readonly (readonly [string, FmtName])[];
  /** The count parameter whose plural category picks the message. */
  readonly plural?: string;
}

export const MESSAGE_SPEC = {
  'concept.respectful-engagement': { id: 'pr_concept_respectful_engagement', subs: [] },
  'concept.listening': { id: 'pr_concept_listening', subs: [] },
  'concept.inclusion': { id: 'pr_concept_inclusion', subs: [] },
  'concept.psychological-safety': { id: 'pr_concept_psychological_safety', subs: [] },
  'concept.task-enabling': { id: 'pr_concept_task_enabling', subs: [] },
  'concept.trusting': { id: 'pr_concept_trusting', subs: [] },
  'concept.exposure': { id: 'pr_concept_exposure', subs: [] },
  'concept.playing': { id: 'pr_concept_playing', subs: [] },
  'concept.care': { id: 'pr_concept_care', subs: [] },
  'concept.recognition': { id: 'pr_concept_recognition', subs: [] },
  'caveat.speaking.partial': { id: 'pr_caveat_speaking_partial', subs: [['coverage', 'pct']] },
  'caveat.speaking.off': { id: 'pr_caveat_speaking_off', subs: [['coverage', 'pct']] },
  'caveat.camera.partial': { id: 'pr_caveat_camera_partial', subs: [['coverage', 'pct']] },
  'caveat.camera.off': { id: 'pr_caveat_camera_off', subs: [['coverage', 'pct']] },
  'caveat.acks.partial': { id: 'pr_caveat_acks_partial', subs: [['coverage', 'pct']] },
  'caveat.acks.off': { id: 'pr_caveat_acks_off', subs: [['coverage', 'pct']] },
  'caveat.self': { id: 'pr_caveat_self', subs: [] },
  'silent-people.title': { id: 'pr_silent_people_title', subs: [] },
  'silent-people.each': {
    id: 'pr_silent_people_each',
    subs: [
      ['name', 'name'],
      ['present', 'dur'],
    ],
  },
  'silent-people.more': { id: 'pr_silent_people_more', subs: [['count', 'n']], plural: 'count' },
  'silent-people.question': { id: 'pr_silent_people_question', subs: [['name', 'name']] },
  'silent-people.step': { id: 'pr_silent_people_step', subs: [['name', 'name']] },
  'silent-people.left': {
    id: 'pr_silent_people_left',
    subs: [
      ['name', 'name'],
      ['present', 'dur'],
    ],
  },
  'silent-people.step-left': { id: 'pr_silent_people_step_left', subs: [['name', 'name']] },
  'quiet-people.title': { id: 'pr_quiet_people_title', subs: [] },
  'quiet-people.each': {
    id: 'pr_quiet_people_each',
    subs: [
      ['name', 'name'],
      ['spoke', 'dur'],
      ['share', 'pct'],
      ['fair', 'pct'],
    ],
  },
  'quiet-people.question': { id: 'pr_quiet_people_question', subs: [['name', 'name']] },
  'quiet-people.step': { id: 'pr_quiet_people_step', subs: [['name', 'name']] },
  'presenter-airtime.title': { id: 'pr_presenter_airtime_title', subs: [] },
  'presenter-airtime.evidence': {
    id: 'pr_presenter_airtime_evidence',
    subs: [
      ['share', 'pct'],
      ['n', 'n'],
      ['fair', 'pct'],
    ],
  },
  'presenter-airtime.question': { id: 'pr_presenter_airtime_question', subs: [] },
  'presenter-airtime.step': { id: 'pr_presenter_airtime_step', subs: [] },
  'pair-self-heavy.title': { id: 'pr_pair_self_heavy_title', subs: [] },
  'pair-self-heavy.evidence': {
    id: 'pr_pair_self_heavy_evidence',
    subs: [
      ['name', 'name'],
      ['share', 'pct'],
      ['other', 'pct'],
    ],
  },
  'pair-self-heavy.question': { id: 'pr_pair_self_heavy_question', subs: [['name', 'name']] },
  'pair-self-heavy.step': { id: 'pr_pair_self_heavy_step', subs: [['name', 'name']] },
  'pair-other-heavy.title': { id: 'pr_pair_other_heavy_title', subs: [] },
  'pair-other-heavy.evidence': {
    id: 'pr_pair_other_heavy_evidence',
    subs: [
      ['name', 'name'],
      ['other', 'pct'],
      ['share', 'pct'],
    ],
  },
  'pair-other-heavy.question': { id: 'pr_pair_other_heavy_question', subs: [['name', 'name']] },
  'pair-other-heavy.step': { id: 'pr_pair_other_heavy_step', subs: [['name', 'name']] },
  'pair-mutual.title': { id: 'pr_pair_mutual_title', subs: [] },
  'pair-mutual.evidence': {
    id: 'pr_pair_mutual_evidence',
    subs: [
      ['name', 'name'],
      ['share', 'pct'],
      ['other', 'pct'],
    ],
  },
  'pair-mutual.question': { id: 'pr_pair_mutual_question', subs: [['name', 'name']] },
  'pair-mutual.step': { id: 'pr_pair_mutual_step', subs: [['name', 'name']] },
  'balanced-group.title': { id: 'pr_balanced_group_title', subs: [] },
  'balanced-group.evidence': {
    id: 'pr_balanced_group_evidence',
    subs: [
      ['balance', 'score'],
      ['n', 'n'],
    ],
  },
  'balanced-group.question': { id: 'pr_balanced_group_question', subs: [] },
  'balanced-group.step': { id: 'pr_balanced_group_step', subs: [] },
  'self-monologues.title': { id: 'pr_self_monologues_title', subs: [] },
  'self-monologues.evidence': {
    id: 'pr_self_monologues_evidence',
    subs: [
      ['count', 'n'],
      ['limit', 'dur'],
    ],
  },
  'self-monologues.longest': { id: 'pr_self_monologues_longest', subs: [['longest', 'dur']] },
  'self-monologues.question': { id: 'pr_self_monologues_question', subs: [] },
  'self-monologues.step': { id: 'pr_self_monologues_step', subs: [] },
  'self-interrupting.title': { id: 'pr_self_interrupting_title', subs: [] },
  'self-interrupting.evidence': {
    id: 'pr_self_interrupting_evidence',
    subs: [['count', 'n']],
    plural: 'count',
  },
  'self-interrupting.received': {
    id: 'pr_self_interrupting_received',
    subs: [['count', 'n']],
    plural: 'count',
  },
  'self-interrupting.question': { id: 'pr_self_interrupting_question', subs: [] },
  'self-interrupting.step': { id: 'pr_self_interrupting_step', subs: [] },
  'others-interrupted.title': { id: 'pr_others_interrupted_title', subs: [] },
  'others-interrupted.each': {
    id: 'pr_others_interrupted_each',
    subs: [
      ['name', 'name'],
      ['count', 'n'],
    ],
    plural: 'count',
  },
  'others-interrupted.question': { id: 'pr_others_interrupted_question', subs: [['name', 'name']] },
  'others-interrupted.step': { id: 'pr_others_interrupted_step', subs: [['name', 'name']] },
  'thanked-others.title': { id: 'pr_thanked_others_title', subs: [] },
  'thanked-others.thanks': { id: 'pr_thanked_others_thanks', subs: [['names', 'names']] },
  'thanked-others.credit': { id: 'pr_thanked_others_credit', subs: [['names', 'names']] },
  'thanked-others.agreement': { id: 'pr_thanked_others_agreement', subs: [['names', 'names']] },
  'thanked-others.manual': { id: 'pr_thanked_others_manual', subs: [['names', 'names']] },
  'thanked-others.question': { id: 'pr_thanked_others_question', subs: [] },
  'thanked-others.step': { id: 'pr_thanked_others_step', subs: [] },
  'invited-in.title': { id: 'pr_invited_in_title', subs: [] },
  'invited-in.evidence': { id: 'pr_invited_in_evidence', subs: [['names', 'names']] },
  'invited-in.question': { id: 'pr_invited_in_question', subs: [] },
  'invited-in.step': { id: 'pr_invited_in_step', subs: [] },
  'unacknowledged.title': { id: 'pr_unacknowledged_title', subs: [] },
  'unacknowledged.each': {
    id: 'pr_unacknowledged_each',
    subs: [
      ['name', 'name'],
      ['spoke', 'dur'],
    ],
  },
  'unacknowledged.none': { id: 'pr_unacknowledged_none', subs: [['names', 'names']] },
  'unacknowledged.question': { id: 'pr_unacknowledged_question', subs: [['name', 'name']] },
  'unacknowledged.step': { id: 'pr_unacknowledged_step', subs: [['name', 'name']] },
  'camera-off.title': { id: 'pr_camera_off_title', subs: [] },
  'camera-off.evidence': { id: 'pr_camera_off_evidence', subs: [['share', 'pct']] },
  'camera-off.group': { id: 'pr_camera_off_group', subs: [['group', 'pct']] },
  'camera-off.question': { id: 'pr_camera_off_question', subs: [] },
  'camera-off.step': { id: 'pr_camera_off_step', subs: [] },
  'camera-on.title': { id: 'pr_camera_on_title', subs: [] },
  'camera-on.evidence': { id: 'pr_camera_on_evidence', subs: [['share', 'pct']] },
  'camera-on.question': { id: 'pr_camera_on_question', subs: [] },
  'camera-on.step': { id: 'pr_camera_on_step', subs: [] },
  'thanked-by-others.title': { id: 'pr_thanked_by_others_title', subs: [] },
  'thanked-by-others.evidence': {
    id: 'pr_thanked_by_others_evidence',
    subs: [
      ['names', 'names'],
      ['count', 'n'],
    ],
    plural: 'count',
  },
  'thanked-by-others.question': { id: 'pr_thanked_by_others_question', subs: [] },
  'thanked-by-others.step': { id: 'pr_thanked_by_others_step', subs: [] },
  'hands-raised.title': { id: 'pr_hands_raised_title', subs: [] },
  'hands-raised.evidence': {
    id: 'pr_hands_raised_evidence',
    subs: [
      ['count', 'n'],
      ['names', 'names'],
    ],
    plural: 'count',
  },
  'hands-raised.question': { id: 'pr_hands_raised_question', subs: [] },
  'hands-raised.step': { id: 'pr_hands_raised_step', subs: [] },
  'playful-moments.title': { id: 'pr_playful_moments_title', subs: [] },
  'playful-moments.evidence': { id: 'pr_playful_moments_evidence', subs: [['count', 'n']], plural: 'count' },
  'playful-moments.self': { id: 'pr_playful_moments_self', subs: [['count', 'n']], plural: 'count' },
  'playful-moments.question': { id: 'pr_playful_moments_question', subs: [] },
  'playful-moments.step': { id: 'pr_playful_moments_step', subs: [] },
  'long-call.title': { id: 'pr_long_call_title', subs: [] },
  'self-held-floor.title': { id: 'pr_self_held_floor_title', subs: [] },
  'self-held-floor.each': {
    id: 'pr_self_held_floor_each',
    subs: [
      ['from', 'n'],
      ['to', 'n'],
      ['share', 'pct'],
    ],
  },
  'self-held-floor.question': { id: 'pr_self_held_floor_question', subs: [] },
  'self-held-floor.step': { id: 'pr_self_held_floor_step', subs: [] },
  'others-held-floor.title': { id: 'pr_others_held_floor_title', subs: [] },
  'others-held-floor.each': {
    id: 'pr_others_held_floor_each',
    subs: [
      ['name', 'name'],
      ['from', 'n'],
      ['to', 'n'],
      ['share', 'pct'],
    ],
  },
  'others-held-floor.question': { id: 'pr_others_held_floor_question', subs: [['name', 'name']] },
  'others-held-floor.step': { id: 'pr_others_held_floor_step', subs: [['name', 'name']] },
  'interrupted-by-you.title': { id: 'pr_interrupted_by_you_title', subs: [] },
  'interrupted-by-you.each': {
    id: 'pr_interrupted_by_you_each',
    subs: [
      ['name', 'name'],
      ['count', 'n'],
      ['mine', 'n'],
    ],
    plural: 'mine',
  },
  'interrupted-by-you.question': { id: 'pr_interrupted_by_you_question', subs: [['name', 'name']] },
  'interrupted-by-you.step': { id: 'pr_interrupted_by_you_step', subs: [['name', 'name']] },
  'not-picked-up.title': { id: 'pr_not_picked_up_title', subs: [] },
  'not-picked-up.each': {
    id: 'pr_not_picked_up_each',
    subs: [
      ['name', 'name'],
      ['turns', 'n'],
      ['gap', 'dur'],
    ],
  },
  'not-picked-up.others': { id: 'pr_not_picked_up_others', subs: [['count', 'n']], plural: 'count' },
  'not-picked-up.question': { id: 'pr_not_picked_up_question', subs: [['name', 'name']] },
  'not-picked-up.step': { id: 'pr_not_picked_up_step', subs: [['name', 'name']] },
  'expectation.host': {
    id: 'pr_expectation_host',
    subs: [
      ['expected', 'pct'],
      ['even', 'pct'],
    ],
  },
  'expectation.presenter': {
    id: 'pr_expectation_presenter',
    subs: [
      ['expected', 'pct'],
      ['even', 'pct'],
    ],
  },
  'expectation.other-presenter': {
    id: 'pr_expectation_other_presenter',
    subs: [
      ['expected', 'pct'],
      ['names', 'names'],
    ],
  },
  'long-call.evidence': { id: 'pr_long_call_evidence', subs: [['duration', 'dur']] },
  'long-call.question': { id: 'pr_long_call_question', subs: [] },
  'long-call.step': { id: 'pr_long_call_step', subs: [] },
  'few-voices.title': { id: 'pr_few_voices_title', subs: [] },
  'few-voices.evidence': {
    id: 'pr_few_voices_evidence',
    subs: [
      ['speakers', 'n'],
      ['n', 'n'],
    ],
  },
  'few-voices.question': { id: 'pr_few_voices_question', subs: [] },
  'few-voices.step': { id: 'pr_few_voices_step', subs: [] },
  'self-quiet.title': { id: 'pr_self_quiet_title', subs: [] },
  'self-quiet.evidence': {
    id: 'pr_self_quiet_evidence',
    subs: [
      ['share', 'pct'],
      ['n', 'n'],
      ['fair', 'pct'],
    ],
  },
  'self-quiet.question': { id: 'pr_self_quiet_question', subs: [] },
  'self-quiet.step': { id: 'pr_self_quiet_step', subs: [] },
} as const satisfies Record<string, MessageSpec>;

export type MessageKey = keyof typeof MESSAGE_SPEC;
export const MESSAGE_KEYS = Object.keys(MESSAGE_SPEC) as MessageKey[];

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function format(f: Fmt, how: FmtName, v: Params[string] | undefined): string {
  return how === 'score' ? f.n(num(v) * 100) : f[how](v);
}

/** The `_locales` message names a key can render to (both plural forms where it has them). */
export function messageIds(key: MessageKey): string[] {
  const s: MessageSpec = MESSAGE_SPEC[key];
  return s.plural ? [`${s.id}_one`, `${s.id}_other`] : [s.id];
}

/**
 * Renders one message. Output is plain text: views must put it in text nodes, never in HTML. `locale` picks
 * number formats and plural rules; `tr` supplies the words (by default the extension's messages).
 */
export function t(locale: Locale, key: MessageKey, params: Params = {}, tr?: Translate): string {
  const f = makeFmt(locale, tr);
  const s: MessageSpec = MESSAGE_SPEC[key];
  const subs = s.subs.map(([p, how]) => format(f, how, params[p]));
  if (!s.plural) return f.tr(s.id, subs);
  const n = params[s.plural];
  return pluralMessage(
    f.tr,
    locale,
    s.id,
    typeof n === 'number' && Number.isFinite(n) ? Math.round(n) : 0,
    subs,
  );
}
