/** @vitest-environment happy-dom */
/**
 * The content script across an extension update (issue 24, point 1; utils/content/lifecycle.ts): the
 * orphaned copy stops without a word, and a new copy joins the session the old one was recording.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentBridge, ContentConfig } from '@/utils/content/bridge';
import { createEventBatcher, type EventsMessage } from '@/utils/content/event-batcher';
import type { ResumeTicket } from '@/utils/content/lifecycle';
import { runAdapter } from '@/utils/content/run-adapter';
import type { MeetingEvent } from '@/utils/meeting/events';
import type { AdapterContext, PlatformAdapter } from '@/utils/platforms/types';
import { DEFAULT_NUDGES } from '@/utils/store/settings-defaults';
import { testRuntime } from './test-runtime';

const CODE = 'abc-defg-hij';
const CONFIG: ContentConfig = {
  tracking: true,
  platformEnabled: true,
  neverTrack: [],
  overlayDefault: 'expanded',
  nudges: DEFAULT_NUDGES,
  acks: { enabled: false, language: 'en' },
  position: null,
  intention: null,
};

function harness(ticket: ResumeTicket | null) {
  const sent: EventsMessage[] = [];
  const statuses: string[] = [];
  const cards: string[] = [];
  let emit: ((e: MeetingEvent) => void) | null = null;
  let adapterStopped = 0;
  let overlayRemoved = 0;
  const bridge: ContentBridge = {
    getConfig: async () => CONFIG,
    sendEvents: async (m) => {
      sent.push(structuredClone(m));
      const last = m.firstSeq + m.events.length - 1;
      return { durableSeq: last, appliedSeq: last };
    },
    setNeverTrack: async () => {},
    savePosition: async () => {},
    setStatus: (s) => statuses.push(s),
    onConfigChanged: () => {},
    onToggleOverlay: () => {},
    reportHealth: () => {},
    onCaptureRequest: () => {},
    openHealth: () => {},
    resumeSession: async () => ticket,
  };
  const adapter: PlatformAdapter = {
    id: 'meet',
    findRoot: (doc) => doc,
    start: (_root, ctx: AdapterContext) => {
      emit = ctx.emit;
      return {
        stop: () => {
          adapterStopped++;
        },
      };
    },
  };
  const ui = {
    mountOverlay: async () => ({
      remove: () => {
        overlayRemoved++;
      },
      setHidden: () => {},
      toggle: () => {},
    }),
    showEndCard: (id: string) => cards.push(id),
  };
  return {
    sent,
    statuses,
    cards,
    bridge,
    adapter,
    ui,
    emit: (e: MeetingEvent) => emit!(e),
    get adapterStopped() {
      return adapterStopped;
    },
    get overlayRemoved() {
      return overlayRemoved;
    },
  };
}

describe('content script lifecycle across an extension update', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('an orphaned script stops quietly: adapter, overlay and timers stop, nothing sent, no end card', async () => {
    const h = harness(null);
    const ctx = new ContentScriptContext('meet');
    const running = await runAdapter(h.adapter, ctx, {
      bridge: h.bridge,
      runtime: testRuntime(h.ui as never),
      now: () => Date.now(),
    });
    h.emit({ type: 'call.started', t: Date.now(), platform: 'meet', meetingCode: CODE });
    h.emit({ type: 'participant.joined', t: Date.now(), id: 'me', name: 'Sam', isSelf: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(running.pipeline).not.toBeNull();
    const sentBefore = h.sent.length;
    expect(sentBefore).toBeGreaterThan(0);
    h.emit({ type: 'speaking.started', t: Date.now(), id: 'me' });

    // The extension went away: WXT's context is invalidated (runtime.id gone, or a newer copy started).
    ctx.notifyInvalidated();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.adapterStopped).toBe(1);
    expect(h.overlayRemoved).toBe(1);
    expect(running.pipeline).toBeNull();
    // Not one more message (every one would throw "Extension context invalidated"), no end card, no status.
    expect(h.sent.length).toBe(sentBefore);
    expect(h.cards).toEqual([]);
    expect(h.statuses.at(-1)).toBe('recording');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a new copy joins the session of the ticket when its call has the same code, numbering on', async () => {
    const h = harness({ sessionId: 'session_before_update', nextSeq: 42, meetingCode: CODE });
    const ctx = new ContentScriptContext('meet');
    await runAdapter(h.adapter, ctx, {
      bridge: h.bridge,
      runtime: testRuntime(h.ui as never),
      now: () => Date.now(),
    });
    h.emit({ type: 'call.started', t: Date.now(), platform: 'meet', meetingCode: CODE });
    h.emit({ type: 'participant.joined', t: Date.now(), id: 'me', name: 'Sam', isSelf: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.sent[0]).toMatchObject({ sessionId: 'session_before_update', firstSeq: 42 });
    expect(h.sent[0]!.events.map((e) => (e as MeetingEvent).type)).toEqual([
      'call.started',
      'participant.joined',
    ]);

    // The next call in the same tab is a meeting of its own.
    h.emit({ type: 'call.ended', t: Date.now(), reason: 'left' });
    await vi.advanceTimersByTimeAsync(2000);
    h.emit({ type: 'call.started', t: Date.now(), platform: 'meet', meetingCode: CODE });
    await vi.advanceTimersByTimeAsync(2000);
    const last = h.sent.at(-1)!;
    expect(last.sessionId).not.toBe('session_before_update');
    expect(last.firstSeq).toBe(1);
    ctx.notifyInvalidated();
  });

  it('a new copy whose call is another meeting starts a session of its own', async () => {
    const h = harness({ sessionId: 'session_before_update', nextSeq: 42, meetingCode: CODE });
    const ctx = new ContentScriptContext('meet');
    await runAdapter(h.adapter, ctx, {
      bridge: h.bridge,
      runtime: testRuntime(h.ui as never),
      now: () => Date.now(),
    });
    h.emit({ type: 'call.started', t: Date.now(), platform: 'meet', meetingCode: 'xyz-wxyz-xyz' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.sent[0]!.sessionId).not.toBe('session_before_update');
    expect(h.sent[0]!.firstSeq).toBe(1);
    ctx.notifyInvalidated();
  });

  it('the batcher numbers on from firstSeq, and an abandoned one sends nothing more', async () => {
    const sent: EventsMessage[] = [];
    const b = createEventBatcher({
      sessionId: 'session_before_update',
      platform: 'meet',
      firstSeq: 42,
      send: async (m) => {
        sent.push(structuredClone(m));
        const last = m.firstSeq + m.events.length - 1;
        return { durableSeq: last, appliedSeq: last };
      },
    });
    b.push({ type: 'speaking.started', t: 1, id: 'a' });
    await b.flush();
    expect(sent.map((m) => [m.firstSeq, m.events.length])).toEqual([[42, 1]]);
    expect(b.stats().durableSeq).toBe(42);
    b.push({ type: 'speaking.stopped', t: 2, id: 'a' });
    b.abandon();
    await vi.advanceTimersByTimeAsync(10_000);
    await b.stop();
    expect(sent).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
