/**
 * ~60 s stand-up with six people (self included), used by `npm run demo`: uneven speaking, one person
 * who never speaks (Zofia — she only writes in chat), overlapping talk, camera toggles, a late joiner, a
 * hand raise, thanks/credit lines in captions (one written wrong and corrected in place), a CC toggle that
 * replaces the captions region, chat, reactions, and the host ending the call. Invented people.
 */
import { defineScenario } from '../scenario';
import { say, timeline } from './helpers';

export const sixPersonStandup = defineScenario({
  name: 'six-person-standup',
  description: 'Six-person daily stand-up, ~60 s, ended by the host',
  meetingCode: 'qvd-mxra-tkp',
  title: 'Daily stand-up',
  participants: [
    { id: 'me', name: 'Jonas Æbelø', isSelf: true, camera: true },
    { id: 'priya', name: 'Priya Raman', host: true },
    { id: 'mateo', name: 'Mateo Núñez', camera: true },
    { id: 'yuki', name: '佐藤 由紀', camera: true },
    { id: 'olu', name: 'Olúwaseun Adébáyọ̀', present: false },
    { id: 'zofia', name: 'Zofia Wąsik', muted: true },
  ],
  steps: timeline(
    say(1000, 'me', "Morning everyone, let's do a quick round", 3000),
    { at: 4000, type: 'join', who: 'olu' },
    say(4500, 'priya', 'Yesterday I finished the export flow and started on the migration tests', 5000),
    { at: 6000, type: 'reaction', who: 'mateo', emoji: '👍' },
    say(9800, 'me', 'thanks pria that unblocks the release', 2500, {
      correction: 'Thanks Priya, that unblocks the release',
      correctAfterMs: 600,
    }),
    say(
      12500,
      'mateo',
      'I paired with Yuki on the flaky search test, credit to Yuki for spotting the race',
      6000,
    ),
    { at: 14000, type: 'chat', who: 'yuki', text: 'Link to the fix is in the PR' },
    { at: 16000, type: 'camera', who: 'priya', on: true },
    say(19000, 'yuki', "Today I'll look at the caching layer", 3000),
    say(21500, 'olu', "Sorry I'm late, quick update from design", 4000),
    { at: 26000, type: 'hand', who: 'mateo', raised: true },
    say(27000, 'me', 'Zofia, anything from your side?', 2500),
    { at: 30000, type: 'chat', who: 'zofia', text: 'All good here, nothing blocking 🙂' },
    { at: 31000, type: 'captions', on: false },
    { at: 33000, type: 'hand', who: 'mateo', raised: false },
    say(33200, 'mateo', 'One question about the deploy window', 4000),
    { at: 34000, type: 'captions', on: true },
    { at: 36000, type: 'camera', who: 'yuki', on: false },
    say(37500, 'me', "Let's take that offline, thanks Mateo", 3000),
    say(41000, 'priya', 'I can help with the deploy checklist', 3000),
    say(44500, 'olu', 'Great, and thanks everyone for the quick round', 3500),
    { at: 45000, type: 'camera', who: 'olu', on: true },
    { at: 46000, type: 'reaction', who: 'priya', emoji: '🎉' },
    { at: 48000, type: 'camera', who: 'yuki', on: true },
    say(48500, 'mateo', 'Shout-out to Olúwaseun for the new mockups', 3000),
    { at: 52000, type: 'chat', who: 'me', text: 'Notes are in the doc' },
    say(53000, 'me', 'Okay, see you all tomorrow', 2500),
    { at: 56000, type: 'leave', who: 'olu' },
    { at: 59000, type: 'end', reason: 'ended_by_host' },
  ),
});

export default sixPersonStandup;
