/**
 * The popup's entry, imported by public/popup-boot.js once the static shell in popup.html has been shown
 * and painted (why: see that file). It asks the background for what the popup shows (one message,
 * answered while the components load) and renders them over the shell.
 */
import { sendMessage } from '@/utils/send-message';

const summary = sendMessage({ type: 'ui:popup' });
// Handled where it is used (the panel and the switch); this only keeps an early failure from being
// reported as unhandled before they attach.
summary.catch(() => {});

void import('./app').then(({ mountPopup }) => mountPopup(document.getElementById('app')!, summary));
