/** ~10 s, three people on Zoom: alternating speakers, a camera toggle, chat, ended by the host. Invented people. */
import { defineScenario } from '../scenario';
import { say, timeline } from './helpers';

export const zoomSmall = defineScenario({
  name: 'zoom-small',
  description: 'Three people on Zoom, ~10 s, ended by the host',
  zoomMeetingId: '84512370096',
  title: 'Design review',
  participants: [
    { id: 'me', name: 'Rafael Souza', isSelf: true },
    { id: 'hana', name: '小林 花', host: true, camera: true },
    { id: 'ines', name: 'Inès Lefèvre' },
  ],
  steps: timeline(
    say(500, 'hana', 'Welcome, let us start with the mockups', 2500),
    say(3200, 'ines', 'Thanks Hana, the new layout looks cleaner', 2000),
    { at: 4000, type: 'camera', who: 'ines', on: true },
    { at: 5000, type: 'chat', who: 'ines', text: 'Figma link coming' },
    say(5600, 'me', 'Agreed, credit to Inès for the icons', 2000),
    { at: 6500, type: 'mute', who: 'hana', muted: true },
    { at: 8000, type: 'camera', who: 'ines', on: false },
    { at: 10000, type: 'end', reason: 'ended_by_host' },
  ),
});

export default zoomSmall;
