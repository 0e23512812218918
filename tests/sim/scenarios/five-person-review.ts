/**
 * ~3 min design review with five people — the Meet adapter's acceptance scenario and the reflection's:
 * a late joiner (Dagny, who never speaks), an early leaver (Eero), camera toggles, two stretches of
 * overlapping speech, captions turned on only after the first minute, chat, and the user thanking,
 * crediting and inviting people in. Invented people.
 */
import { defineScenario } from '../scenario';
import { say, timeline } from './helpers';

export const fivePersonReview = defineScenario({
  name: 'five-person-review',
  description: 'Five-person design review, ~3 min: late joiner, early leaver, overlap, captions on midway',
  meetingCode: 'rvw-dsgn-kpq',
  title: 'Design review',
  captions: false,
  participants: [
    { id: 'me', name: 'Noor Haddad', isSelf: true, camera: true },
    { id: 'amara', name: 'Amara Okafor', host: true, camera: true },
    { id: 'bastien', name: 'Bastien Lefèvre' },
    { id: 'eero', name: 'Eero Mäkinen', camera: true },
    { id: 'dagny', name: 'Dagny Holm', present: false, muted: true },
  ],
  steps: timeline(
    say(2_000, 'me', "Thanks for joining, let's look at the new onboarding flow", 6_000),
    say(9_000, 'amara', 'I walked through it yesterday and the first two screens feel much lighter', 14_000),
    { at: 20_000, type: 'join', who: 'dagny' },
    say(24_000, 'bastien', 'Agreed, the copy on screen three still confuses me though', 9_000),
    { at: 30_000, type: 'camera', who: 'bastien', on: true },
    say(34_000, 'eero', 'We could split that screen into two steps', 8_000),
    // Bastien talks over Eero for three seconds.
    say(39_000, 'bastien', 'Two steps means another tap on mobile', 7_000),
    { at: 47_000, type: 'chat', who: 'amara', text: 'Here is the prototype link' },
    say(48_000, 'me', 'Eero, what would the second step contain?', 4_000),
    say(53_000, 'eero', 'Just the permissions prompt, nothing else', 10_000),
    { at: 62_000, type: 'captions', on: true },
    say(64_000, 'me', 'Thanks Eero, that makes sense to me', 5_000),
    say(70_000, 'amara', 'Building on what Eero said, we can test both versions next week', 16_000),
    { at: 80_000, type: 'camera', who: 'eero', on: false },
    say(87_000, 'bastien', 'I can set up the test if someone sends me the variants', 8_000),
    { at: 90_000, type: 'hand', who: 'eero', raised: true },
    say(96_000, 'eero', 'I will send them today', 4_000),
    { at: 97_000, type: 'hand', who: 'eero', raised: false },
    { at: 101_000, type: 'chat', who: 'eero', text: 'Sorry, have to drop for another call' },
    { at: 104_000, type: 'leave', who: 'eero' },
    say(106_000, 'amara', 'One more topic, the empty states for the dashboard', 20_000),
    // Noor starts before Amara has finished.
    say(124_000, 'me', 'Great point Amara, those have been bugging our users', 8_000),
    { at: 133_000, type: 'reaction', who: 'bastien', emoji: '👍' },
    say(135_000, 'bastien', 'I have sketches for those, I will share them in the doc', 12_000),
    { at: 150_000, type: 'camera', who: 'bastien', on: false },
    say(152_000, 'amara', 'Perfect, then we meet again on Thursday', 9_000),
    say(163_000, 'me', 'Thanks everyone, see you Thursday', 5_000),
    { at: 172_000, type: 'end', reason: 'left' },
  ),
});

export default fivePersonReview;
