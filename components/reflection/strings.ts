/**
 * The reflection views' own words, a typed façade over `_locales/<lang>/messages.json` (keys `refl…`), so
 * every key is named here once. Words follow the messages' language; `locale` only picks number, date and
 * duration formats. Functions return plain strings; views put them in text nodes.
 */
import { t, tn } from '@/utils/i18n';
import type { Locale } from '@/utils/prompts/format';
import { formatDuration, formatPct } from '@/utils/prompts/format';

export interface UiStrings {
  summaryTitle: string;
  meta(durationMs: number, people: number, started: number): string;
  balanceTitle: string;
  balanceYou(share: string, fair: string): string;
  balanceBarLabel: string;
  you: string;
  unknown: string;
  speakingNotVisible: string;
  cameraNotVisible: string;
  acksNotVisible: string;
  noSelf: string;
  quietTitle: string;
  silentLine(name: string, presentMs: number): string;
  quietLine(name: string, share: string): string;
  nobodyQuiet: string;
  heldTitle: string;
  heldNone: string;
  heldNotMeasured: string;
  heldLine(from: number, to: number, name: string, share: string): string;
  acksTitle: string;
  youAcknowledged: string;
  nobodyAcknowledged: string;
  unacknowledged: string;
  allAcknowledged: string;
  cameraTitle: string;
  cameraYou: string;
  cameraGroup: string;
  caveatsTitle: string;
  promptsTitle: string;
  recognition: string;
  questionLabel: string;
  nextStepLabel: string;
  evidenceLabel: string;
  formTitle: string;
  ratingRoom: string;
  ratingInterest: string;
  ratingScale: string;
  ratingValue(n: number): string;
  noteLabel: string;
  noteHint: string;
  intentionLabel: string;
  intentionHint: string;
  useSuggestion: string;
  save: string;
  saving: string;
  saved: string;
  saveFailed: string;
  emptyNoneTitle: string;
  emptyNoneBody: string;
  emptyShortTitle: string;
  emptyShortBody(durationMs: number): string;
  emptyAloneTitle: string;
  emptyAloneBody: string;
  emptyPartialTitle: string;
  emptyPartialBody: string;
  cardTitle: string;
  openFull: string;
  dismiss: string;
  recentTitle: string;
  loading: string;
  meetingGone: string;
  pct(share: number): string;
  dur(ms: number): string;
}

/** Every plain-string key of the façade, for the completeness test. */
export const REFLECTION_STRING_KEYS: readonly string[] = [
  'reflSummaryTitle',
  'reflBalanceTitle',
  'reflBalanceBarLabel',
  'reflYou',
  'reflUnknown',
  'reflSpeakingNotVisible',
  'reflCameraNotVisible',
  'reflAcksNotVisible',
  'reflNoSelf',
  'reflQuietTitle',
  'reflNobodyQuiet',
  'reflHeldTitle',
  'reflHeldNone',
  'reflHeldNotMeasured',
  'reflAcksTitle',
  'reflYouAcknowledged',
  'reflNobodyAcknowledged',
  'reflUnacknowledged',
  'reflAllAcknowledged',
  'reflCameraTitle',
  'reflCameraYou',
  'reflCameraGroup',
  'reflCaveatsTitle',
  'reflPromptsTitle',
  'reflRecognition',
  'reflQuestionLabel',
  'reflNextStepLabel',
  'reflEvidenceLabel',
  'reflFormTitle',
  'reflRatingRoom',
  'reflRatingInterest',
  'reflRatingScale',
  'reflNoteLabel',
  'reflNoteHint',
  'reflIntentionLabel',
  'reflIntentionHint',
  'reflUseSuggestion',
  'reflSave',
  'reflSaving',
  'reflSaved',
  'reflSaveFailed',
  'reflEmptyNoneTitle',
  'reflEmptyNoneBody',
  'reflEmptyShortTitle',
  'reflEmptyAloneTitle',
  'reflEmptyAloneBody',
  'reflEmptyPartialTitle',
  'reflEmptyPartialBody',
  'reflCardTitle',
  'reflOpenFull',
  'reflDismiss',
  'reflRecentTitle',
  'reflLoading',
  'reflMeetingGone',
  'reflMeta_one',
  'reflMeta_other',
  'reflBalanceYou',
  'reflSilentLine',
  'reflQuietLine',
  'reflHeldLine',
  'reflEmptyShortBody',
];

const words = {
  get summaryTitle() {
    return t('reflSummaryTitle');
  },
  get balanceTitle() {
    return t('reflBalanceTitle');
  },
  get balanceBarLabel() {
    return t('reflBalanceBarLabel');
  },
  get you() {
    return t('reflYou');
  },
  get unknown() {
    return t('reflUnknown');
  },
  get speakingNotVisible() {
    return t('reflSpeakingNotVisible');
  },
  get cameraNotVisible() {
    return t('reflCameraNotVisible');
  },
  get acksNotVisible() {
    return t('reflAcksNotVisible');
  },
  get noSelf() {
    return t('reflNoSelf');
  },
  get quietTitle() {
    return t('reflQuietTitle');
  },
  get nobodyQuiet() {
    return t('reflNobodyQuiet');
  },
  get heldTitle() {
    return t('reflHeldTitle');
  },
  get heldNone() {
    return t('reflHeldNone');
  },
  get heldNotMeasured() {
    return t('reflHeldNotMeasured');
  },
  get acksTitle() {
    return t('reflAcksTitle');
  },
  get youAcknowledged() {
    return t('reflYouAcknowledged');
  },
  get nobodyAcknowledged() {
    return t('reflNobodyAcknowledged');
  },
  get unacknowledged() {
    return t('reflUnacknowledged');
  },
  get allAcknowledged() {
    return t('reflAllAcknowledged');
  },
  get cameraTitle() {
    return t('reflCameraTitle');
  },
  get cameraYou() {
    return t('reflCameraYou');
  },
  get cameraGroup() {
    return t('reflCameraGroup');
  },
  get caveatsTitle() {
    return t('reflCaveatsTitle');
  },
  get promptsTitle() {
    return t('reflPromptsTitle');
  },
  get recognition() {
    return t('reflRecognition');
  },
  get questionLabel() {
    return t('reflQuestionLabel');
  },
  get nextStepLabel() {
    return t('reflNextStepLabel');
  },
  get evidenceLabel() {
    return t('reflEvidenceLabel');
  },
  get formTitle() {
    return t('reflFormTitle');
  },
  get ratingRoom() {
    return t('reflRatingRoom');
  },
  get ratingInterest() {
    return t('reflRatingInterest');
  },
  get ratingScale() {
    return t('reflRatingScale');
  },
  get noteLabel() {
    return t('reflNoteLabel');
  },
  get noteHint() {
    return t('reflNoteHint');
  },
  get intentionLabel() {
    return t('reflIntentionLabel');
  },
  get intentionHint() {
    return t('reflIntentionHint');
  },
  get useSuggestion() {
    return t('reflUseSuggestion');
  },
  get save() {
    return t('reflSave');
  },
  get saving() {
    return t('reflSaving');
  },
  get saved() {
    return t('reflSaved');
  },
  get saveFailed() {
    return t('reflSaveFailed');
  },
  get emptyNoneTitle() {
    return t('reflEmptyNoneTitle');
  },
  get emptyNoneBody() {
    return t('reflEmptyNoneBody');
  },
  get emptyShortTitle() {
    return t('reflEmptyShortTitle');
  },
  get emptyAloneTitle() {
    return t('reflEmptyAloneTitle');
  },
  get emptyAloneBody() {
    return t('reflEmptyAloneBody');
  },
  get emptyPartialTitle() {
    return t('reflEmptyPartialTitle');
  },
  get emptyPartialBody() {
    return t('reflEmptyPartialBody');
  },
  get cardTitle() {
    return t('reflCardTitle');
  },
  get openFull() {
    return t('reflOpenFull');
  },
  get dismiss() {
    return t('reflDismiss');
  },
  get recentTitle() {
    return t('reflRecentTitle');
  },
  get loading() {
    return t('reflLoading');
  },
  get meetingGone() {
    return t('reflMeetingGone');
  },
};

export const ui = (locale: Locale = 'en'): UiStrings => {
  const dur = (ms: number) => formatDuration(ms, locale);
  return Object.assign(Object.create(words) as typeof words, {
    meta: (d: number, n: number, started: number) =>
      tn('reflMeta', n, [dur(d), new Date(started).toLocaleString(locale)]),
    balanceYou: (share: string, fair: string) => t('reflBalanceYou', [share, fair]),
    silentLine: (name: string, ms: number) => t('reflSilentLine', [name, dur(ms)]),
    quietLine: (name: string, share: string) => t('reflQuietLine', [name, share]),
    heldLine: (from: number, to: number, name: string, share: string) =>
      t('reflHeldLine', [String(from), String(to), name, share]),
    ratingValue: (n: number) => String(n),
    emptyShortBody: (ms: number) => t('reflEmptyShortBody', dur(ms)),
    pct: (s: number) => formatPct(s, locale),
    dur,
  });
};
