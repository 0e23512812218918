/**
 * Early leavers (issue 18, point 1): five people, ~45 s, one of them leaves at a known time while the
 * others keep talking through the adapters' 3 s leave debounce — the case in which a leave backdated by
 * the debounce used to be rejected by the model (the leaver stayed "present" to the end). Two variants:
 * - `earlyLeaverMeet`: the leaver (camera on) is mid-sentence when their tile and People-panel row go;
 *   someone stops and someone else starts speaking within the debounce.
 * - `earlyLeaverZoom`: the leaver finishes a turn, leaves a moment later; the next turns start within the
 *   debounce. No overlapping speech, since Zoom marks one active speaker at a time.
 * Invented people.
 */
import { defineScenario } from '../scenario';
import { say, timeline } from './helpers';

/** When each variant's leaver goes, on the scenario clock. */
export const EARLY_LEAVE_AT = 20_000;

export const earlyLeaverMeet = defineScenario({
  name: 'early-leaver-meet',
  description: 'Five people, ~45 s; Dara leaves mid-sentence at 20 s while the others keep talking',
  meetingCode: 'lvr-mtgx-dqa',
  title: 'Sprint check-in',
  participants: [
    { id: 'me', name: 'Ilse Varga', isSelf: true, camera: true },
    { id: 'ada', name: 'Ada Quispe', host: true },
    { id: 'bruno', name: 'Bruno Sætre', camera: true },
    { id: 'chen', name: 'Chen Yiting' },
    { id: 'dara', name: 'Dara Ní Bhriain', camera: true },
  ],
  steps: timeline(
    say(1_000, 'me', 'Quick check-in before the demo, who wants to start', 4_000),
    say(5_500, 'dara', 'I can, the search page is ready for review', 6_000),
    say(12_000, 'ada', 'Nice, I will look at it after lunch', 4_500),
    // Dara starts again and drops out mid-sentence; Bruno talks over her end and through the debounce.
    { at: 17_000, type: 'speak', who: 'dara', on: true },
    say(18_500, 'bruno', 'The staging build is green again since this morning', 3_000),
    { at: EARLY_LEAVE_AT, type: 'leave', who: 'dara' },
    say(22_000, 'chen', 'Then I will tag the release candidate this afternoon', 6_000),
    say(28_500, 'me', 'Great, thanks Chen', 3_000),
    say(32_000, 'ada', 'One more thing, the retro moves to Friday', 5_000),
    say(37_500, 'bruno', 'Friday works for me', 2_500),
    { at: 44_000, type: 'end', reason: 'left' },
  ),
});

export const earlyLeaverZoom = defineScenario({
  name: 'early-leaver-zoom',
  description:
    'Five people, ~45 s; Emeka leaves at 20 s just after speaking, the next turns start within 3 s',
  zoomMeetingId: '73519046281',
  title: 'Design sync',
  participants: [
    { id: 'me', name: 'Rosa Lindgren', isSelf: true, camera: true },
    { id: 'kofi', name: 'Kofi Asante', host: true, camera: true },
    { id: 'mira', name: 'Mira Shah' },
    { id: 'tomas', name: 'Tomás Ruiz' },
    { id: 'emeka', name: 'Emeka Obi', camera: true },
  ],
  steps: timeline(
    say(1_000, 'me', 'Let us go through the open design questions', 4_000),
    say(5_500, 'emeka', 'The icon set is done, I uploaded it this morning', 5_500),
    say(11_500, 'kofi', 'Thanks, the new icons look much sharper', 4_000),
    say(16_000, 'emeka', 'I have to drop now, talk tomorrow', 3_500),
    { at: EARLY_LEAVE_AT, type: 'leave', who: 'emeka' },
    say(20_800, 'mira', 'Before he goes quiet, the colour tokens still need a review', 5_000),
    say(26_500, 'tomas', 'I can review the tokens tomorrow morning', 4_000),
    say(31_000, 'me', 'Good, then we are done with the list', 4_000),
    say(35_500, 'kofi', 'See you all at the demo', 3_000),
    { at: 42_000, type: 'end', reason: 'left' },
  ),
});
