/**
 * Zoom web-client hooks as data. Each field is a chain, most durable first. Zoom's classes are readable
 * BEM names (`block__element--modifier`) that have held for years (`participants-item__display-name` in
 * 2020 and 2026 code, `video-avatar__*` 2024-2026), so BEM classes are the primary layer here; ids and
 * roles come next, and structure last. The comment above each layer (`// date why`) gives the last date a cited
 * source saw the hook hold (see ../shared/reference/meet-zoom-dom.md §2, sources dated there) and where it
 * comes from; the selector tests require it. Readers
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
import { L, normText, type SelectorChain, textMatches } from '../dom';

export { normText, textMatches };

export const ZOOM = {
  /** The PWA shell's same-origin frame that holds the meeting UI (app.zoom.us, pwa.zoom.us). */
  webclientFrame: [
    // 2026-04-01 TranscripTonic, screenapp 2026
    L('data:iframe#webclient', 'iframe#webclient'),
    // 2026-04-01 PWA shell iframe class (meetcaptioner 2026)
    L('class:pwa-webclient__iframe', 'iframe.pwa-webclient__iframe'),
  ],
  /** End of meeting: the modal that must be acknowledged with OK, or the post-meeting page. */
  endModal: [
    // 2026-08-01 Vexa removal.ts
    L('class:zm-modal-body-title', '.zm-modal .zm-modal-body-title'),
    // 2026-08-01 Vexa selectors: the end modal label (sic)
    L('role:dialog-meeting-end', '[aria-label="Meeting is end now"]'),
  ],
  postMeeting: [
    // 2026-01-01 Live-Captions-Saver platformConfig: page after leaving
    L('class:meeting-ended-container', '.meeting-ended-container'),
    // 2026-01-01 Live-Captions-Saver: /postattendee page
    L('class:post-meeting-container', '.post-meeting-container'),
  ],
  /** Leave (guests) / End (hosts) control: present only inside the meeting. */
  leave: [
    // 2026-04-01 TranscripTonic clicks its firstChild
    L('class:footer__leave-btn-container', '.footer__leave-btn-container button'),
    // 2020-06-01 2020 classic client
    L('class:footer__leave-btn', 'button.footer__leave-btn'),
    // 2026-06-11 Vexa "most reliable signal"; host sees End
    L(
      'role:footer-leave-label',
      '#wc-footer button[aria-label="Leave"], #wc-footer button[aria-label="End"]',
    ),
  ],
  /** Footer pieces that exist only once audio is initialised inside the meeting. */
  inMeetingHint: [
    // 2026-04-01 TranscripTonic: meeting started
    L('data:#audioOptionMenu', '#audioOptionMenu'),
    // 2026-04-01 Caption-Arc joined-surface marker
    L('class:footer__btns-container', '.footer__btns-container'),
    // 2026-01-01 screenapp footer
    L('data:#wc-footer', '#wc-footer'),
  ],
  /** The footer with the call controls, which the overlay keeps clear of. */
  toolbar: [
    // 2026-01-01 screenapp footer id
    L('data:#wc-footer', '#wc-footer'),
    // 2026-04-01 Caption-Arc footer buttons row
    L('class:footer__btns-container', '.footer__btns-container'),
  ],
  /** Docked right-hand panes (participants, chat); each exists only while open. */
  sidePanel: [
    // 2026-04-01 Caption-Arc right-hand container of the panes
    L('data:#wc-container-right', '#wc-container-right'),
    // 2026-01-01 participants pane (Vexa, LCS)
    L('class:participants-section-container', '.participants-section-container'),
    // 2026-04-01 chat pane (Caption-Arc)
    L('class:chat-container', '.chat-container'),
  ],
  /** Containers of the meeting UI (used to call a blank reading "broken" rather than "not a meeting"). */
  meetingShell: [
    // 2026-06-11 Vexa container
    L('class:meeting-app', '.meeting-app'),
    // 2026-04-01 Caption-Arc marker
    L('class:meeting-client-inner', '.meeting-client-inner'),
  ],
  /** Pre-join forms: React preview and the classic form. */
  lobby: [
    // 2026-06-11 Vexa web/selectors (React client)
    L('data:#input-for-name', '#input-for-name'),
    // 2026-06-11 Vexa (React client)
    L('class:preview-join-button', 'button.preview-join-button'),
    // 2026-06-11 Vexa (React preview)
    L('data:#preview-audio-control-button', '#preview-audio-control-button'),
    // 2026-06-11 classic client form
    L('data:#inputname', '#inputname'),
    // 2026-06-11 classic client form
    L('data:#joinBtn', '#joinBtn'),
  ],
  /** The name typed before joining (used to recognise self when the participants pane is closed). */
  lobbyName: [
    // 2026-06-11 React preview name field
    L('data:#input-for-name', 'input#input-for-name'),
    // 2026-06-11 classic name field
    L('data:#inputname', 'input#inputname'),
  ],
  /**
   * Video frames of the filmstrip (speaker view) and gallery: one per rendered participant. The big
   * speaker-view frame is separate (`mainFrame`): its content is the last active speaker, so it is not a
   * participant's tile.
   */
  frame: [
    // 2026-06-01 LMA zoom.js, Vexa, Live-Captions-Saver
    L('class:gallery-video-container__video-frame', '.gallery-video-container__video-frame'),
    // 2026-06-01 LMA zoom.js, Vexa (filmstrip)
    L('class:speaker-bar-container__video-frame', '.speaker-bar-container__video-frame'),
  ],
  /** The active-speaker state modifier on a frame: the only real "is speaking" state Zoom renders. */
  activeFrame: [
    // 2025-02-09 LMA zoom.js (gallery)
    L('class:gallery-video-container__video-frame--active', '.gallery-video-container__video-frame--active'),
    // 2026-06-01 LMA zoom.js, Vexa zoom-speakers.ts
    L('class:speaker-bar-container__video-frame--active', '.speaker-bar-container__video-frame--active'),
  ],
  /** Speaker view's big frame; always exists, content = current or last active speaker. */
  mainFrame: [
    // 2026-06-01 LMA, Vexa: speaker view main frame
    L('class:speaker-active-container__video-frame', '.speaker-active-container__video-frame'),
  ],
  /** The avatar block inside a frame. */
  avatar: [
    // 2026-06-01 LMA, Vexa 2024-2026
    L('class:video-avatar__avatar', '.video-avatar__avatar'),
  ],
  /** Name in a frame: the footer span (LMA switched to it 2025-02-09), then the big name / picture alt. */
  avatarName: [
    // 2026-06-01 LMA 2025-02-09 fix for screen share layouts
    L('class:video-avatar__avatar-footer-span', '.video-avatar__avatar-footer span'),
    // 2026-06-01 camera-off big name
    L('class:video-avatar__avatar-name', '.video-avatar__avatar-name'),
  ],
  avatarFooter: [
    // 2026-06-01 tile footer; `--view-mute-computer` modifier when muted (LMA)
    L('class:video-avatar__avatar-footer', '.video-avatar__avatar-footer'),
  ],
  /** Camera off: the big name; camera on: the picture element; both inside `-title` (C, live note). */
  avatarTitle: [
    // 2026-06-01 read -title first
    L('class:video-avatar__avatar-title', '.video-avatar__avatar-title'),
  ],
  /** Participants pane rows (exist only while the pane is open; virtualised in big calls). */
  panelRow: [
    // 2026-01-01 LCS 2026
    L('class:participants-li', '.participants-item-position .participants-li'),
    // 2025-08-14 ZoomWatch content.js
    L('class:participants-li-bare', 'li.participants-li'),
    // 2026-01-01 list id; row aria-label summarises state
    L('data:#participants-ul-li', '#participants-ul li[aria-label]'),
    // 2026-10-07 client 7.2.0 spec: react-virtualized roster, `.participants-li` rows (not `li`), no ids
    L('data:#participants-unified-list-row', '#participants-unified-list .participants-li'),
  ],
  panelName: [
    // 2026-01-01 2020 classic → 2026
    L('class:participants-item__display-name', '.participants-item__display-name'),
  ],
  panelNameLabel: [
    // 2026-01-01 "(Host)", "(me)", "(Host, me)", "(Co-host)"
    L('class:participants-item__name-label', '.participants-item__name-label'),
  ],
  panelAvatar: [
    // 2026-01-01 row picture
    L('class:participants-item__avatar', 'img.participants-item__avatar'),
  ],
  /** The pane's list; its presence with zero rows means the row selectors broke. */
  panelList: [
    // 2026-01-01 LCS 2026
    L('data:#participants-ul', '#participants-ul'),
    // 2026-01-01 LCS, Vexa
    L('role:participants-list', '[aria-label="participants list"]'),
    // 2026-01-01 pane
    L('class:participants-section-container', '.participants-section-container'),
    // 2026-10-07 client 7.2.0 spec: the virtualised roster has its own id, no #participants-ul
    L('data:#participants-unified-list', '#participants-unified-list'),
    // 2020-06-01 classic client page_source: `ul.participants-ul`, no id; its section says "participant list"
    L('class:participants-ul', 'ul.participants-ul'),
  ],
  /**
   * Row mic icons (language-neutral). Their classes name the host's *action* on the row, not the state:
   * a muted participant shows `…participants-unmute` (the 2020 classic capture: the row labelled
   * "computer audio muted" holds that icon), so `-unmute` means muted and `-mute` means live.
   */
  panelMuted: [
    // 2020-06-01 classic client page_source: the muted host's row icon is the "unmute" action
    L('class:participants-icon__participants-unmute', '.participants-icon__participants-unmute'),
  ],
  panelUnmuted: [
    // 2020-06-01 the counterpart action class ("mute"), shown while the participant is live
    L('class:participants-icon__participants-mute', '.participants-icon__participants-mute'),
  ],
  panelVideo: [
    // 2025-08-14 ZoomWatch; `--stopped` = camera off
    L('class:participants-icon__participant-video', '.participants-icon__participant-video'),
  ],
  panelHand: [
    // 2026-01-01 reference fixture outline; unverified class
    L(
      'class:participants-icon__participants-raisehand',
      '[class*="participants-icon__participants-raisehand"]',
    ),
    // 2026-01-01 loose fallback
    L('class:raise-hand', '[class*="raise-hand"], [class*="raisehand"]'),
  ],
  /** Self footer controls. */
  selfAudio: [
    // 2026-06-01 LMA zoom.js
    L('class:join-audio-container__btn', 'button.join-audio-container__btn'),
  ],
  selfVideo: [
    // 2026-06-11 Vexa 2026-06
    L('class:send-video-container__btn', 'button.send-video-container__btn'),
  ],
  footerLabel: [
    // 2026-06-01 footer button label
    L('class:footer-button-base__button-label', '.footer-button-base__button-label'),
  ],
  /** Live transcription box (only while captions are on). */
  captionBox: [
    // 2026-04-01 TranscripTonic observes this
    L('class:live-transcription-subtitle__box', '.live-transcription-subtitle__box'),
    // 2026-04-01 "stable id"
    L('data:#live-transcription-subtitle', '#live-transcription-subtitle'),
  ],
  captionRow: [
    // 2026-04-01 LCS, TranscripTonic
    L('data:#live-transcription-subtitle', '#live-transcription-subtitle'),
    // 2026-04-01 TranscripTonic: lastChild = current row
    L('structure:box-last-child', '.live-transcription-subtitle__box > div:last-child'),
  ],
  captionText: [
    // 2026-04-01 LCS, meetcaptioner
    L('class:live-transcription-subtitle__item', '.live-transcription-subtitle__item'),
    // 2026-04-01 LCS fallback
    L('structure:span-dir-auto', 'span[dir="auto"]'),
  ],
  captionInitials: [
    // 2026-04-01 one-letter initial when no picture (LCS)
    L('class:zmu-data-selector-item__icon', '.zmu-data-selector-item__icon'),
  ],
  /** Chat list (virtualised, react-virtuoso). */
  chatList: [
    // 2026-04-01 Vexa zoom-chat, LCS
    L('data:#chat-list-content', '#chat-list-content'),
    // 2026-04-01 Vexa zoom-chat
    L('role:chat-message-list', '[aria-label="Chat Message List"]'),
    // 2026-04-01 Vexa zoom-chat
    L('class:chat-virtuoso-wrapper', '.chat-virtuoso-wrapper'),
  ],
  chatItem: [
    // 2026-04-01 Caption-Arc dedupes by data-id
    L('data:chat-item-container', '.chat-item-container[data-id]'),
    // 2026-04-01 Vexa zoom-chat
    L('data:chat-message-id', '[id^="chat-message-"]'),
  ],
  chatSender: [
    // 2026-06-11 Vexa; first of a run only
    L('class:chat-item__sender', '.chat-item__sender'),
  ],
  chatText: [
    // 2026-06-11 Vexa selectors (verified from live DOM)
    L('class:new-chat-message__text-content', '.new-chat-message__text-content'),
    // 2026-06-11 Vexa alt
    L('class:new-chat-message__text-box', '.new-chat-message__text-box'),
    // 2026-06-11 body
    L('class:new-chat-message__container', '.new-chat-message__container'),
  ],
  /** Reaction row inside a message: stripped from the text. */
  chatStrip: [
    // 2026-06-11 reaction row
    L('class:chat-vote-row', '.chat-vote-row'),
  ],
  meetingTopic: [
    // 2026-01-01 LCS, unverified
    L('class:meeting-topic', '.meeting-topic'),
    // 2026-01-01 LCS, unverified
    L('class:meeting-info-container__title', '.meeting-info-container__title'),
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
