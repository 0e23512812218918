import { definePlatform } from '../meta';

export default definePlatform({
  id: 'meet',
  labelKey: 'platform_meet',
  settingsLabelKey: 'platform_meet_settings',
  matches: ['https://meet.google.com/*'],
  cardMatches: ['https://meet.google.com/*'],
  hosts: ['meet.google.com'],
  participantsAdviceKey: 'health_advice_open_people',
});
