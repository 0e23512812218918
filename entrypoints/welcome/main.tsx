import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Welcome } from '@/components/welcome/Welcome';
import { t, uiLocale } from '@/utils/i18n';
import '@/components/welcome/welcome.css';

document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');
render(
  <Welcome onOpenOptions={() => void browser.runtime.openOptionsPage()} />,
  document.getElementById('app')!,
);
