import { Component, type Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { label } from '@/utils/i18n';
import type { LiveSnapshot, ParticipantSummary } from '@/utils/meeting/types';
import type { OverlayClient, OverlayState } from './client';
import {
  barSegments,
  coverageLines,
  formatClock,
  formatDuration,
  formatShare,
  healthLines,
  orderParticipants,
  PARTIAL_COVERAGE,
  participantMarkers,
} from './derive';
import { S } from './strings';
import { TargetsProgress } from './TargetsProgress';

/** How long "Noted" replaces the acknowledge button's label: long enough to read, short enough to re-use. */
const NOTED_MS = 2000;

export function StatusBadge({ state }: { state: OverlayState }) {
  if (state.neverTracked) return <span class="rp-status rp-status--off">{S.notTracked}</span>;
  if (state.paused) return <span class="rp-status rp-status--paused">{S.paused}</span>;
  if (state.storage) return <span class="rp-status rp-status--unsaved">{S.notSaved}</span>;
  return (
    <span class="rp-status rp-status--rec">
      <span class="rp-rec-dot" aria-hidden="true" />
      {S.recording}
    </span>
  );
}

export function BalanceBar({ snapshot }: { snapshot: LiveSnapshot }) {
  const segs = barSegments(snapshot);
  if (segs.length === 0) {
    return <p class="rp-bar rp-bar--unknown">{S.sharesUnknown}</p>;
  }
  const fair = snapshot.fairShare;
  return (
    <div
      class="rp-bar"
      role="img"
      aria-label={S.sharesLabel(formatShare(snapshot.selfShare), formatShare(fair))}
      data-testid="balance-bar"
    >
      {segs.map((s, i) => (
        <span
          key={s.id}
          class={`rp-seg ${s.isSelf ? 'rp-seg--self' : i % 2 ? 'rp-seg--b' : 'rp-seg--a'}`}
          style={{ width: `${(s.share * 100).toFixed(2)}%` }}
        />
      ))}
      {fair !== null && fair > 0 && fair < 1 ? (
        <span class="rp-fair" style={{ left: `${(fair * 100).toFixed(2)}%` }} title={S.fairMark} />
      ) : null}
    </div>
  );
}

function Unknown({ reason }: { reason: string }) {
  return (
    <span class="rp-unknown" title={reason}>
      {S.unknown}
      <span class="rp-sr"> ({reason})</span>
    </span>
  );
}

export function ParticipantRow({
  p,
  snapshot,
  isSelf,
  client,
  allowAck,
}: {
  p: ParticipantSummary;
  snapshot: LiveSnapshot;
  isSelf: boolean;
  client: OverlayClient;
  allowAck: boolean;
}) {
  const [noted, setNoted] = useState(false);
  useEffect(() => {
    if (!noted) return;
    const t = setTimeout(() => setNoted(false), NOTED_MS);
    return () => clearTimeout(t);
  }, [noted]);
  const markers = participantMarkers(p, snapshot);
  const speakingNow = snapshot.currentSpeakerIds.includes(p.id);
  const partialSpeaking =
    p.speakingMs !== null && p.coverage.speaking > 0 && p.coverage.speaking < PARTIAL_COVERAGE;
  const cls = `rp-row${isSelf ? ' rp-row--self' : ''}${p.present ? '' : ' rp-row--left'}`;
  return (
    <li class={cls} data-id={p.id} data-self={isSelf ? 'true' : undefined}>
      <div class="rp-row-head">
        <span class="rp-name" dir="auto" title={p.name}>
          {p.name}
        </span>
        {isSelf ? <span class="rp-tag">{S.youSuffix}</span> : null}
        {speakingNow ? <span class="rp-tag rp-tag--now">{S.speakingNow}</span> : null}
        {p.present ? null : <span class="rp-tag">{S.left}</span>}
      </div>
      <div class="rp-figs">
        <span class="rp-fig" data-fig="speaking">
          {S.spoke}{' '}
          {p.speakingMs === null ? (
            <Unknown reason={S.speakingUnknownReason} />
          ) : (
            `${formatDuration(p.speakingMs)} · ${formatShare(p.speakingShare)}`
          )}
        </span>
        <span class="rp-fig" data-fig="turns">
          {S.turns(p.turns)}
        </span>
        <span class="rp-fig" data-fig="camera">
          {S.camera}{' '}
          {p.cameraShare === null ? <Unknown reason={S.cameraUnknownReason} /> : formatShare(p.cameraShare)}
        </span>
        <span class="rp-fig" data-fig="acks" title={S.acksTitle}>
          {S.acks(p.acksReceived)}
        </span>
      </div>
      {markers.length > 0 || partialSpeaking ? (
        <div class="rp-markers">
          {markers.map((m) => (
            <span key={m.kind} class="rp-marker" data-marker={m.kind}>
              {m.kind === 'not_spoken' ? S.notSpokenYet : S.quietFor(m.minutes)}
            </span>
          ))}
          {partialSpeaking ? (
            <span class="rp-note">
              {S.personSeen(S.coverageWhat('speaking'), formatShare(p.coverage.speaking))}
            </span>
          ) : null}
        </div>
      ) : null}
      {!isSelf && allowAck ? (
        <button
          type="button"
          class="rp-btn rp-btn--small"
          aria-label={S.acknowledgeLabel(p.name)}
          onClick={() => {
            client.markAcknowledged(p.id);
            setNoted(true);
          }}
        >
          {noted ? S.noted : S.acknowledge}
        </button>
      ) : null}
    </li>
  );
}

type RowProps = Parameters<typeof ParticipantRow>[0];

/**
 * What a row shows, as one string: the figures as displayed (rounded), markers, tags. The panel re-renders
 * once a second, but in a 49-person call only the speaker's row usually changes what it shows, so rows
 * whose signature is unchanged skip rendering and diffing (the meeting page keeps its frame budget).
 */
function rowSignature({ p, snapshot, isSelf }: RowProps): string {
  const markers = participantMarkers(p, snapshot)
    .map((m) => `${m.kind}${m.kind === 'quiet' ? m.minutes : ''}`)
    .join(',');
  return [
    p.name,
    isSelf,
    p.present,
    snapshot.currentSpeakerIds.includes(p.id),
    p.speakingMs === null ? '?' : `${formatDuration(p.speakingMs)}|${formatShare(p.speakingShare)}`,
    p.turns,
    p.cameraShare === null ? '?' : formatShare(p.cameraShare),
    p.acksReceived,
    markers,
    p.speakingMs !== null && p.coverage.speaking > 0 && p.coverage.speaking < PARTIAL_COVERAGE
      ? formatShare(p.coverage.speaking)
      : '',
  ].join('\u0000');
}

class StableRow extends Component<RowProps & { sig: string }> {
  override shouldComponentUpdate(next: RowProps & { sig: string }): boolean {
    const prev = this.props;
    return next.sig !== prev.sig || next.client !== prev.client || next.allowAck !== prev.allowAck;
  }
  override render() {
    return <ParticipantRow {...this.props} />;
  }
}

export interface PanelProps {
  state: OverlayState;
  client: OverlayClient;
  onCollapse: () => void;
  onHide?: () => void;
  onDragStart: (e: PointerEvent) => void;
  collapseRef: Ref<HTMLButtonElement>;
}

export function Panel({ state, client, onCollapse, onHide, onDragStart, collapseRef }: PanelProps) {
  const snap = state.snapshot;
  const tracked = !state.neverTracked;
  return (
    <section class="rp-panel" aria-label={S.appName}>
      <header
        class="rp-head"
        onPointerDown={(e) => {
          // The header's own buttons stay buttons; the rest of the header is the drag handle.
          if ((e.target as Element | null)?.closest?.('button')) return;
          onDragStart(e);
        }}
      >
        <span class="rp-title">{S.appName}</span>
        {snap ? (
          <span class="rp-time" title={S.callTime}>
            {formatClock(snap.durationMs)}
          </span>
        ) : null}
        <StatusBadge state={state} />
        <span class="rp-spacer" />
        <button
          ref={collapseRef}
          type="button"
          class="rp-icon-btn"
          aria-expanded="true"
          aria-label={S.collapse}
          title={S.collapse}
          onClick={onCollapse}
        >
          <span aria-hidden="true">▾</span>
        </button>
        {onHide ? (
          <button type="button" class="rp-icon-btn" aria-label={S.hide} title={S.hide} onClick={onHide}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </header>
      <div class="rp-body">
        {!tracked ? <p class="rp-banner">{S.neverTrackedBanner}</p> : null}
        {tracked && state.paused ? <p class="rp-banner rp-banner--paused">{S.pausedBanner}</p> : null}
        {tracked && state.storage ? (
          <p class="rp-banner rp-banner--storage" role="status" data-testid="storage-banner">
            {state.storage === 'full' ? S.storageFullBanner : S.storageFailingBanner}
          </p>
        ) : null}
        {state.intention ? (
          <p class="rp-intention">
            <span class="rp-intention-label">{label(S.intention)} </span>
            <span dir="auto">{state.intention}</span>
          </p>
        ) : null}
        {tracked && !snap ? <p class="rp-note">{S.waiting}</p> : null}
        {tracked && snap ? <Figures snapshot={snap} client={client} allowAck={!state.paused} /> : null}
        {tracked ? <TargetsProgress snapshot={snap} series={state.series} /> : null}
      </div>
      <footer class="rp-actions">
        {tracked ? (
          <>
            <button type="button" class="rp-btn" onClick={() => client.setPaused(!state.paused)}>
              {state.paused ? S.resume : S.pause}
            </button>
            <button type="button" class="rp-btn rp-btn--quiet" onClick={() => client.neverTrack()}>
              {S.neverTrack}
            </button>
          </>
        ) : (
          <button type="button" class="rp-btn" onClick={() => client.undoNeverTrack()}>
            {S.undoNeverTrack}
          </button>
        )}
      </footer>
    </section>
  );
}

function Figures({
  snapshot,
  client,
  allowAck,
}: {
  snapshot: LiveSnapshot;
  client: OverlayClient;
  allowAck: boolean;
}) {
  const health = healthLines(snapshot);
  const coverage = coverageLines(snapshot);
  const rows = orderParticipants(snapshot.participants, snapshot.selfId);
  return (
    <>
      <BalanceBar snapshot={snapshot} />
      {health.length > 0 || coverage.length > 0 ? (
        <ul class="rp-health">
          {health.map((h) => (
            <li key={h.signal} class={`rp-health-line rp-health-line--${h.state}`} data-signal={h.signal}>
              {h.text}
              {client.openHealth ? (
                <>
                  {' '}
                  <button type="button" class="rp-link" onClick={() => client.openHealth?.()}>
                    {S.healthDetails}
                  </button>
                </>
              ) : null}
            </li>
          ))}
          {coverage.map((c) => (
            <li key={c} class="rp-health-line rp-health-line--partial">
              {c}
            </li>
          ))}
        </ul>
      ) : null}
      <ul class="rp-list">
        {rows.map((p) => {
          const props: RowProps = {
            p,
            snapshot,
            isSelf: p.isSelf || p.id === snapshot.selfId,
            client,
            allowAck,
          };
          return <StableRow key={p.id} {...props} sig={rowSignature(props)} />;
        })}
      </ul>
    </>
  );
}
