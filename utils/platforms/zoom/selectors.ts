/**
 * Zoom web-client hooks as data. Each field is a chain, most durable first. Zoom's classes are readable
 * BEM names (`block__element--modifier`) that have held for years (`participants-item__display-name` in
 * 2020 and 2026 code, `video-avatar__*` 2024-2026), so BEM classes are the primary layer here; ids and
 * roles come next, and structure last. `verified` is the last date a cited source saw the hook hold (see
 * ../shared/reference/meet-zoom-dom.md §2, sources dated there); `why` says where it comes from. Readers
 * report which layer matched, so health can say *which* hook failed.
 *
 * Rules kept throughout:
 * - never key on CSS-module hashed classes (`_rtfEditor_1n3rs_1`): they change per build;
 * - `[class*="speaker-active"]` / `[class*="speaking"]` match always-present layout classes: only the
 *   `…__video-frame--active` modifier is a state (reference §2.5, C);
 * - visible text (end-modal titles, waiting copy, "(me)") only where Zoom offers nothing structural, in
 *   per-locale tables; EN is from the sources, other locales are Rapport's unverified translations and a
 *   miss falls back to the structural answer.
 */
import type { SelectorChain, SelectorLayer } from '../dom';

const L = (
  id: string,
  kind: SelectorLayer['kind'],
  css: string,
  verified: string,
  why: string,
  text?: readonly string[],
): SelectorLayer => (text ? { id, kind, css, text, verified, why } : { id, kind, css, verified, why });

export const ZOOM = {
  /** The PWA shell's same-origin frame that holds the meeting UI (app.zoom.us, pwa.zoom.us). */
  webclientFrame: [
    L('data:iframe#webclient', 'data', 'iframe#webclient', '2026-04-01', 'TranscripTonic, screenapp 2026'),
    L(
      'class:pwa-webclient__iframe',
      'class',
      'iframe.pwa-webclient__iframe',
      '2026-04-01',
      'PWA shell iframe class (meetcaptioner 2026)',
    ),
  ],
  /** End of meeting: the modal that must be acknowledged with OK, or the post-meeting page. */
  endModal: [
    L(
      'class:zm-modal-body-title',
      'class',
      '.zm-modal .zm-modal-body-title',
      '2026-08-01',
      'Vexa removal.ts',
    ),
    L(
      'role:dialog-meeting-end',
      'role',
      '[aria-label="Meeting is end now"]',
      '2026-08-01',
      'Vexa selectors: the end modal label (sic)',
    ),
  ],
  postMeeting: [
    L(
      'class:meeting-ended-container',
      'class',
      '.meeting-ended-container',
      '2026-01-01',
      'Live-Captions-Saver platformConfig: page after leaving',
    ),
    L(
      'class:post-meeting-container',
      'class',
      '.post-meeting-container',
      '2026-01-01',
      'Live-Captions-Saver: /postattendee page',
    ),
  ],
  /** Leave (guests) / End (hosts) control: present only inside the meeting. */
  leave: [
    L(
      'class:footer__leave-btn-container',
      'class',
      '.footer__leave-btn-container button',
      '2026-04-01',
      'TranscripTonic clicks its firstChild',
    ),
    L('class:footer__leave-btn', 'class', 'button.footer__leave-btn', '2020-06-01', '2020 classic client'),
    L(
      'role:footer-leave-label',
      'role',
      '#wc-footer button[aria-label="Leave"], #wc-footer button[aria-label="End"]',
      '2026-06-11',
      'Vexa "most reliable signal"; host sees End',
    ),
  ],
  /** Footer pieces that exist only once audio is initialised inside the meeting. */
  inMeetingHint: [
    L('data:#audioOptionMenu', 'data', '#audioOptionMenu', '2026-04-01', 'TranscripTonic: meeting started'),
    L(
      'class:footer__btns-container',
      'class',
      '.footer__btns-container',
      '2026-04-01',
      'Caption-Arc joined-surface marker',
    ),
    L('data:#wc-footer', 'data', '#wc-footer', '2026-01-01', 'screenapp footer'),
  ],
  /** Containers of the meeting UI (used to call a blank reading "broken" rather than "not a meeting"). */
  meetingShell: [
    L('class:meeting-app', 'class', '.meeting-app', '2026-06-11', 'Vexa container'),
    L('class:meeting-client-inner', 'class', '.meeting-client-inner', '2026-04-01', 'Caption-Arc marker'),
  ],
  /** Pre-join forms: React preview and the classic form. */
  lobby: [
    L('data:#input-for-name', 'data', '#input-for-name', '2026-06-11', 'Vexa web/selectors (React client)'),
    L(
      'class:preview-join-button',
      'class',
      'button.preview-join-button',
      '2026-06-11',
      'Vexa (React client)',
    ),
    L(
      'data:#preview-audio-control-button',
      'data',
      '#preview-audio-control-button',
      '2026-06-11',
      'Vexa (React preview)',
    ),
    L('data:#inputname', 'data', '#inputname', '2026-06-11', 'classic client form'),
    L('data:#joinBtn', 'data', '#joinBtn', '2026-06-11', 'classic client form'),
  ],
  /** The name typed before joining (used to recognise self when the participants pane is closed). */
  lobbyName: [
    L('data:#input-for-name', 'data', 'input#input-for-name', '2026-06-11', 'React preview name field'),
    L('data:#inputname', 'data', 'input#inputname', '2026-06-11', 'classic name field'),
  ],
  /**
   * Video frames of the filmstrip (speaker view) and gallery: one per rendered participant. The big
   * speaker-view frame is separate (`mainFrame`): its content is the last active speaker, so it is not a
   * participant's tile.
   */
  frame: [
    L(
      'class:gallery-video-container__video-frame',
      'class',
      '.gallery-video-container__video-frame',
      '2026-06-01',
      'LMA zoom.js, Vexa, Live-Captions-Saver',
    ),
    L(
      'class:speaker-bar-container__video-frame',
      'class',
      '.speaker-bar-container__video-frame',
      '2026-06-01',
      'LMA zoom.js, Vexa (filmstrip)',
    ),
  ],
  /** The active-speaker state modifier on a frame: the only real "is speaking" state Zoom renders. */
  activeFrame: [
    L(
      'class:gallery-video-container__video-frame--active',
      'class',
      '.gallery-video-container__video-frame--active',
      '2025-02-09',
      'LMA zoom.js (gallery)',
    ),
    L(
      'class:speaker-bar-container__video-frame--active',
      'class',
      '.speaker-bar-container__video-frame--active',
      '2026-06-01',
      'LMA zoom.js, Vexa zoom-speakers.ts',
    ),
  ],
  /** Speaker view's big frame; always exists, content = current or last active speaker. */
  mainFrame: [
    L(
      'class:speaker-active-container__video-frame',
      'class',
      '.speaker-active-container__video-frame',
      '2026-06-01',
      'LMA, Vexa: speaker view main frame',
    ),
  ],
  /** The avatar block inside a frame. */
  avatar: [
    L('class:video-avatar__avatar', 'class', '.video-avatar__avatar', '2026-06-01', 'LMA, Vexa 2024-2026'),
  ],
  /** Name in a frame: the footer span (LMA switched to it 2025-02-09), then the big name / picture alt. */
  avatarName: [
    L(
      'class:video-avatar__avatar-footer-span',
      'class',
      '.video-avatar__avatar-footer span',
      '2026-06-01',
      'LMA 2025-02-09 fix for screen share layouts',
    ),
    L(
      'class:video-avatar__avatar-name',
      'class',
      '.video-avatar__avatar-name',
      '2026-06-01',
      'camera-off big name',
    ),
  ],
  avatarFooter: [
    L(
      'class:video-avatar__avatar-footer',
      'class',
      '.video-avatar__avatar-footer',
      '2026-06-01',
      'tile footer; `--view-mute-computer` modifier when muted (LMA)',
    ),
  ],
  /** Camera off: the big name; camera on: the picture element; both inside `-title` (C, live note). */
  avatarTitle: [
    L(
      'class:video-avatar__avatar-title',
      'class',
      '.video-avatar__avatar-title',
      '2026-06-01',
      'read -title first',
    ),
  ],
  /** Participants pane rows (exist only while the pane is open; virtualised in big calls). */
  panelRow: [
    L(
      'class:participants-li',
      'class',
      '.participants-item-position .participants-li',
      '2026-01-01',
      'LCS 2026',
    ),
    L('class:participants-li-bare', 'class', 'li.participants-li', '2025-08-14', 'ZoomWatch content.js'),
    L(
      'data:#participants-ul-li',
      'data',
      '#participants-ul li[aria-label]',
      '2026-01-01',
      'list id; row aria-label summarises state',
    ),
  ],
  panelName: [
    L(
      'class:participants-item__display-name',
      'class',
      '.participants-item__display-name',
      '2026-01-01',
      '2020 classic → 2026',
    ),
  ],
  panelNameLabel: [
    L(
      'class:participants-item__name-label',
      'class',
      '.participants-item__name-label',
      '2026-01-01',
      '"(Host)", "(me)", "(Host, me)", "(Co-host)"',
    ),
  ],
  panelAvatar: [
    L(
      'class:participants-item__avatar',
      'class',
      'img.participants-item__avatar',
      '2026-01-01',
      'row picture',
    ),
  ],
  /** The pane's list; its presence with zero rows means the row selectors broke. */
  panelList: [
    L('data:#participants-ul', 'data', '#participants-ul', '2026-01-01', 'LCS 2026'),
    L('role:participants-list', 'role', '[aria-label="participants list"]', '2026-01-01', 'LCS, Vexa'),
    L(
      'class:participants-section-container',
      'class',
      '.participants-section-container',
      '2026-01-01',
      'pane',
    ),
  ],
  /** Row icons (language-neutral). */
  panelMuted: [
    L(
      'class:participants-icon__participants-mute',
      'class',
      '.participants-icon__participants-mute',
      '2026-01-01',
      'row icon',
    ),
  ],
  panelUnmuted: [
    L(
      'class:participants-icon__participants-unmute',
      'class',
      '.participants-icon__participants-unmute',
      '2026-01-01',
      'row icon',
    ),
  ],
  panelVideo: [
    L(
      'class:participants-icon__participant-video',
      'class',
      '.participants-icon__participant-video',
      '2025-08-14',
      'ZoomWatch; `--stopped` = camera off',
    ),
  ],
  panelHand: [
    L(
      'class:participants-icon__participants-raisehand',
      'class',
      '[class*="participants-icon__participants-raisehand"]',
      '2026-01-01',
      'reference fixture outline; unverified class',
    ),
    L(
      'class:raise-hand',
      'class',
      '[class*="raise-hand"], [class*="raisehand"]',
      '2026-01-01',
      'loose fallback',
    ),
  ],
  /** Self footer controls. */
  selfAudio: [
    L(
      'class:join-audio-container__btn',
      'class',
      'button.join-audio-container__btn',
      '2026-06-01',
      'LMA zoom.js',
    ),
  ],
  selfVideo: [
    L(
      'class:send-video-container__btn',
      'class',
      'button.send-video-container__btn',
      '2026-06-11',
      'Vexa 2026-06',
    ),
  ],
  footerLabel: [
    L(
      'class:footer-button-base__button-label',
      'class',
      '.footer-button-base__button-label',
      '2026-06-01',
      'footer button label',
    ),
  ],
  /** Live transcription box (only while captions are on). */
  captionBox: [
    L(
      'class:live-transcription-subtitle__box',
      'class',
      '.live-transcription-subtitle__box',
      '2026-04-01',
      'TranscripTonic observes this',
    ),
    L(
      'data:#live-transcription-subtitle',
      'data',
      '#live-transcription-subtitle',
      '2026-04-01',
      '"stable id"',
    ),
  ],
  captionRow: [
    L(
      'data:#live-transcription-subtitle',
      'data',
      '#live-transcription-subtitle',
      '2026-04-01',
      'LCS, TranscripTonic',
    ),
    L(
      'structure:box-last-child',
      'structure',
      '.live-transcription-subtitle__box > div:last-child',
      '2026-04-01',
      'TranscripTonic: lastChild = current row',
    ),
  ],
  captionText: [
    L(
      'class:live-transcription-subtitle__item',
      'class',
      '.live-transcription-subtitle__item',
      '2026-04-01',
      'LCS, meetcaptioner',
    ),
    L('structure:span-dir-auto', 'structure', 'span[dir="auto"]', '2026-04-01', 'LCS fallback'),
  ],
  captionInitials: [
    L(
      'class:zmu-data-selector-item__icon',
      'class',
      '.zmu-data-selector-item__icon',
      '2026-04-01',
      'one-letter initial when no picture (LCS)',
    ),
  ],
  /** Chat list (virtualised, react-virtuoso). */
  chatList: [
    L('data:#chat-list-content', 'data', '#chat-list-content', '2026-04-01', 'Vexa zoom-chat, LCS'),
    L('role:chat-message-list', 'role', '[aria-label="Chat Message List"]', '2026-04-01', 'Vexa zoom-chat'),
    L('class:chat-virtuoso-wrapper', 'class', '.chat-virtuoso-wrapper', '2026-04-01', 'Vexa zoom-chat'),
  ],
  chatItem: [
    L(
      'data:chat-item-container',
      'data',
      '.chat-item-container[data-id]',
      '2026-04-01',
      'Caption-Arc dedupes by data-id',
    ),
    L('data:chat-message-id', 'data', '[id^="chat-message-"]', '2026-04-01', 'Vexa zoom-chat'),
  ],
  chatSender: [
    L('class:chat-item__sender', 'class', '.chat-item__sender', '2026-06-11', 'Vexa; first of a run only'),
  ],
  chatText: [
    L(
      'class:new-chat-message__text-content',
      'class',
      '.new-chat-message__text-content',
      '2026-06-11',
      'Vexa selectors (verified from live DOM)',
    ),
    L('class:new-chat-message__text-box', 'class', '.new-chat-message__text-box', '2026-06-11', 'Vexa alt'),
    L('class:new-chat-message__container', 'class', '.new-chat-message__container', '2026-06-11', 'body'),
  ],
  /** Reaction row inside a message: stripped from the text. */
  chatStrip: [L('class:chat-vote-row', 'class', '.chat-vote-row', '2026-06-11', 'reaction row')],
  meetingTopic: [
    L('class:meeting-topic', 'class', '.meeting-topic', '2026-01-01', 'LCS, unverified'),
    L(
      'class:meeting-info-container__title',
      'class',
      '.meeting-info-container__title',
      '2026-01-01',
      'LCS, unverified',
    ),
  ],
} as const satisfies Record<string, SelectorChain>;

export type ZoomField = keyof typeof ZOOM;

/** CSS list of a chain's layers, for `closest()` / `matches()`. */
export function chainCss(chain: SelectorChain): string {
  return chain.map((l) => l.css).join(', ');
}

/**
 * Visible-text tables, used only where Zoom offers no structural hook. EN from the cited sources; the
 * other entries are Rapport's translations, unverified against the live client — a miss falls back to
 * the structural answer (`unknown` end reason, no self mark).
 */
export const TEXT = {
  waiting: [
    'Please wait, the meeting host will let you in soon',
    'Waiting for the host to start this meeting',
    'Waiting for the host to start the meeting',
    "Host has joined. We've let them know you're here",
    'Bitte warten Sie, der Host wird Sie in Kürze eintreten lassen',
    'Warten auf den Host',
  ],
  endHost: [
    'This meeting has been ended by host',
    'meeting has been ended by the host',
    'Dieses Meeting wurde vom Host beendet',
  ],
  endRemoved: ['You have been removed', 'removed from the meeting', 'Sie wurden aus dem Meeting entfernt'],
  endLeft: ['You have left the meeting', 'You left the meeting', 'Sie haben das Meeting verlassen'],
  endGeneric: ['meeting has ended', 'Meeting is end now', 'Das Meeting wurde beendet'],
  /** Tokens inside the row name label "(Host, me)" that mark the local user. */
  selfLabel: ['me', 'ich', 'moi', 'yo', 'eu', 'io', '我', '自分'],
  /** Footer audio-button labels while muted (the button then offers "Unmute"). */
  unmuteLabel: ['Unmute', 'unmute my microphone', 'Stummschaltung aufheben', 'Réactiver le son'],
  muteLabel: ['Mute', 'mute my microphone', 'Stummschalten', 'Couper le son'],
  /** Captions system strings that are not speech (Caption-Arc filter). */
  captionSystem: [
    'You have turned on live transcription',
    'Connecting',
    'captions will be shown in',
    'Joining meeting',
    'Meeting recording',
  ],
} as const;

/** Normalise typographic apostrophes and case for text-table matching. */
export function normText(s: string): string {
  return s
    .replace(/[’‘`´]/g, "'")
    .replace(/…/g, '...')
    .toLowerCase();
}

export function textMatches(haystack: string, table: readonly string[]): boolean {
  const h = normText(haystack);
  return table.some((t) => h.includes(normText(t)));
}
