/**
 * Google Meet hooks as data. Each field is a chain, most durable first (icon ligature text → roles and
 * data attributes → long-lived jsnames → obfuscated classes as a fast path → structure). The comment above each
 * layer (`// date why`) gives the last date a cited source saw the hook hold (see
 * ../shared/reference/meet-zoom-dom.md §1) and where it comes from; the selector tests require it. Readers report which layer matched, so health can say *which* hook failed.
 *
 * Rule kept throughout: no decision rests on English aria-label text alone. Visible-text tables
 * (`TEXT`) exist only where Meet offers nothing else (end-screen reason, waiting-room copy) and always
 * carry at least EN and DE; the structural answer is used when no table entry matches.
 */
import { L, normText, type SelectorChain, textMatches } from '../dom';

export { normText, textMatches };

/** Icons are `<i>` (sometimes `<span>` under `data-google-symbols-override`); the class changed in 2024-08. */
const ICON_CSS = 'i, [data-google-symbols-override] span';

export const MEET = {
  /** End-screen markers; any one of them means the call is over. */
  ended: [
    // 2026-08-16 KMChris ENDED_MARKERS; "false" in call
    L('data:call-ended', '[data-call-ended="true"]'),
    // 2026-08-16 KMChris ENDED_MARKERS
    L('data:returnToHomePage', '[data-mdc-dialog-action="returnToHomePage"]'),
    // 2026-08-16 "Return to home screen" button
    L('jsname:EszDse', 'button[jsname="EszDse"]'),
    // 2026-01-01 end heading; attendee + Live-Captions-Saver
    L('class:roSPhc', 'h1.roSPhc'),
  ],
  /** The heading whose (localized) text tells left / ended by host / removed. */
  endHeading: [
    // 2026-01-01 end heading class
    L('class:roSPhc', 'h1.roSPhc'),
    // 2026-08-16 the end screen has one h1
    L('structure:h1', 'h1'),
  ],
  /** The Leave control: present in waiting room and call, absent in the lobby. */
  leave: [
    // 2026-04-01 TranscripTonic/Caption-Arc: ligature text, any locale
    L('icon:call_end', ICON_CSS, ['call_end']),
    // 2026-01-01 Leave button; same since 2022
    L('jsname:CQylAd', 'button[jsname="CQylAd"]'),
  ],
  /** Controls that exist only once admitted (TranscripTonic: the waiting room shows call_end but not CC). */
  inCallHint: [
    // 2026-04-01 CC toggle icon text; absent while waiting
    L('icon:closed_caption', ICON_CSS, ['closed_caption', 'closed_caption_off']),
    // 2026-02-28 CC button after the 2026-02 redesign
    L('jsname:RrG0hf', 'button[jsname="RrG0hf"]'),
    // 2024-07-28 CC button before 2026-02
    L('jsname:r8qRAd', 'button[jsname="r8qRAd"]'),
  ],
  /**
   * The call-controls bar the overlay keeps clear of. Looked up from the Leave control (`closest`), so a
   * tile's own hover toolbar never counts (utils/platforms/meet/layout.ts).
   */
  toolbar: [
    // 2026-09-30 the controls bar is role=toolbar (reference §1 fixture outline); role, not its English label
    L('role:toolbar', '[role="toolbar"]'),
    // 2022-08-26 bottom-bar root before the role (CrankyHippo bottom.html)
    L('jsname:EaZ7Cc', '[jsname="EaZ7Cc"]'),
  ],
  /** The docked side panel (People, chat, activities): an `<aside>` landmark, matched without its English label. */
  sidePanel: [
    // 2026-08-14 aside[aria-label="Side panel"] (attendee 2026, meet-teams-bot 2025, Engagium 2025-11)
    L('structure:aside', 'aside'),
  ],
  /** Pre-join surface: lobby mic/cam toggles are div[role=button] with the in-call jsnames. */
  lobbyHint: [
    // 2025-01-19 lobby mic toggle
    L('role:div-mic', 'div[role="button"][jsname="hw0c9"]'),
    // 2025-01-19 lobby cam toggle
    L('role:div-cam', 'div[role="button"][jsname="psRWwc"]'),
    // 2026-06-12 self-preview effects button
    L('icon:visual_effects', ICON_CSS, ['visual_effects']),
  ],
  /** Stage tiles, one per visible device. */
  tile: [
    // 2026-08-14 Vexa, KMChris, screenapp 2026
    L('data:participant-id', '[data-participant-id]'),
    // 2021-02-15 video rectangle
    L('data:requested-participant-id', '[data-requested-participant-id]'),
  ],
  /** Name inside a tile. `data-self-name` is a name-block hook on every tile, not a self marker. */
  tileName: [
    // 2024-11-22 LMA meet.js
    L('data:tooltip-notranslate', '[data-tooltip-id][data-tooltip-anchor-boundary-type] span.notranslate'),
    // 2026-06-01 Vexa 2025-2026
    L('class:notranslate', 'span.notranslate'),
    // 2023-09-30 google-meet-pip
    L('data:self-name-tooltip', '[data-self-name] [data-tooltip-id]'),
    // 2023-09-30 name block on every tile (2020-2023)
    L('data:self-name', '[data-self-name]'),
    // 2026-01-01 name span 2022-2026
    L('class:zWGUib', '.zWGUib'),
    // 2025-06-03 Vexa test script
    L('class:XWGOtd', '.XWGOtd'),
  ],
  /** The self-preview / "Backgrounds and effects" element also carries data-participant-id. */
  effects: [
    // 2026-06-12 Vexa admission.ts
    L('icon:visual_effects-label', '[aria-label^="visual_effects"]'),
    // 2026-06-12 effects ligature inside the element
    L('icon:visual_effects', ICON_CSS, ['visual_effects']),
  ],
  /**
   * Presentation tiles are not people. The pin button alone does not say so: a 2022-08 capture shows the
   * same jsname on a *person's* "Unpin" button, so it counts only on a tile without an audio meter
   * (readers.ts `readTiles`); the "(Presenting)" suffix decides on its own.
   */
  presentation: [
    // 2024-07-28 pin button "appears to only be used for presentations" (streamdeck); 2022-08 also on people
    L('jsname:fniDcc', 'button[jsname="fniDcc"]'),
  ],
  /**
   * The 3-bar audio widget; silence class gjg47c, owner = nearest participant container. A match with no
   * child elements is not a meter (2026-03: tiles carry a second, empty `jsname=QgSmzd` div beside the
   * bars) and is ignored (readers.ts `isMeter`).
   */
  speakingWidget: [
    // 2026-06-25 stable 2022-08 → 2026-06
    L('jsname:QgSmzd', '[jsname="QgSmzd"]'),
    // 2026-06-25 widget base class 2022-2026
    L('class:IisKdb', '.IisKdb'),
    // 2026-06-25 controller since 2026
    L('jsname-ctrl:tae9tc', '[jscontroller="tae9tc"]'),
    // 2024-11-22 controller 2022-2024
    L('jsname-ctrl:ES310d', '[jscontroller="ES310d"]'),
    // 2026-07-01 Vexa candidate; unverified
    L('data:audio-level', '[data-audio-level]'),
  ],
  /** Tile icon shown while a participant is muted. */
  micOffIcon: [
    // 2026-04-01 tile mute ligature
    L('icon:mic_off', ICON_CSS, ['mic_off']),
  ],
  /** Tile icon for a raised hand. */
  handIcon: [
    // 2026-04-23 tile/panel hand ligature
    L('icon:front_hand', ICON_CSS, ['front_hand']),
  ],
  /** Local mic state. */
  selfMic: [
    // 2025-01-19 mic toggle + data-is-muted
    L('jsname:hw0c9', '[jsname="hw0c9"][data-is-muted]'),
    // 2024-11-22 LMA meet.js
    L('data:mute-button', '[data-mute-button][data-is-muted]'),
    // 2024-09-24 pre-redesign
    L('jsname:BOHaEe', '[jsname="Dg9Wp"] [jsname="BOHaEe"][data-is-muted]'),
  ],
  selfCam: [
    // 2025-01-19 cam toggle + data-is-muted
    L('jsname:psRWwc', '[jsname="psRWwc"][data-is-muted]'),
    // 2024-09-24 pre-redesign
    L('jsname:BOHaEe', '[jsname="R3GXJb"] [jsname="BOHaEe"][data-is-muted]'),
  ],
  selfHand: [
    // 2024-07-28 raise-hand toggle
    L('jsname:FpSaz', 'button[jsname="FpSaz"][aria-pressed]'),
    // 2024-07-28 hand ligature in a toggle
    L('icon:front_hand-pressed', 'button[aria-pressed] i', ['front_hand']),
  ],
  /**
   * Pre-join screen: the name the user is about to join as (a self-name source that needs no People panel).
   * Read only while the phase is lobby/waiting; the last value read before admission is kept as the sticky
   * self name and matched to a tile by name once in the call.
   */
  lobbySelfName: [
    // 2026-04-01 TranscripTonic polls .awLEm text on the pre-join screen (2024-05 → 2026)
    L('class:awLEm', '.awLEm'),
    // 2026-08-01 guest name input on the pre-join screen (Vexa, attendee 2026); value, not label
    L('structure:guest-name-input', 'input[type="text"]'),
  ],
  /** People panel rows (the only complete list, virtualized in big calls, exists only after opening). */
  peopleRow: [
    // 2026-01-01 2022-2026
    L('data:listitem-participant-id', '[role="listitem"][data-participant-id]'),
    // 2026-08-14 attendee
    L('role:listitem-aria-label', '[role="list"] [role="listitem"][aria-label]'),
    // 2026-01-01 Live-Captions-Saver
    L('class:cxdMu', '.cxdMu[role="listitem"]'),
  ],
  peopleRowName: [
    // 2026-01-01 name span 2022-2026
    L('class:zWGUib', '.zWGUib'),
  ],
  /** "(You)" marker in the People panel. */
  peopleSelf: [
    // 2026-01-01 "(You)" span 2022-2026
    L('class:NnTWjc', '.NnTWjc'),
  ],
  /** The participants list (aria-setsize tells whether the virtualized list is complete). */
  peopleList: [
    // 2026-08-14 KMChris 1.4.0
    L('role:list-setsize', '[role="list"][aria-setsize]'),
  ],
  /** 2026 participant-count badge. */
  avatarCount: [
    // 2026-05-21 screenapp meeting-bot
    L('data:avatar-count', '[data-avatar-count]'),
  ],
  /** Live captions region (replaced when CC is toggled: re-find it). */
  captionsRegion: [
    // 2026-05-01 meetcaptioner, sanand0
    L('jsname:dsyhDe-region', '[jsname="dsyhDe"] [role="region"]'),
    // 2026-05-01 TranscripTonic since 2025-02
    L('role:region-tabindex', '[role="region"][tabindex="0"]'),
    // 2026-05-01 region class
    L('class:vNKgIf', '.vNKgIf'),
    // 2025-02-15 arcagil: avatar entries right in the wrapper, no region inside; an empty wrapper is not it
    L('jsname:dsyhDe-entries', '[jsname="dsyhDe"]:not(:has([role="region"])):has(img[data-iml])'),
    // 2024-11-20 pre-2025-02 container
    L('class:a4cQT', '.a4cQT'),
  ],
  /**
   * The captions container: its first child is the caption-language settings strip, then the element that
   * holds the entries list (readers.ts `readCaptionLanguage`).
   */
  captionsContainer: [
    // 2024-11-20 TranscripTonic 208a088: div.a4cQT[jscontroller=D1tHje], language settings first child
    L('jsname-ctrl:D1tHje', '[jscontroller="D1tHje"]'),
  ],
  /** One entry per speaker turn. Structural layer: the avatar `img[data-iml]` marks entries. */
  captionEntry: [
    // 2026-05-01 entry class 2024-11 → 2026
    L('class:nMcdL', '.nMcdL'),
    // 2024-06-30 entry class ≤ mid-2024
    L('class:TBMuR', '.TBMuR'),
  ],
  captionAvatar: [
    // 2026-05-01 sanand0 tier 2: avatars mark entries
    L('data:iml', 'img[data-iml]'),
  ],
  captionSpeaker: [
    // 2026-05-01 speaker span 2026
    L('class:NWpY1d', '.NWpY1d'),
    // 2026-05-01 speaker box 2024-11 → 2026
    L('class:KcIKyf', '.KcIKyf'),
    // 2024-06-30 speaker ≤ mid-2024
    L('class:zs7s8d', '.zs7s8d'),
    // 2025-02-15 the speaker box follows the avatar (2024-11 and 2025-02 entries), with or without a span
    L('structure:avatar-sibling', 'img[data-iml] + div'),
    // 2026-05-01 sanand0: first span is the speaker
    L('structure:first-span', 'span'),
  ],
  captionText: [
    // 2026-05-01 text div 2026
    L('class:ygicle', '.ygicle'),
    // 2025-02-15 text div 2024-11 → 2025
    L('jsname:tgaKEf', '[jsname="tgaKEf"]'),
    // 2024-06-30 text ≤ mid-2024
    L('class:iTTPOb', '.iTTPOb'),
  ],
  /** Chat container (exists after the chat panel was opened once). */
  chatContainer: [
    // 2026-04-01 TranscripTonic 2025-02 → 2026
    L('jsname:xySENc', '[jsname="xySENc"]'),
    // 2026-04-01 class-qualified live region
    L('class:Ge9Kpc', 'div[aria-live="polite"].Ge9Kpc'),
  ],
  /** A message. The pin-button layer stands for its message: the nearest ancestor holding the text. */
  chatMessage: [
    // 2026-04-01 pin button carries it too
    L('data:message-id', '[data-message-id]:not(button)'),
    // 2021-04-01 meetsoup 2021
    L('data:message-text', '[data-message-text]'),
    // 2024-04-30 TranscripTonic: the only data-message-id sits on the "Pin message" button
    L('data:message-id-pin', 'button[data-message-id]'),
  ],
  chatText: [
    // 2026-04-01 message text
    L('jsname:dTKtvb', '[jsname="dTKtvb"] > div'),
    // 2025-11-15 alt text wrapper
    L('class:ptNLrf', '.ptNLrf > div'),
  ],
  chatGroup: [
    // 2025-11-15 one group per sender run
    L('class:Ss4fHf', '.Ss4fHf'),
  ],
  chatHeader: [
    // 2025-11-15 group header: sender + time
    L('class:QTyiie', '.QTyiie'),
  ],
  chatSender: [
    // 2025-11-15 sender name
    L('class:poVWob', '.poVWob'),
    // 2021-04-01 meetsoup 2021
    L('data:sender-name', '[data-sender-name]'),
  ],
  /** Chat side-panel toggle: aria-pressed tells open/closed. */
  chatToggle: [
    // 2024-07-28 panel 2 = chat
    L('data:panel-id-2', '[data-panel-id="2"][aria-pressed]'),
    // 2026-04-01 chat ligature in a toggle
    L('icon:chat-pressed', '[aria-pressed] i', ['chat']),
  ],
  meetingTitle: [
    // 2026-04-01 title in the attribute value
    L('data:meeting-title', '[data-meeting-title]'),
    // 2026-01-01 bottom-left meeting name 2024-02 → 2026
    L('class:u6vdEc', '.u6vdEc'),
  ],
  reaction: [
    // 2026-04-23 engagium reactions
    L('structure:html-blob-img', 'html-blob img[aria-label]'),
    // 2026-04-23 engagium reactions
    L('role:html-blob-img', 'html-blob [role="img"][aria-label]'),
  ],
  tileVideo: [
    // 2023-09-30 google-meet-pip camera rule
    L('structure:video', 'video'),
  ],
} as const satisfies Record<string, SelectorChain>;

export type MeetField = keyof typeof MEET;

/** Chains as one selector list (any layer), for `matches`/`closest` on the hot path. */
const anyOf = (...chains: SelectorChain[]) => chains.flatMap((c) => c.map((l) => l.css)).join(', ');
export const MEET_CSS = {
  tile: anyOf(MEET.tile),
  widget: anyOf(MEET.speakingWidget),
  /** What a roster read reads: a shell change that adds or removes none of it is a phase read only. */
  holders: `${anyOf(MEET.tile, MEET.peopleRow, MEET.selfMic, MEET.selfHand, MEET.reaction)}, [role="listitem"], [data-participant-id]`,
};

/** Speaking-widget classes: silence is stable 2022-2026; speaking classes rotate while audio is detected. */
export const SILENCE_CLASSES: readonly string[] = ['gjg47c'];
export const SPEAKING_CLASSES: readonly string[] = ['HX2H7', 'Oaajhc', 'wEsLMd', 'OgVli'];

/** Icon ligatures that are never names (Engagium's filter list). */
export const ICON_WORDS: ReadonlySet<string> = new Set([
  'mic',
  'mic_off',
  'videocam',
  'videocam_off',
  'front_hand',
  'present_to_all',
  'visual_effects',
  'devices',
  'more_vert',
  'keep',
  'keep_outline',
  'keep_off',
]);

/** Placeholder names Meet shows for unresolved devices (Vexa's filter). */
export const PLACEHOLDER_NAME = /^Google Participant \(|spaces\/|devices\//;

/**
 * Visible-text tables, per locale, used only where Meet offers no structural hook. EN is from the cited
 * sources (2026); DE entries are Rapport's translations and unverified against the live site — a miss
 * falls back to the structural answer (`unknown` end reason / structural waiting test).
 */
export const TEXT = {
  /** Caption speaker label, and chat sender label (2024-04 shape), for the local user. */
  selfCaption: ['You', 'Du', 'Sie', 'Vous', 'Tú', 'Tu', 'Você', 'Io'],
  /** People-panel self suffix. */
  selfPanel: ['(You)', '(Du)', '(Ich)', '(Sie)'],
  waiting: [
    'Asking to be let in',
    'You’ll join the call when someone lets you in',
    'Please wait until a meeting host brings you into the call',
    'Teilnahme wird angefragt',
    'Sie nehmen am Anruf teil, sobald Sie jemand hereinlässt',
  ],
  endLeft: [
    'You left the meeting',
    'Sie haben die Besprechung verlassen',
    'Du hast die Besprechung verlassen',
  ],
  endHost: ['ended the meeting for everyone', 'hat die Besprechung für alle beendet'],
  endRemoved: [
    'You’ve been removed from the meeting',
    'Sie wurden aus der Besprechung entfernt',
    'Du wurdest aus der Besprechung entfernt',
  ],
  presenting: ['(Presenting)', '(Präsentation)', '(präsentiert)'],
} as const;
