import { definePlatform } from '../meta';

export default definePlatform({
  id: 'zoom',
  labelKey: 'platform_zoom',
  // "Zoom (web client)": Rapport does not see the desktop app.
  settingsLabelKey: 'platform_zoom_settings',
  // The web client lives under /wc/ on the account's own subdomain (us02web.zoom.us …) or app.zoom.us.
  matches: ['https://*.zoom.us/wc/*', 'https://app.zoom.us/wc/*'],
  // After a call Zoom leaves /wc/ for its post-meeting page on the same hosts; the card is framed there.
  cardMatches: ['https://*.zoom.us/*'],
  hosts: ['.zoom.us'],
  participantsAdviceKey: 'health_advice_open_participants',
});
