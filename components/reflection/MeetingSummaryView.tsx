/**
 * The call's figures in words and one visual. Every number has a text equivalent; null shows as
 * "unknown" with the reason; names are page text and only ever appear as text children.
 */
import { label } from '@/utils/i18n';
import type { MeetingSummary } from '@/utils/meeting/types';
import { type Caveat, caveatsFor } from '@/utils/prompts/engine';
import type { Locale } from '@/utils/prompts/format';
import type { SeriesSettings } from '@/utils/store/series';
import { deriveFigures } from './derive';
import { PairFigures } from './PairMatrix';
import { ui } from './strings';
import { ExpectationLine } from './TargetsView';

export interface MeetingSummaryViewProps {
  summary: MeetingSummary;
  locale?: Locale;
  /** Caveats from `reflect()`; computed here when omitted. */
  caveats?: Caveat[];
  /** Heading level of the view's title; sections use the next level. */
  level?: 2 | 3;
  /** The meeting series' settings: the fair-share line then says which expectation it uses. */
  series?: SeriesSettings | null;
}

function H({ level, children, id }: { level: number; children: string; id?: string }) {
  if (level <= 2) return <h2 id={id}>{children}</h2>;
  if (level === 3) return <h3 id={id}>{children}</h3>;
  return <h4 id={id}>{children}</h4>;
}

function Unknown({ reason, locale }: { reason: string; locale: Locale }) {
  const s = ui(locale);
  return (
    <span class="rp-unknown">
      {s.unknown} <span class="rp-muted">({reason})</span>
    </span>
  );
}

export function MeetingSummaryView({
  summary,
  locale = 'en',
  caveats,
  level = 2,
  series = null,
}: MeetingSummaryViewProps) {
  const s = ui(locale);
  const f = deriveFigures(summary);
  const cav = caveats ?? caveatsFor(f.ctx, locale);
  const sub = level + 1;
  const fair = f.fairShare;
  return (
    <section class="rp-summary" aria-labelledby="rp-summary-title">
      <H level={level} id="rp-summary-title">
        {s.summaryTitle}
      </H>
      <p class="rp-meta">{s.meta(summary.durationMs, f.people, summary.startedAt)}</p>

      <section aria-labelledby="rp-balance-title">
        <H level={sub} id="rp-balance-title">
          {s.balanceTitle}
        </H>
        <p data-testid="rp-self-share">
          {f.selfShare !== null && fair !== null ? (
            s.balanceYou(s.pct(f.selfShare), s.pct(fair))
          ) : (
            <Unknown reason={f.ctx.self ? s.speakingNotVisible : s.noSelf} locale={locale} />
          )}
        </p>
        {f.selfShare !== null && <ExpectationLine summary={summary} series={series} locale={locale} />}
        <ul class="rp-shares" aria-label={s.balanceBarLabel}>
          {f.shares.map((row) => (
            <li
              key={row.id}
              class={row.isSelf ? 'rp-share rp-share-self' : 'rp-share'}
              data-testid="rp-share-row"
            >
              <span class="rp-share-name">
                {row.name}
                {row.isSelf ? ` (${s.you})` : ''}
              </span>
              <span class="rp-bar" aria-hidden="true">
                {row.share !== null && (
                  <span class="rp-bar-fill" style={{ width: `${Math.round(row.share * 100)}%` }} />
                )}
                {fair !== null && <span class="rp-bar-fair" style={{ left: `${Math.round(fair * 100)}%` }} />}
              </span>
              <span class="rp-share-value">
                {row.share !== null ? (
                  s.pct(row.share)
                ) : (
                  <Unknown reason={s.speakingNotVisible} locale={locale} />
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rp-quiet-title">
        <H level={sub} id="rp-quiet-title">
          {s.quietTitle}
        </H>
        {!f.ctx.covered.speaking ? (
          <p>
            <Unknown reason={s.speakingNotVisible} locale={locale} />
          </p>
        ) : f.silent.length + f.quiet.length === 0 ? (
          <p>{s.nobodyQuiet}</p>
        ) : (
          <ul data-testid="rp-quiet">
            {f.silent.map((p) => (
              <li key={p.id}>{s.silentLine(p.name, p.presentMs)}</li>
            ))}
            {f.quiet.map((p) => (
              <li key={p.id}>{s.quietLine(p.name, s.pct(p.share))}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="rp-held-title">
        <H level={sub} id="rp-held-title">
          {s.heldTitle}
        </H>
        {f.held === null ? (
          <p class="rp-muted">{s.heldNotMeasured}</p>
        ) : !f.ctx.covered.speaking ? (
          <p>
            <Unknown reason={s.speakingNotVisible} locale={locale} />
          </p>
        ) : f.held.length === 0 ? (
          <p>{s.heldNone}</p>
        ) : (
          <ul data-testid="rp-held">
            {f.held.map((h) => (
              <li key={h.key} class={h.isSelf ? 'rp-held-self' : undefined}>
                {s.heldLine(h.from, h.to, h.isSelf ? `${h.name} (${s.you})` : h.name, s.pct(h.share))}
              </li>
            ))}
          </ul>
        )}
      </section>

      {f.ctx.covered.speaking && <PairFigures summary={summary} locale={locale} level={sub} />}

      <section aria-labelledby="rp-acks-title">
        <H level={sub} id="rp-acks-title">
          {s.acksTitle}
        </H>
        {!f.ctx.self ? (
          <p>
            <Unknown reason={s.noSelf} locale={locale} />
          </p>
        ) : (
          <>
            {f.acknowledged.length > 0 ? (
              <>
                <p>{label(s.youAcknowledged)}</p>
                <ul data-testid="rp-acknowledged">
                  {f.acknowledged.map((name, i) => (
                    <li key={`${i}-${name}`}>{name}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{s.nobodyAcknowledged}</p>
            )}
            {f.unacknowledged === null ? (
              <p>
                {label(s.unacknowledged)} <Unknown reason={s.acksNotVisible} locale={locale} />
              </p>
            ) : f.unacknowledged.length > 0 ? (
              <>
                <p>{label(s.unacknowledged)}</p>
                <ul data-testid="rp-unacknowledged">
                  {f.unacknowledged.map((name, i) => (
                    <li key={`${i}-${name}`}>{name}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{s.allAcknowledged}</p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="rp-camera-title">
        <H level={sub} id="rp-camera-title">
          {s.cameraTitle}
        </H>
        <dl class="rp-camera">
          <dt>{s.cameraYou}</dt>
          <dd data-testid="rp-camera-self">
            {f.selfCamera !== null ? (
              s.pct(f.selfCamera)
            ) : (
              <Unknown reason={f.ctx.self ? s.cameraNotVisible : s.noSelf} locale={locale} />
            )}
          </dd>
          <dt>{s.cameraGroup}</dt>
          <dd data-testid="rp-camera-group">
            {f.groupCamera !== null ? (
              s.pct(f.groupCamera)
            ) : (
              <Unknown reason={s.cameraNotVisible} locale={locale} />
            )}
          </dd>
        </dl>
      </section>

      {cav.length > 0 && (
        <section aria-labelledby="rp-caveats-title" class="rp-caveats">
          <H level={sub} id="rp-caveats-title">
            {s.caveatsTitle}
          </H>
          <ul>
            {cav.map((c) => (
              <li key={c.signal}>{c.text}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
