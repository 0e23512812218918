import { render } from 'preact';
import '@/components/reflection/reflection.css';
import '@/components/options/options.css';
import '@/components/health/health.css';
import { uiLocale } from '@/components/options/format';
import { OptionsApp } from '@/components/options/OptionsApp';
import { t } from '@/utils/i18n';
import { createMessagingClient } from '@/utils/ui-client';

const locale = uiLocale();
document.documentElement.lang = locale;
document.title = `Rapport – ${t('optPageTitle')}`;
render(<OptionsApp client={createMessagingClient()} locale={locale} />, document.getElementById('app')!);
