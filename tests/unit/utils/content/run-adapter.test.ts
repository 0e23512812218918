/** @vitest-environment happy-dom */
/**
 * The loader's lifecycle with a call runtime that loads late (issue 20): nothing of the runtime is asked
 * for before a call, the events of the call's first moments wait for it and reach the model in order with
 * their own times, and a call that ends before it arrived is still recorded.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAckLanguageController } from '@/utils/content/ack-language';
import type { ContentBridge, ContentConfig } from '@/utils/content/bridge';
import { createCallPipeline } from '@/utils/content/call-pipeline';
import type { CallRuntime } from '@/utils/content/call-runtime';
import type { EventsMessage } from '@/utils/content/event-batcher';
import type { OverlayHandle } from '@/utils/content/overlay-client';
import { runAdapter } from '@/utils/content/run-adapter';
import type { MeetingEvent } from '@/utils/meeting/events';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { DEFAULT_NUDGES } from '@/utils/store/settings-defaults';

const config: ContentConfig = {
  tracking: true,
  platformEnabled: true,
  neverTrack: [],
  overlayDefault: 'collapsed',
  nudges: DEFAULT_NUDGES,
  acks: { enabled: false, language: 'en' },
  position: null,
  intention: null,
};

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

let ctx: ContentScriptContext | null = null;
afterEach(() => {
  if (ctx?.isValid) ctx.notifyInvalidated();
  ctx = null;
});

async function setup() {
  let emit: ((e: MeetingEvent) => void) | null = null;
  const adapter: PlatformAdapter = {
    id: 'meet',
    findRoot: (doc) => doc,
    start: (_root, c) => {
      emit = c.emit;
      return { stop() {} };
    },
  };
  const sent: EventsMessage[] = [];
  const bridge: ContentBridge = {
    getConfig: async () => config,
    sendEvents: async (m) => {
      sent.push(m);
      const last = m.events.length ? m.firstSeq + m.events.length - 1 : m.firstSeq - 1;
      return { durableSeq: last, appliedSeq: last };
    },
    setNeverTrack: async () => {},
    savePosition: async () => {},
    setStatus: () => {},
    onConfigChanged: () => {},
    onToggleOverlay: () => {},
    reportHealth: () => {},
    onCaptureRequest: () => {},
    openHealth: () => {},
  };
  const loaded = deferred<CallRuntime>();
  const overlays: OverlayHandle[] = [];
  const runtime: CallRuntime = {
    createPipeline: createCallPipeline,
    createAckLanguage: (b, loc) => createAckLanguageController(b, loc),
    mountOverlay: async () => {
      const h: OverlayHandle = { remove: vi.fn(), toggle() {}, setHidden() {}, hidden: false };
      overlays.push(h);
      return h;
    },
    showEndCard: vi.fn(),
    capture: () => 'sample',
  };
  const load = vi.fn(() => loaded.promise);
  ctx = new ContentScriptContext('run-adapter-test');
  const running = await runAdapter(adapter, ctx as never, {
    bridge,
    runtime: load,
    now: () => 10_000,
    tickMs: 60_000,
    rootPollMs: 60_000,
  });
  return {
    running,
    load,
    arrive: () => loaded.resolve(runtime),
    emit: (e: MeetingEvent) => emit!(e),
    runtime,
    overlays,
    sentEvents: () => sent.flatMap((m) => m.events as MeetingEvent[]),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('runAdapter with a call runtime that loads late', () => {
  it('asks for nothing before a call, then feeds the waiting events in order once it is there', async () => {
    const s = await setup();
    s.emit({ type: 'participant.joined', t: 500, id: 'a', name: 'Ana Lobby', isSelf: true });
    await settle();
    expect(s.load).not.toHaveBeenCalled();

    s.emit({ type: 'call.started', t: 1_000, platform: 'meet', meetingCode: 'abc-defg-hij' });
    s.emit({ type: 'participant.joined', t: 1_000, id: 'a', name: 'Ana Lobby', isSelf: true });
    s.emit({ type: 'participant.joined', t: 1_100, id: 'b', name: 'Bo Late', isSelf: false });
    s.emit({ type: 'speaking.started', t: 1_200, id: 'b' });
    await settle();
    expect(s.load).toHaveBeenCalledTimes(1);
    expect(s.running.pipeline).toBeNull();
    expect(s.overlays).toHaveLength(0);

    s.arrive();
    await settle();
    await settle();
    const snap = s.running.pipeline!.snapshot();
    expect(snap.participants.map((p) => p.id).sort()).toEqual(['a', 'b']);
    // Counted from its own time (1.2 s), not from when the runtime arrived.
    expect(snap.participants.find((p) => p.id === 'b')?.speakingMs).toBe(8_800);
    expect(s.overlays).toHaveLength(1);
    await s.running.pipeline!.batcher.flush();
    const sent = s.sentEvents();
    expect(sent.map((e) => e.type)).toEqual([
      'call.started',
      'participant.joined',
      'participant.joined',
      'speaking.started',
    ]);
    expect(sent.map((e) => e.t)).toEqual([1_000, 1_000, 1_100, 1_200]);
  });

  it('records a call that ended before the runtime arrived, and shows its end card', async () => {
    const s = await setup();
    s.emit({ type: 'call.started', t: 1_000, platform: 'meet' });
    s.emit({ type: 'participant.joined', t: 1_000, id: 'a', name: 'Ana', isSelf: true });
    s.emit({ type: 'call.ended', t: 2_000, reason: 'left' });
    await settle();
    s.arrive();
    await settle();
    await settle();
    await settle();
    expect(s.sentEvents().map((e) => e.type)).toEqual(['call.started', 'participant.joined', 'call.ended']);
    expect(s.runtime.showEndCard).toHaveBeenCalledTimes(1);
    // The call is over: no overlay for it.
    expect(s.overlays).toHaveLength(0);
  });
});
