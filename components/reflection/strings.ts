/**
 * The reflection views' own words (the prompts' words live in `utils/prompts/messages.ts`). Functions
 * return plain strings; views put them in text nodes.
 */
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
  pct(share: number): string;
  dur(ms: number): string;
}

const en: UiStrings = {
  summaryTitle: 'Your call',
  meta: (d, n, started) =>
    `${formatDuration(d, 'en')} · ${n} ${n === 1 ? 'person' : 'people'} · ${new Date(started).toLocaleString('en')}`,
  balanceTitle: 'Who spoke how much',
  balanceYou: (share, fair) => `You spoke ${share} of the time; an even share would be ${fair}.`,
  balanceBarLabel: 'Share of speaking time per person',
  you: 'you',
  unknown: 'unknown',
  speakingNotVisible: 'speaking was not visible',
  cameraNotVisible: 'camera was not visible',
  acksNotVisible: 'captions and chat were not visible',
  noSelf: 'Rapport could not tell which participant was you',
  quietTitle: 'Spoke little or not at all',
  silentLine: (name, ms) => `${name}: did not speak in ${formatDuration(ms, 'en')}`,
  quietLine: (name, share) => `${name}: ${share} of the talk time`,
  nobodyQuiet: 'Everyone spoke a fair part.',
  acksTitle: 'Acknowledgements',
  youAcknowledged: 'You acknowledged',
  nobodyAcknowledged: 'Rapport noticed no thanks, credit or invitations from you.',
  unacknowledged: 'Contributed, with no acknowledgement from you noticed',
  allAcknowledged: 'Everyone who contributed a good part got an acknowledgement from you.',
  cameraTitle: 'Camera',
  cameraYou: 'Your camera on',
  cameraGroup: 'Others’ cameras on',
  caveatsTitle: 'What Rapport could not fully see',
  promptsTitle: 'To reflect on',
  recognition: 'Went well',
  questionLabel: 'Question',
  nextStepLabel: 'Next step',
  evidenceLabel: 'What Rapport saw',
  formTitle: 'Your reflection',
  ratingRoom: 'Everyone had room to speak',
  ratingInterest: 'I showed interest in others',
  ratingScale: '1 = not at all, 5 = fully',
  ratingValue: (n) => String(n),
  noteLabel: 'Private note (optional)',
  noteHint: 'Only you can see this. It stays on this device.',
  intentionLabel: 'Intention for your next call',
  intentionHint: 'Shown in your next call. Pick a suggestion or write your own.',
  useSuggestion: 'Use',
  save: 'Save reflection',
  saving: 'Saving…',
  saved: 'Saved.',
  saveFailed: 'Could not save. Please try again.',
  emptyNoneTitle: 'No calls yet',
  emptyNoneBody:
    'Join a Google Meet or Zoom web call. Rapport shows a small overlay during the call, and a private reflection here when it ends.',
  emptyShortTitle: 'Too short to reflect on',
  emptyShortBody: (ms) =>
    `This call lasted ${formatDuration(ms, 'en')}. Rapport offers a reflection for calls of two minutes or more.`,
  emptyAloneTitle: 'Nobody else was in this call',
  emptyAloneBody: 'There is nothing to reflect on about working together this time.',
  emptyPartialTitle: 'Partial data',
  emptyPartialBody: 'Some signals were not visible during this call. The figures below are incomplete.',
  cardTitle: 'Your call has ended: a moment to reflect',
  openFull: 'Open full reflection',
  dismiss: 'Dismiss',
  recentTitle: 'Recent calls',
  loading: 'Loading…',
  pct: (s) => formatPct(s, 'en'),
  dur: (ms) => formatDuration(ms, 'en'),
};

const de: UiStrings = {
  summaryTitle: 'Dein Gespräch',
  meta: (d, n, started) =>
    `${formatDuration(d, 'de')} · ${n} ${n === 1 ? 'Person' : 'Personen'} · ${new Date(started).toLocaleString('de')}`,
  balanceTitle: 'Wer wie viel gesprochen hat',
  balanceYou: (share, fair) => `Du hast ${share} der Zeit gesprochen; gleich verteilt wären es ${fair}.`,
  balanceBarLabel: 'Anteil an der Redezeit pro Person',
  you: 'du',
  unknown: 'unbekannt',
  speakingNotVisible: 'Sprechen war nicht sichtbar',
  cameraNotVisible: 'Kamera war nicht sichtbar',
  acksNotVisible: 'Untertitel und Chat waren nicht sichtbar',
  noSelf: 'Rapport konnte nicht erkennen, wer du warst',
  quietTitle: 'Wenig oder gar nicht gesprochen',
  silentLine: (name, ms) => `${name}: in ${formatDuration(ms, 'de')} nicht gesprochen`,
  quietLine: (name, share) => `${name}: ${share} der Redezeit`,
  nobodyQuiet: 'Alle haben einen guten Teil gesprochen.',
  acksTitle: 'Anerkennung',
  youAcknowledged: 'Von dir gewürdigt',
  nobodyAcknowledged: 'Rapport hat kein Danke, keine Anerkennung und keine Einladung von dir bemerkt.',
  unacknowledged: 'Haben beigetragen, ohne bemerkte Anerkennung von dir',
  allAcknowledged: 'Alle, die viel beigetragen haben, wurden von dir gewürdigt.',
  cameraTitle: 'Kamera',
  cameraYou: 'Deine Kamera an',
  cameraGroup: 'Kameras der anderen an',
  caveatsTitle: 'Was Rapport nicht vollständig sehen konnte',
  promptsTitle: 'Zum Nachdenken',
  recognition: 'Gut gelungen',
  questionLabel: 'Frage',
  nextStepLabel: 'Nächster Schritt',
  evidenceLabel: 'Was Rapport gesehen hat',
  formTitle: 'Deine Reflexion',
  ratingRoom: 'Alle hatten Raum zu sprechen',
  ratingInterest: 'Ich habe Interesse an anderen gezeigt',
  ratingScale: '1 = gar nicht, 5 = voll und ganz',
  ratingValue: (n) => String(n),
  noteLabel: 'Private Notiz (optional)',
  noteHint: 'Nur du siehst sie. Sie bleibt auf diesem Gerät.',
  intentionLabel: 'Vorsatz für dein nächstes Gespräch',
  intentionHint: 'Wird im nächsten Gespräch angezeigt. Wähle einen Vorschlag oder schreib einen eigenen.',
  useSuggestion: 'Übernehmen',
  save: 'Reflexion speichern',
  saving: 'Wird gespeichert …',
  saved: 'Gespeichert.',
  saveFailed: 'Speichern hat nicht geklappt. Bitte versuch es noch einmal.',
  emptyNoneTitle: 'Noch keine Gespräche',
  emptyNoneBody:
    'Nimm an einem Google-Meet- oder Zoom-Web-Gespräch teil. Rapport zeigt währenddessen eine kleine Einblendung und danach hier eine private Reflexion.',
  emptyShortTitle: 'Zu kurz für eine Reflexion',
  emptyShortBody: (ms) =>
    `Dieses Gespräch dauerte ${formatDuration(ms, 'de')}. Rapport bietet eine Reflexion ab zwei Minuten an.`,
  emptyAloneTitle: 'Niemand sonst war im Gespräch',
  emptyAloneBody: 'Diesmal gibt es nichts zur Zusammenarbeit zu reflektieren.',
  emptyPartialTitle: 'Unvollständige Daten',
  emptyPartialBody:
    'Einige Signale waren während des Gesprächs nicht sichtbar. Die Werte unten sind unvollständig.',
  cardTitle: 'Dein Gespräch ist vorbei: ein Moment zum Nachdenken',
  openFull: 'Ganze Reflexion öffnen',
  dismiss: 'Schließen',
  recentTitle: 'Letzte Gespräche',
  loading: 'Wird geladen …',
  pct: (s) => formatPct(s, 'de'),
  dur: (ms) => formatDuration(ms, 'de'),
};

export const UI_STRINGS: Record<Locale, UiStrings> = { en, de };
export const ui = (locale: Locale = 'en'): UiStrings => UI_STRINGS[locale];
