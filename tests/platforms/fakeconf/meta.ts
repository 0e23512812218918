/**
 * A platform that exists only in the tests: proof that a platform registers from its folder alone. It is
 * laid out as a real one would be (meta, fixtures, a simulator page, locale keys), all inside this folder.
 */
import { definePlatform } from '@/utils/platforms/meta';

export default definePlatform({
  id: 'fakeconf',
  labelKey: 'platform_fakeconf',
  settingsLabelKey: 'platform_fakeconf_settings',
  matches: ['https://*.fakeconf.test/call/*'],
  cardMatches: ['https://*.fakeconf.test/*'],
  hosts: ['.fakeconf.test'],
  participantsAdviceKey: 'health_advice_open_participants',
});
