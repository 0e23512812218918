/**
 * Scenarios for the Firefox suite, kept short (issue 21: the Firefox part of `npm test` stays within ~4 min).
 * The reflection needs a call of at least 2 minutes (utils/prompts/context.ts), so the Meet call is just over
 * that. Invented people.
 */
import { defineScenario } from '../sim/scenario';
import { say, timeline } from '../sim/scenarios/helpers';

/** ~2 min 6 s, four people on Meet; Tariq is there throughout and never speaks. No overlapping speech. */
export const releaseCheckin = defineScenario({
  name: 'release-checkin',
  description: 'Four-person release check-in, ~2 min: one person never speaks, cameras toggle, a thanks',
  meetingCode: 'fxr-chkn-wqp',
  title: 'Release check-in',
  participants: [
    { id: 'me', name: 'Ilse Verhoeven', isSelf: true, camera: true },
    { id: 'kofi', name: 'Kofi Mensah', host: true, camera: true },
    { id: 'mirela', name: 'Mirela Popescu' },
    { id: 'tariq', name: 'Tariq Aziz', muted: true },
  ],
  steps: timeline(
    say(1_000, 'me', 'Morning all, a quick round on the release', 5_000),
    say(7_000, 'kofi', 'The build has been green since Tuesday and the installer is signed', 14_000),
    { at: 18_000, type: 'camera', who: 'mirela', on: true },
    say(23_000, 'mirela', 'The release notes are ready for review as well', 10_000),
    say(35_000, 'me', 'Great, thanks Mirela for the release notes', 5_000),
    say(42_000, 'kofi', 'The translations still need one more pass', 12_000),
    { at: 50_000, type: 'chat', who: 'mirela', text: 'Notes are linked in the tracker' },
    say(56_000, 'mirela', 'I can ask the translators this afternoon', 9_000),
    { at: 60_000, type: 'camera', who: 'kofi', on: false },
    say(67_000, 'me', 'Kofi, is anything blocking you?', 4_000),
    say(73_000, 'kofi', 'Only the review of the changelog', 13_000),
    { at: 80_000, type: 'hand', who: 'mirela', raised: true },
    say(88_000, 'mirela', 'I will review it right after this call', 8_000),
    { at: 89_000, type: 'hand', who: 'mirela', raised: false },
    { at: 95_000, type: 'camera', who: 'kofi', on: true },
    say(98_000, 'kofi', 'Then we ship on Friday', 10_000),
    say(111_000, 'me', 'See you all on Friday', 4_000),
    { at: 126_000, type: 'end', reason: 'left' },
  ),
});
