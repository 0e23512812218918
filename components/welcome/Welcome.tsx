import { t, uiLocale } from '@/utils/i18n';
import { formatPct } from '@/utils/prompts/format';
import { OverlayPicture, ReflectionPicture } from './pictures';

export interface WelcomeProps {
  onOpenOptions: () => void;
}

/** The first-run page: what Rapport reads, stores and never does, and how to use it. */
export function Welcome({ onOpenOptions }: WelcomeProps) {
  return (
    <main class="welcome">
      <header>
        <img src="/icon/128.png" alt="" width="64" height="64" />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="lead">{t('welcomeLead')}</p>
        </div>
      </header>

      <section aria-labelledby="reads">
        <h2 id="reads">{t('welcomeReadsTitle')}</h2>
        <ul>
          <li>{t('welcomeReads1')}</li>
          <li>{t('welcomeReads2')}</li>
        </ul>
      </section>

      <div class="columns">
        <section aria-labelledby="stores">
          <h2 id="stores">{t('welcomeStoresTitle')}</h2>
          <ul>
            <li>{t('welcomeStores1')}</li>
            <li>{t('welcomeStores2')}</li>
            <li>{t('welcomeStores3')}</li>
          </ul>
        </section>
        <section aria-labelledby="never">
          <h2 id="never">{t('welcomeNeverTitle')}</h2>
          <ul>
            <li>{t('welcomeNever1')}</li>
            <li>{t('welcomeNever2')}</li>
          </ul>
        </section>
      </div>

      <section aria-labelledby="use">
        <h2 id="use">{t('welcomeUseTitle')}</h2>
        <div class="columns">
          <figure>
            <OverlayPicture
              label={t('welcomePictureOverlay')}
              you={t('ovlYou')}
              fair={t('ovlFair')}
              pct={(share) => formatPct(share, uiLocale())}
            />
            <figcaption>{t('welcomeUseOverlay')}</figcaption>
          </figure>
          <figure>
            <ReflectionPicture label={t('welcomePictureReflection')} />
            <figcaption>
              {t('welcomeUseReflection')} {t('welcomeUseTrends')}
            </figcaption>
          </figure>
        </div>
      </section>

      <section aria-labelledby="tip" class="tip">
        <h2 id="tip">{t('welcomeTipTitle')}</h2>
        <p>{t('welcomeTip')}</p>
      </section>

      <section aria-labelledby="control">
        <h2 id="control">{t('welcomeControlTitle')}</h2>
        <p>{t('welcomeControl')}</p>
        <button type="button" onClick={onOpenOptions}>
          {t('welcomeOpenOptions')}
        </button>
      </section>
    </main>
  );
}
