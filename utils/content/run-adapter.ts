/**
 * The one lifecycle every platform's content script shares: find the meeting document, start the
 * platform adapter, and for each call record it through a `CallPipeline` and show the overlay. Entry
 * points only call `runAdapter(adapter, ctx, options)`; adding a platform changes nothing here.
 *
 * Everything is torn down through WXT's `ctx` (extension reload/update) and per call when it ends. The
 * adapter keeps observing after a call ends, so a second meeting in the same tab starts a new session.
 */
import type { ContentScriptContext } from '#imports';
import { buildHealthReport, type HealthReport } from '@/utils/diagnostics/health';
import type { EventOf, MeetingEvent } from '@/utils/meeting/events';
import type { AdapterSession, PlatformAdapter } from '@/utils/platforms/types';
import { seriesFor } from '@/utils/store/series';
import { DEFAULT_NUDGES } from '@/utils/store/settings-defaults';
import type { AckLanguageController, CaptionLanguageSource } from './ack-language';
import type { ContentBridge, ContentConfig } from './bridge';
import type { CallPipeline } from './call-pipeline';
import type { CallRuntime } from './call-runtime';
import { claimResume, type ResumeTicket } from './lifecycle';
import type { OverlayClient, OverlayHandle, OverlayPosition, OverlayState } from './overlay-client';
import { createRoster } from './roster';

export interface RunAdapterOptions {
  bridge: ContentBridge;
  /**
   * The model, pipeline, overlay and capture, loaded when a call starts (call-runtime.ts); injected so this
   * module stays testable without a shadow root and the loader's bundle carries none of it.
   */
  runtime: () => Promise<CallRuntime>;
  now?: () => number;
  /** How often a missing meeting document (Zoom's late `iframe#webclient`) is looked for again. */
  rootPollMs?: number;
  /** Overlay figures refresh; the overlay itself throttles rendering to ~1 Hz as well. */
  tickMs?: number;
}

/**
 * Events that arrive while the call runtime loads wait here (one message round trip, normally well under a
 * second). Bounded: a runtime that never answers must not grow the page's memory; the model would reject a
 * call whose start it missed anyway.
 */
const MAX_PENDING = 20_000;

export interface RunningAdapter {
  /** The current call's pipeline, if one is recording (for tests). */
  readonly pipeline: CallPipeline | null;
  stop(): Promise<void>;
}

interface Call {
  sessionId: string;
  code: string | null;
  pipeline: CallPipeline | null;
  /** Adapter events received before the runtime was there; null once they have been fed in. */
  pending: MeetingEvent[] | null;
  /** Settles once the runtime has loaded and the pending events are in the pipeline (or loading failed). */
  ready: Promise<void>;
  overlay: OverlayHandle | null;
  state: OverlayState;
  subscribers: Set<(s: OverlayState) => void>;
}

const monotonicNow = () => performance.timeOrigin + performance.now();

/**
 * The adapters' clock: one reading of the page is one instant. Every call within the same synchronous run
 * (an observer flush) returns the same time, so a participant's join and the health event that says their
 * speaking indicator cannot be read carry one timestamp. Otherwise the milliseconds a flush takes would count
 * as "seen" coverage and the model would show a speaking time of 0 instead of unknown (found by the
 * drifted-widget e2e in tests/e2e/diagnostics.spec.ts).
 */
export function readingClock(base: () => number): () => number {
  let frozen: number | null = null;
  return () => {
    if (frozen === null) {
      frozen = base();
      queueMicrotask(() => {
        frozen = null;
      });
    }
    return frozen;
  };
}

export async function runAdapter(
  adapter: PlatformAdapter,
  ctx: ContentScriptContext,
  options: RunAdapterOptions,
): Promise<RunningAdapter> {
  const { bridge } = options;
  const now = options.now ?? monotonicNow;
  const readingNow = readingClock(now);
  const roster = createRoster();
  let config: ContentConfig = await bridge.getConfig(adapter.id);
  // Asked before the page is watched: the first call found may be the one an orphaned copy was recording.
  let resume: ResumeTicket | null = (await bridge.resumeSession?.(adapter.id)) ?? null;
  let session: AdapterSession | null = null;
  let call: Call | null = null;
  /** The call's title, for its meeting series' settings (series.ts) when the settings change. */
  let callTitle: string | null = null;

  const enabled = () => config.tracking && config.platformEnabled;

  const notify = (c: Call) => {
    for (const cb of [...c.subscribers]) cb(c.state);
  };
  const patch = (c: Call, p: Partial<OverlayState>) => {
    c.state = { ...c.state, ...p };
    notify(c);
  };
  const statusOf = (c: Call | null) =>
    !c ? 'idle' : c.state.neverTracked ? 'never' : c.state.paused ? 'paused' : 'recording';

  /** The call runtime once a call (or a page sample) has loaded it. */
  let rt: CallRuntime | null = null;
  // The acknowledgement rules in use: chosen and loaded by message inside the runtime (the loader holds no
  // tables), switched mid-call from the next caption on.
  let ackLanguage: AckLanguageController | null = null;
  const ackLanguageIn = async (r: CallRuntime): Promise<AckLanguageController> => {
    if (!ackLanguage) {
      const al = r.createAckLanguage(bridge, globalThis.navigator?.language);
      al.onChange((code) => call?.pipeline?.setAckLanguage(code));
      ackLanguage = al;
    }
    await ackLanguage.configure(config.acks).catch(() => undefined);
    return ackLanguage;
  };

  const startPipeline = (c: Call, r: CallRuntime, midCall: boolean, firstSeq?: number) => {
    const al = ackLanguage;
    const acks = config.acks;
    c.pipeline = r.createPipeline({
      platform: adapter.id,
      sessionId: c.sessionId,
      send: bridge.sendEvents,
      now,
      acks: { enabled: acks.enabled, language: al?.current ?? null, observe: al?.observe },
      roster,
      batcher: { window, document, firstSeq },
    });
    if (midCall) for (const e of roster.replay(now())) c.pipeline.input(e);
    c.state = { ...c.state, snapshot: c.pipeline.snapshot() };
  };

  const client = (c: Call): OverlayClient => ({
    subscribe(cb) {
      c.subscribers.add(cb);
      cb(c.state);
      return () => c.subscribers.delete(cb);
    },
    markAcknowledged(id) {
      if (c.pipeline?.manualAck(id)) patch(c, { snapshot: c.pipeline.snapshot() });
    },
    setPaused(paused) {
      if (!c.pipeline) return;
      c.pipeline.setPaused(paused);
      patch(c, { paused, snapshot: c.pipeline.snapshot() });
      bridge.setStatus(statusOf(c));
    },
    neverTrack() {
      if (!c.code) return;
      const pipeline = c.pipeline;
      c.pipeline = null;
      void pipeline?.stop().then(() => bridge.setNeverTrack(c.code!, true, c.sessionId));
      if (!pipeline) void bridge.setNeverTrack(c.code, true, c.sessionId);
      patch(c, { neverTracked: true, paused: false, snapshot: null });
      bridge.setStatus('never');
    },
    undoNeverTrack() {
      if (!c.code) return;
      void bridge.setNeverTrack(c.code, false);
      if (!rt) return;
      c.sessionId = crypto.randomUUID();
      startPipeline(c, rt, true);
      patch(c, { neverTracked: false });
      bridge.setStatus('recording');
    },
    setExpanded(expanded) {
      patch(c, { expanded });
    },
    openHealth() {
      bridge.openHealth();
    },
    savePosition(position: OverlayPosition) {
      c.state = { ...c.state, position };
      void bridge.savePosition(adapter.id, position);
    },
  });

  const beginCall = async (e: EventOf<'call.started'>) => {
    if (call) await endCall();
    const code = e.meetingCode ?? null;
    const neverTracked = code !== null && config.neverTrack.includes(code);
    health = null;
    const ticket = neverTracked ? null : claimResume(resume, code);
    resume = null;
    let settle!: () => void;
    const c: Call = {
      sessionId: ticket?.sessionId ?? crypto.randomUUID(),
      code,
      pipeline: null,
      pending: [e],
      ready: new Promise<void>((r) => {
        settle = r;
      }),
      overlay: null,
      subscribers: new Set(),
      state: {
        snapshot: null,
        paused: false,
        neverTracked,
        expanded: config.overlayDefault === 'expanded',
        position: config.position,
        intention: config.intention ?? undefined,
        nudges: config.nudges ?? DEFAULT_NUDGES,
        series: seriesFor(config.series, code, e.title)?.settings ?? null,
      },
    };
    callTitle = e.title ?? null;
    call = c;
    bridge.setStatus(statusOf(c));
    let r: CallRuntime;
    try {
      r = await options.runtime();
      rt = r;
      // Before the pipeline exists: the detector is built with the language or without it.
      await ackLanguageIn(r);
    } catch (err) {
      console.error('Rapport: could not load the call runtime', err);
      c.pending = null;
      settle();
      return;
    }
    // Even when the call has ended meanwhile: what was seen of it is recorded (endCall waits for this).
    if (!neverTracked) {
      startPipeline(c, r, false, ticket?.nextSeq);
      for (const ev of c.pending ?? []) c.pipeline?.input(ev);
      c.state = { ...c.state, snapshot: c.pipeline?.snapshot() ?? null };
    }
    c.pending = null;
    settle();
    if (call !== c) return;
    const overlay = await r.mountOverlay(client(c));
    if (call !== c) {
      overlay.remove();
      return;
    }
    c.overlay = overlay;
    if (config.overlayDefault === 'hidden') overlay.setHidden(true);
  };

  /** `orphaned`: the extension is gone (lifecycle.ts): stop without a word, the call goes on. */
  const endCall = async (orphaned = false) => {
    const c = call;
    if (!c) return;
    call = null;
    c.overlay?.remove();
    c.subscribers.clear();
    if (orphaned) {
      c.pipeline?.abandon();
      return;
    }
    bridge.setStatus('idle');
    await c.ready;
    if (c.pipeline) {
      await c.pipeline.stop();
      rt?.showEndCard(c.sessionId);
    }
  };

  const emit = (e: MeetingEvent) => {
    roster.observe(e);
    if (e.type === 'call.started') {
      void beginCall(e);
      return;
    }
    const c = call;
    if (c?.pending) {
      if (c.pending.length < MAX_PENDING) c.pending.push(e);
    } else c?.pipeline?.input(e);
    if (e.type === 'call.ended') void endCall();
  };

  /**
   * Health for the options page: read every few seconds (not on the 1 Hz path) and sent only when a
   * signal's state or matched layer changed, or every half minute so "last ok" stays fresh.
   */
  let health: HealthReport | null = null;
  let healthKey = '';
  let healthSentAt = 0;
  let ticks = 0;
  const reportHealth = () => {
    const diag = session?.diagnostics?.();
    if (!diag) return;
    const at = Date.now();
    health = buildHealthReport(adapter.id, diag, at, health);
    const key = JSON.stringify(Object.values(health.signals).map((s) => [s.state, s.layer]));
    if (key === healthKey && at - healthSentAt < 30_000) return;
    healthKey = key;
    healthSentAt = at;
    bridge.reportHealth(health);
  };

  const tick = () => {
    if (++ticks % 5 === 0) {
      reportHealth();
      ackLanguage?.hint((session as CaptionLanguageSource | null)?.captionLanguage?.());
    }
    const c = call;
    if (!c?.pipeline) return;
    c.pipeline.tick();
    c.state = { ...c.state, snapshot: c.pipeline.snapshot(), storage: c.pipeline.batcher.stats().storage };
    notify(c);
  };

  const startAdapter = () => {
    if (session || !enabled()) return;
    const root = adapter.findRoot(document);
    if (!root) return;
    session = adapter.start(root, { signal: ctx.signal, emit, now: readingNow });
  };

  const stopAdapter = async (orphaned = false) => {
    session?.stop();
    session = null;
    await endCall(orphaned);
    roster.reset();
  };

  ctx.setInterval(tick, options.tickMs ?? 1000);
  // Zoom's client may appear in a same-origin iframe well after load; Meet's document is there at once.
  ctx.setInterval(startAdapter, options.rootPollMs ?? 1000);
  bridge.onConfigChanged((next) => {
    const wasEnabled = enabled();
    config = next;
    void ackLanguage?.configure(next.acks);
    if (wasEnabled && !enabled()) void stopAdapter().then(() => bridge.setStatus('off'));
    else if (!wasEnabled && enabled()) startAdapter();
    if (call)
      patch(call, {
        nudges: next.nudges,
        series: seriesFor(next.series, call.code, callTitle)?.settings ?? null,
      });
  });
  bridge.onToggleOverlay(() => call?.overlay?.toggle());
  // A page sample may be asked for before any call: that loads the runtime, which holds the capture code.
  bridge.onCaptureRequest(() =>
    options.runtime().then(
      (r) => r.capture(),
      () => '',
    ),
  );
  // WXT's context is invalidated when the extension went away or a newer copy of this script started.
  ctx.onInvalidated(() => void stopAdapter(true));

  if (enabled()) startAdapter();
  else bridge.setStatus('off');

  return {
    get pipeline() {
      return call?.pipeline ?? null;
    },
    stop: () => stopAdapter(),
  };
}
