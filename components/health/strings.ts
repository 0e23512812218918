/**
 * Strings of the health view and the page-sample capture, English and German, keyed as they will be in
 * `_locales/<lang>/messages.json` (the keys are the message names; moving them is mechanical). `$1` marks
 * a substitution, as in `browser.i18n`.
 */

import type { AdviceKey } from '@/utils/diagnostics/health';
import type { HealthState, Signal } from '@/utils/meeting/constants';

export type HealthLocale = 'en' | 'de';

const EN = {
  health_title: 'Call health',
  health_intro:
    'What Rapport can read on the meeting page, signal by signal. Figures for a signal that is not ok are partial or unknown.',
  health_no_call: 'No call yet. Join a Google Meet or Zoom call in this browser and check again.',
  health_platform_meet: 'Google Meet',
  health_platform_zoom: 'Zoom',
  health_checked_at: 'Checked $1',
  health_col_signal: 'Signal',
  health_col_state: 'State',
  health_col_hook: 'Hook that matched',
  health_col_last_ok: 'Last worked',
  health_col_action: 'What you can do',
  health_never: 'not in this call',
  health_now: 'now',
  health_none: 'none',
  health_was: 'before: $1',
  health_summary_ok: 'Everything Rapport reads is working.',
  health_summary_not_visible: 'Some signals are hidden on the page right now — see what you can do below.',
  health_summary_broken:
    'Some signals stopped working. This usually means Meet or Zoom changed their page — a page sample helps fix it quickly.',
  health_signal_phase: 'Call phase',
  health_signal_participants: 'Participants',
  health_signal_self: 'You',
  health_signal_speaking: 'Speaking',
  health_signal_camera: 'Camera',
  health_signal_mute: 'Microphone',
  health_signal_captions: 'Captions',
  health_signal_chat: 'Chat',
  health_state_ok: 'ok',
  health_state_not_visible: 'not visible',
  health_state_broken: 'broken',
  health_advice_join: 'Join the call — Rapport starts reading once you are in it.',
  health_advice_open_people: 'Open the People panel once.',
  health_advice_open_participants: 'Open the Participants panel once.',
  health_advice_show_tiles:
    'Show the participant tiles (leave full-screen presentation or pick a tiled layout).',
  health_advice_turn_on_captions: 'Turn on captions.',
  health_advice_open_chat: 'Open the chat panel.',
  health_advice_report:
    'This looks like a $1 change — save an anonymised page sample below and attach it to a bug report.',
  capture_title: 'Anonymised page sample',
  capture_explain:
    'A page sample is the structure of the meeting page with every name, text, caption, chat line, link and picture replaced by placeholders. It helps a developer fix Rapport when the page changes. Nothing is sent anywhere: you review it here and save it as a file yourself.',
  capture_attach:
    'To report a problem, open a bug report for Rapport, describe what looked wrong, and attach the saved file. Check the preview first: it should contain no name or sentence you recognise.',
  capture_button: 'Save an anonymised page sample',
  capture_working: 'Taking the sample…',
  capture_ready: 'Sample ready: $1. Review it, then save it.',
  capture_failed: 'The sample could not be taken: $1',
  capture_preview: 'Preview',
  capture_preview_cut: 'Showing the first $1 of $2.',
  capture_size: 'Size: $1',
  capture_save: 'Save file',
  capture_saved: 'Saved as $1.',
  capture_again: 'Take a new sample',
} as const;

export type HealthStringKey = keyof typeof EN;

const DE: Record<HealthStringKey, string> = {
  health_title: 'Zustand der Anrufauswertung',
  health_intro:
    'Was Rapport auf der Besprechungsseite lesen kann, Signal für Signal. Zahlen zu einem Signal, das nicht in Ordnung ist, sind unvollständig oder unbekannt.',
  health_no_call:
    'Noch kein Anruf. Nimm in diesem Browser an einem Google-Meet- oder Zoom-Anruf teil und sieh dann wieder nach.',
  health_platform_meet: 'Google Meet',
  health_platform_zoom: 'Zoom',
  health_checked_at: 'Geprüft $1',
  health_col_signal: 'Signal',
  health_col_state: 'Zustand',
  health_col_hook: 'Passender Erkennungspunkt',
  health_col_last_ok: 'Zuletzt funktioniert',
  health_col_action: 'Was du tun kannst',
  health_never: 'nicht in diesem Anruf',
  health_now: 'jetzt',
  health_none: 'keiner',
  health_was: 'vorher: $1',
  health_summary_ok: 'Alles, was Rapport liest, funktioniert.',
  health_summary_not_visible:
    'Einige Signale sind gerade auf der Seite verborgen – unten steht, was du tun kannst.',
  health_summary_broken:
    'Einige Signale funktionieren nicht mehr. Meist hat Meet oder Zoom die Seite geändert – eine Seitenprobe hilft, das schnell zu beheben.',
  health_signal_phase: 'Anrufphase',
  health_signal_participants: 'Teilnehmende',
  health_signal_self: 'Du',
  health_signal_speaking: 'Sprechen',
  health_signal_camera: 'Kamera',
  health_signal_mute: 'Mikrofon',
  health_signal_captions: 'Untertitel',
  health_signal_chat: 'Chat',
  health_state_ok: 'in Ordnung',
  health_state_not_visible: 'nicht sichtbar',
  health_state_broken: 'defekt',
  health_advice_join: 'Tritt dem Anruf bei – Rapport liest, sobald du drin bist.',
  health_advice_open_people: 'Öffne einmal die Personenliste.',
  health_advice_open_participants: 'Öffne einmal die Teilnehmerliste.',
  health_advice_show_tiles:
    'Zeige die Kacheln der Teilnehmenden (Vollbild-Präsentation verlassen oder eine Kachelansicht wählen).',
  health_advice_turn_on_captions: 'Schalte die Untertitel ein.',
  health_advice_open_chat: 'Öffne den Chat.',
  health_advice_report:
    'Das sieht nach einer Änderung von $1 aus – speichere unten eine anonymisierte Seitenprobe und hänge sie an einen Fehlerbericht an.',
  capture_title: 'Anonymisierte Seitenprobe',
  capture_explain:
    'Eine Seitenprobe ist der Aufbau der Besprechungsseite, in dem jeder Name, Text, Untertitel, jede Chatzeile, jeder Link und jedes Bild durch Platzhalter ersetzt ist. Sie hilft, Rapport zu reparieren, wenn sich die Seite ändert. Nichts wird irgendwohin gesendet: Du prüfst sie hier und speicherst sie selbst als Datei.',
  capture_attach:
    'Um ein Problem zu melden, öffne einen Fehlerbericht für Rapport, beschreibe, was falsch aussah, und hänge die gespeicherte Datei an. Prüfe vorher die Vorschau: Sie sollte keinen Namen und keinen Satz enthalten, den du wiedererkennst.',
  capture_button: 'Anonymisierte Seitenprobe speichern',
  capture_working: 'Seitenprobe wird erstellt…',
  capture_ready: 'Seitenprobe bereit: $1. Prüfe sie und speichere sie dann.',
  capture_failed: 'Die Seitenprobe konnte nicht erstellt werden: $1',
  capture_preview: 'Vorschau',
  capture_preview_cut: 'Gezeigt werden die ersten $1 von $2.',
  capture_size: 'Größe: $1',
  capture_save: 'Datei speichern',
  capture_saved: 'Gespeichert als $1.',
  capture_again: 'Neue Seitenprobe erstellen',
};

const TABLE: Record<HealthLocale, Record<HealthStringKey, string>> = { en: EN, de: DE };

/** The string for `key` in `locale` with `$1`, `$2` substituted (as plain text). */
export function hs(locale: HealthLocale, key: HealthStringKey, ...subs: string[]): string {
  const s = TABLE[locale]?.[key] ?? EN[key];
  return s.replace(/\$(\d)/g, (m, d: string) => subs[Number(d) - 1] ?? m);
}

export const signalKey = (s: Signal): HealthStringKey => `health_signal_${s}`;
export const stateKey = (s: HealthState): HealthStringKey => `health_state_${s}`;
export const adviceKey = (a: AdviceKey): HealthStringKey => a;

/** All keys, for the i18n move and the completeness test. */
export const HEALTH_STRING_KEYS = Object.keys(EN) as HealthStringKey[];
export const HEALTH_STRINGS = TABLE;

/** "12.3 KB" / "1.4 MB". */
export function formatBytes(n: number, locale: HealthLocale): string {
  const fmt = (x: number) => x.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${fmt(n / 1024)} KB`;
  return `${fmt(n / (1024 * 1024))} MB`;
}
