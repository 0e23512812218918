/**
 * ~40 s, four people (issue 18, point 2): the user joins from the pre-join page, invites someone in by name
 * within the first seconds of the call, later credits someone's work by name (in captions and in chat),
 * and also says things that only sound like acknowledgements (a task, reported speech). Played on Zoom
 * (captions show only a picture or an initial) and on Meet. `fourPersonAcksTruth` is what a careful
 * listener counts as the user's acknowledgements: the e2e specs hold the stored ones to it. Invented people.
 */
import type { TextAckKind } from '@/utils/acks/languages';
import { defineScenario } from '../scenario';
import { say, timeline } from './helpers';

export const fourPersonAcks = defineScenario({
  name: 'four-person-acks',
  description: 'Four people, ~40 s: an invitation in the first seconds, credit for work by name, near-misses',
  meetingCode: 'ack-chkn-frq',
  zoomMeetingId: '84512370097',
  title: 'Launch check-in',
  initialPhase: 'lobby',
  participants: [
    { id: 'me', name: 'Talia Brandt', isSelf: true },
    { id: 'oskar', name: 'Oskar Lindqvist', host: true, camera: true },
    { id: 'mirela', name: 'Mirela Popescu' },
    { id: 'kofi', name: 'Kofi Mensah', camera: true },
  ],
  steps: timeline(
    { at: 2_000, type: 'phase', phase: 'in-call' },
    say(3_000, 'me', 'Morning all. Mirela, would you like to start with the rollout?', 4_000),
    say(6_500, 'mirela', 'Sure, the rollout reached every region on Tuesday', 5_000),
    say(12_500, 'oskar', 'Support tickets stayed flat all week', 4_000),
    say(17_500, 'me', 'Great job on the migration scripts, Kofi, they saved us a weekend.', 5_000),
    say(23_500, 'kofi', 'Happy to help, the job title field still needs a cleanup though', 5_000),
    // near-misses: a task and reported speech, no acknowledgement from the user
    say(29_500, 'me', 'Oskar, can you send the notes? Mirela said the deck is final.', 4_500),
    { at: 35_000, type: 'chat', who: 'me', text: 'nice work on the dashboard Oskar' },
    { at: 40_000, type: 'end', reason: 'left' },
  ),
});

/** The user's acknowledgements in the call (participant ids of the scenario). */
export const fourPersonAcksTruth: readonly { to: string; kind: TextAckKind }[] = [
  { to: 'mirela', kind: 'invitation' },
  { to: 'kofi', kind: 'credit' },
  { to: 'oskar', kind: 'credit' },
];

export default fourPersonAcks;
