import browser from 'webextension-polyfill';
import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['https://*.zoom.us/wc/*', 'https://app.zoom.us/wc/*'],
  runAt: 'document_idle',
  main() {
    void browser.runtime.sendMessage({ type: 'cs:ready', platform: 'zoom' });
  },
});
