import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Popup } from '@/components/popup/Popup';
import { t } from '@/utils/i18n';
import { createMessagingReflectionClient } from '@/utils/reflection-client';
import { sendMessage } from '@/utils/send-message';
import '@/components/reflection/reflection.css';
import '@/components/popup/popup.css';

const locale = browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
document.documentElement.lang = locale;

render(
  <Popup
    reflections={createMessagingReflectionClient()}
    getTracking={async () => (await sendMessage({ type: 'ui:get-settings' })).tracking}
    setTracking={async (on) => {
      await sendMessage({ type: 'ui:set-settings', patch: { tracking: on } });
    }}
    openOptions={() => void browser.runtime.openOptionsPage()}
    openWelcome={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
    t={t}
    locale={locale}
  />,
  document.getElementById('app')!,
);
