import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Popup } from '@/components/popup/Popup';
import type { PopupSummary } from '@/utils/background/popup-summary';
import { t, uiLocale } from '@/utils/i18n';
import { createPopupReflectionClient } from '@/utils/reflection-client';
import { sendMessage } from '@/utils/send-message';
import '@/components/reflection/reflection.css';

/** Renders the popup over the static shell in popup.html (Preact adopts the shell's nodes). */
export function mountPopup(root: HTMLElement, summary: Promise<PopupSummary>): void {
  const locale = uiLocale();
  document.documentElement.lang = locale;
  render(
    <Popup
      reflections={createPopupReflectionClient(summary)}
      getTracking={async () => (await summary).tracking}
      setTracking={async (on) => {
        await sendMessage({ type: 'ui:set-settings', patch: { tracking: on } });
      }}
      openOptions={() => void browser.runtime.openOptionsPage()}
      openWelcome={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
      getLiveCalls={async () => (await summary).live ?? []}
      t={t}
      locale={locale}
    />,
    root,
  );
}
