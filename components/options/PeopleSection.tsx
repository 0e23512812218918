/**
 * People: whom the user acknowledges most and least across meetings, and who they met at least three
 * times without acknowledging. Names are shown as stored (pseudonyms after name forgetting), as text only.
 */
import { useMemo } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { date, type Locale } from './format';
import { aggregatePeople, type PeopleMeeting, type PersonRow, UNSEEN_MIN_MEETINGS } from './people';

function Rows({ rows, testid, locale }: { rows: PersonRow[]; testid: string; locale: Locale }) {
  return (
    <table class="opt-table" data-testid={testid}>
      <thead>
        <tr>
          <th scope="col">{t('optPeopleName')}</th>
          <th scope="col">{t('optPeopleAcks')}</th>
          <th scope="col">{t('optPeopleMet')}</th>
          <th scope="col">{t('optPeopleLastMet')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">
              {r.name}
              {r.pseudonymised && <span class="opt-muted"> ({t('optPeoplePseudonym')})</span>}
            </th>
            <td>{r.acks}</td>
            <td>{r.met}</td>
            <td>{date(r.lastMet, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PeopleSection({
  meetings,
  locale = 'en',
}: {
  meetings: readonly PeopleMeeting[];
  locale?: Locale;
}) {
  const summary = useMemo(() => aggregatePeople(meetings), [meetings]);
  return (
    <section aria-labelledby="opt-people-title">
      <h2 id="opt-people-title">{t('optPeopleTitle')}</h2>
      <p class="opt-hint">{t('optPeopleIntro')}</p>
      {summary.people === 0 ? (
        <p data-testid="people-empty">{t('optPeopleEmpty')}</p>
      ) : (
        <>
          <section aria-labelledby="opt-people-unseen">
            <h3 id="opt-people-unseen">{t('optPeopleUnseenTitle')}</h3>
            <p class="opt-hint">{t('optPeopleUnseenHint', String(UNSEEN_MIN_MEETINGS))}</p>
            {summary.unseen.length === 0 ? (
              <p data-testid="people-unseen-none">{t('optPeopleUnseenNone')}</p>
            ) : (
              <ul class="opt-unseen" data-testid="people-unseen">
                {summary.unseen.map((r) => (
                  <li key={r.key}>
                    <span class="opt-person">{r.name}</span>
                    {r.pseudonymised && <span class="opt-muted"> ({t('optPeoplePseudonym')})</span>}{' '}
                    <span class="opt-muted">
                      {t('optPeopleUnseenLine', [String(r.seenMeetings), date(r.lastMet, locale)])}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="opt-people-most">
            <h3 id="opt-people-most">{t('optPeopleMostTitle')}</h3>
            {summary.most.length === 0 ? (
              <p>{t('optPeopleNoAcks')}</p>
            ) : (
              <Rows rows={summary.most} testid="people-most" locale={locale} />
            )}
          </section>
          <section aria-labelledby="opt-people-least">
            <h3 id="opt-people-least">{t('optPeopleLeastTitle')}</h3>
            <p class="opt-hint">{t('optPeopleLeastHint')}</p>
            {summary.least.length === 0 ? (
              <p>{t('optPeopleLeastNone')}</p>
            ) : (
              <Rows rows={summary.least} testid="people-least" locale={locale} />
            )}
          </section>
        </>
      )}
    </section>
  );
}
