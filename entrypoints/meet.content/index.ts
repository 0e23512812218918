import { defineContentScript } from '#imports';
import browser from 'webextension-polyfill';

export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  main() {
    void browser.runtime.sendMessage({ type: 'cs:ready', platform: 'meet' });
  },
});
