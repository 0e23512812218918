/** ~10 s, two people: the fast e2e scenario. Every signal changes at least once. Invented people. */
import { defineScenario } from '../scenario';
import { say, timeline } from './helpers';

export const twoPerson = defineScenario({
  name: 'two-person',
  description: 'Two people, ~10 s, self leaves at the end',
  meetingCode: 'kfw-pzne-hbu',
  title: 'Quick check-in',
  participants: [
    { id: 'me', name: 'Lena Fischer', isSelf: true, camera: true },
    { id: 'tomas', name: 'Tomás Ortega' },
  ],
  steps: timeline(
    say(500, 'tomas', 'Hi Lena, do you have a minute for the review?', 2000),
    { at: 3000, type: 'camera', who: 'tomas', on: true },
    say(3500, 'me', 'Sure, thanks Tomás for sending it early', 2000),
    { at: 5000, type: 'chat', who: 'tomas', text: 'Here is the draft' },
    { at: 6000, type: 'hand', who: 'tomas', raised: true },
    say(7000, 'tomas', 'One more thing about the schedule', 1500),
    { at: 7200, type: 'hand', who: 'tomas', raised: false },
    { at: 9000, type: 'mute', who: 'tomas', muted: true },
    { at: 10000, type: 'end', reason: 'left' },
  ),
});

export default twoPerson;
