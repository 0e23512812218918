/**
 * Google Meet hooks as data. Each field is a chain, most durable first (icon ligature text → roles and
 * data attributes → long-lived jsnames → obfuscated classes as a fast path → structure). `verified` is the
 * last date a cited source saw the hook hold (see ../shared/reference/meet-zoom-dom.md §1); `why` says where
 * it comes from. Readers report which layer matched, so health can say *which* hook failed.
 *
 * Rule kept throughout: no decision rests on English aria-label text alone. Visible-text tables
 * (`TEXT`) exist only where Meet offers nothing else (end-screen reason, waiting-room copy) and always
 * carry at least EN and DE; the structural answer is used when no table entry matches.
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

/** Icons are `<i>` (sometimes `<span>` under `data-google-symbols-override`); the class changed in 2024-08. */
const ICON_CSS = 'i, [data-google-symbols-override] span';

export const MEET = {
  /** End-screen markers; any one of them means the call is over. */
  ended: [
    L(
      'data:call-ended',
      'data',
      '[data-call-ended="true"]',
      '2026-08-16',
      'KMChris ENDED_MARKERS; "false" in call',
    ),
    L(
      'data:returnToHomePage',
      'data',
      '[data-mdc-dialog-action="returnToHomePage"]',
      '2026-08-16',
      'KMChris ENDED_MARKERS',
    ),
    L('jsname:EszDse', 'jsname', 'button[jsname="EszDse"]', '2026-08-16', '"Return to home screen" button'),
    L('class:roSPhc', 'class', 'h1.roSPhc', '2026-01-01', 'end heading; attendee + Live-Captions-Saver'),
  ],
  /** The heading whose (localized) text tells left / ended by host / removed. */
  endHeading: [
    L('class:roSPhc', 'class', 'h1.roSPhc', '2026-01-01', 'end heading class'),
    L('structure:h1', 'structure', 'h1', '2026-08-16', 'the end screen has one h1'),
  ],
  /** The Leave control: present in waiting room and call, absent in the lobby. */
  leave: [
    L(
      'icon:call_end',
      'icon',
      ICON_CSS,
      '2026-04-01',
      'TranscripTonic/Caption-Arc: ligature text, any locale',
      ['call_end'],
    ),
    L('jsname:CQylAd', 'jsname', 'button[jsname="CQylAd"]', '2026-01-01', 'Leave button; same since 2022'),
  ],
  /** Controls that exist only once admitted (TranscripTonic: the waiting room shows call_end but not CC). */
  inCallHint: [
    L('icon:closed_caption', 'icon', ICON_CSS, '2026-04-01', 'CC toggle icon text; absent while waiting', [
      'closed_caption',
      'closed_caption_off',
    ]),
    L(
      'jsname:RrG0hf',
      'jsname',
      'button[jsname="RrG0hf"]',
      '2026-02-28',
      'CC button after the 2026-02 redesign',
    ),
    L('jsname:r8qRAd', 'jsname', 'button[jsname="r8qRAd"]', '2024-07-28', 'CC button before 2026-02'),
  ],
  /** Pre-join surface: lobby mic/cam toggles are div[role=button] with the in-call jsnames. */
  lobbyHint: [
    L('role:div-mic', 'role', 'div[role="button"][jsname="hw0c9"]', '2025-01-19', 'lobby mic toggle'),
    L('role:div-cam', 'role', 'div[role="button"][jsname="psRWwc"]', '2025-01-19', 'lobby cam toggle'),
    L('icon:visual_effects', 'icon', ICON_CSS, '2026-06-12', 'self-preview effects button', [
      'visual_effects',
    ]),
  ],
  /** Stage tiles, one per visible device. */
  tile: [
    L('data:participant-id', 'data', '[data-participant-id]', '2026-08-14', 'Vexa, KMChris, screenapp 2026'),
    L(
      'data:requested-participant-id',
      'data',
      '[data-requested-participant-id]',
      '2021-02-15',
      'video rectangle',
    ),
  ],
  /** Name inside a tile. `data-self-name` is a name-block hook on every tile, not a self marker. */
  tileName: [
    L(
      'data:tooltip-notranslate',
      'data',
      '[data-tooltip-id][data-tooltip-anchor-boundary-type] span.notranslate',
      '2024-11-22',
      'LMA meet.js',
    ),
    L('class:notranslate', 'class', 'span.notranslate', '2026-06-01', 'Vexa 2025-2026'),
    L(
      'data:self-name-tooltip',
      'data',
      '[data-self-name] [data-tooltip-id]',
      '2023-09-30',
      'google-meet-pip',
    ),
    L('data:self-name', 'data', '[data-self-name]', '2023-09-30', 'name block on every tile (2020-2023)'),
    L('class:zWGUib', 'class', '.zWGUib', '2026-01-01', 'name span 2022-2026'),
    L('class:XWGOtd', 'class', '.XWGOtd', '2025-06-03', 'Vexa test script'),
  ],
  /** The self-preview / "Backgrounds and effects" element also carries data-participant-id. */
  effects: [
    L(
      'icon:visual_effects-label',
      'icon',
      '[aria-label^="visual_effects"]',
      '2026-06-12',
      'Vexa admission.ts',
    ),
    L('icon:visual_effects', 'icon', ICON_CSS, '2026-06-12', 'effects ligature inside the element', [
      'visual_effects',
    ]),
  ],
  /** Presentation tiles are not people. */
  presentation: [
    L('jsname:fniDcc', 'jsname', 'button[jsname="fniDcc"]', '2024-07-28', 'pin button only on presentations'),
  ],
  /** The 3-bar audio widget; silence class gjg47c, owner = nearest participant container. */
  speakingWidget: [
    L('jsname:QgSmzd', 'jsname', '[jsname="QgSmzd"]', '2026-06-25', 'stable 2022-08 → 2026-06'),
    L('class:IisKdb', 'class', '.IisKdb', '2026-06-25', 'widget base class 2022-2026'),
    L('jsname-ctrl:tae9tc', 'jsname', '[jscontroller="tae9tc"]', '2026-06-25', 'controller since 2026'),
    L('jsname-ctrl:ES310d', 'jsname', '[jscontroller="ES310d"]', '2024-11-22', 'controller 2022-2024'),
    L('data:audio-level', 'data', '[data-audio-level]', '2026-07-01', 'Vexa candidate; unverified'),
  ],
  /** Tile icon shown while a participant is muted. */
  micOffIcon: [L('icon:mic_off', 'icon', ICON_CSS, '2026-04-01', 'tile mute ligature', ['mic_off'])],
  /** Tile icon for a raised hand. */
  handIcon: [
    L('icon:front_hand', 'icon', ICON_CSS, '2026-04-23', 'tile/panel hand ligature', ['front_hand']),
  ],
  /** Local mic state. */
  selfMic: [
    L(
      'jsname:hw0c9',
      'jsname',
      '[jsname="hw0c9"][data-is-muted]',
      '2025-01-19',
      'mic toggle + data-is-muted',
    ),
    L('data:mute-button', 'data', '[data-mute-button][data-is-muted]', '2024-11-22', 'LMA meet.js'),
    L(
      'jsname:BOHaEe',
      'jsname',
      '[jsname="Dg9Wp"] [jsname="BOHaEe"][data-is-muted]',
      '2024-09-24',
      'pre-redesign',
    ),
  ],
  selfCam: [
    L(
      'jsname:psRWwc',
      'jsname',
      '[jsname="psRWwc"][data-is-muted]',
      '2025-01-19',
      'cam toggle + data-is-muted',
    ),
    L(
      'jsname:BOHaEe',
      'jsname',
      '[jsname="R3GXJb"] [jsname="BOHaEe"][data-is-muted]',
      '2024-09-24',
      'pre-redesign',
    ),
  ],
  selfHand: [
    L('jsname:FpSaz', 'jsname', 'button[jsname="FpSaz"][aria-pressed]', '2024-07-28', 'raise-hand toggle'),
    L(
      'icon:front_hand-pressed',
      'icon',
      'button[aria-pressed] i',
      '2024-07-28',
      'hand ligature in a toggle',
      ['front_hand'],
    ),
  ],
  /**
   * Pre-join screen: the name the user is about to join as (a self-name source that needs no People panel).
   * Read only while the phase is lobby/waiting; the last value read before admission is kept as the sticky
   * self name and matched to a tile by name once in the call.
   */
  lobbySelfName: [
    L(
      'class:awLEm',
      'class',
      '.awLEm',
      '2026-04-01',
      'TranscripTonic polls .awLEm text on the pre-join screen (2024-05 → 2026)',
    ),
    L(
      'structure:guest-name-input',
      'structure',
      'input[type="text"]',
      '2026-08-01',
      'guest name input on the pre-join screen (Vexa, attendee 2026); value, not label',
    ),
  ],
  /** People panel rows (the only complete list, virtualized in big calls, exists only after opening). */
  peopleRow: [
    L(
      'data:listitem-participant-id',
      'data',
      '[role="listitem"][data-participant-id]',
      '2026-01-01',
      '2022-2026',
    ),
    L(
      'role:listitem-aria-label',
      'role',
      '[role="list"] [role="listitem"][aria-label]',
      '2026-08-14',
      'attendee',
    ),
    L('class:cxdMu', 'class', '.cxdMu[role="listitem"]', '2026-01-01', 'Live-Captions-Saver'),
  ],
  peopleRowName: [L('class:zWGUib', 'class', '.zWGUib', '2026-01-01', 'name span 2022-2026')],
  /** "(You)" marker in the People panel. */
  peopleSelf: [L('class:NnTWjc', 'class', '.NnTWjc', '2026-01-01', '"(You)" span 2022-2026')],
  /** The participants list (aria-setsize tells whether the virtualized list is complete). */
  peopleList: [L('role:list-setsize', 'role', '[role="list"][aria-setsize]', '2026-08-14', 'KMChris 1.4.0')],
  /** 2026 participant-count badge. */
  avatarCount: [L('data:avatar-count', 'data', '[data-avatar-count]', '2026-05-21', 'screenapp meeting-bot')],
  /** Live captions region (replaced when CC is toggled: re-find it). */
  captionsRegion: [
    L(
      'jsname:dsyhDe-region',
      'jsname',
      '[jsname="dsyhDe"] [role="region"]',
      '2026-05-01',
      'meetcaptioner, sanand0',
    ),
    L(
      'role:region-tabindex',
      'role',
      '[role="region"][tabindex="0"]',
      '2026-05-01',
      'TranscripTonic since 2025-02',
    ),
    L('class:vNKgIf', 'class', '.vNKgIf', '2026-05-01', 'region class'),
    L('class:a4cQT', 'class', '.a4cQT', '2024-11-20', 'pre-2025-02 container'),
  ],
  /** One entry per speaker turn. Structural layer: the avatar `img[data-iml]` marks entries. */
  captionEntry: [
    L('class:nMcdL', 'class', '.nMcdL', '2026-05-01', 'entry class 2024-11 → 2026'),
    L('class:TBMuR', 'class', '.TBMuR', '2024-06-30', 'entry class ≤ mid-2024'),
  ],
  captionAvatar: [
    L('data:iml', 'data', 'img[data-iml]', '2026-05-01', 'sanand0 tier 2: avatars mark entries'),
  ],
  captionSpeaker: [
    L('class:NWpY1d', 'class', '.NWpY1d', '2026-05-01', 'speaker span 2026'),
    L('class:KcIKyf', 'class', '.KcIKyf', '2026-05-01', 'speaker box 2024-11 → 2026'),
    L('class:zs7s8d', 'class', '.zs7s8d', '2024-06-30', 'speaker ≤ mid-2024'),
    L('structure:first-span', 'structure', 'span', '2026-05-01', 'sanand0: first span is the speaker'),
  ],
  captionText: [
    L('class:ygicle', 'class', '.ygicle', '2026-05-01', 'text div 2026'),
    L('jsname:tgaKEf', 'jsname', '[jsname="tgaKEf"]', '2025-02-15', 'text div 2024-11 → 2025'),
    L('class:iTTPOb', 'class', '.iTTPOb', '2024-06-30', 'text ≤ mid-2024'),
  ],
  /** Chat container (exists after the chat panel was opened once). */
  chatContainer: [
    L('jsname:xySENc', 'jsname', '[jsname="xySENc"]', '2026-04-01', 'TranscripTonic 2025-02 → 2026'),
    L('class:Ge9Kpc', 'class', 'div[aria-live="polite"].Ge9Kpc', '2026-04-01', 'class-qualified live region'),
  ],
  chatMessage: [
    L('data:message-id', 'data', '[data-message-id]:not(button)', '2026-04-01', 'pin button carries it too'),
    L('data:message-text', 'data', '[data-message-text]', '2021-04-01', 'meetsoup 2021'),
  ],
  chatText: [
    L('jsname:dTKtvb', 'jsname', '[jsname="dTKtvb"] > div', '2026-04-01', 'message text'),
    L('class:ptNLrf', 'class', '.ptNLrf > div', '2025-11-15', 'alt text wrapper'),
  ],
  chatGroup: [L('class:Ss4fHf', 'class', '.Ss4fHf', '2025-11-15', 'one group per sender run')],
  chatHeader: [L('class:QTyiie', 'class', '.QTyiie', '2025-11-15', 'group header: sender + time')],
  chatSender: [
    L('class:poVWob', 'class', '.poVWob', '2025-11-15', 'sender name'),
    L('data:sender-name', 'data', '[data-sender-name]', '2021-04-01', 'meetsoup 2021'),
  ],
  /** Chat side-panel toggle: aria-pressed tells open/closed. */
  chatToggle: [
    L('data:panel-id-2', 'data', '[data-panel-id="2"][aria-pressed]', '2024-07-28', 'panel 2 = chat'),
    L('icon:chat-pressed', 'icon', '[aria-pressed] i', '2026-04-01', 'chat ligature in a toggle', ['chat']),
  ],
  meetingTitle: [
    L('data:meeting-title', 'data', '[data-meeting-title]', '2026-04-01', 'title in the attribute value'),
    L('class:u6vdEc', 'class', '.u6vdEc', '2026-01-01', 'bottom-left meeting name 2024-02 → 2026'),
  ],
  reaction: [
    L(
      'structure:html-blob-img',
      'structure',
      'html-blob img[aria-label]',
      '2026-04-23',
      'engagium reactions',
    ),
    L('role:html-blob-img', 'role', 'html-blob [role="img"][aria-label]', '2026-04-23', 'engagium reactions'),
  ],
  tileVideo: [L('structure:video', 'structure', 'video', '2023-09-30', 'google-meet-pip camera rule')],
} as const satisfies Record<string, SelectorChain>;

export type MeetField = keyof typeof MEET;

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
  /** Caption speaker label for the local user. */
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
