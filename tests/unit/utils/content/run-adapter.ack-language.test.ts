/** @vitest-environment happy-dom */
/**
 * Issue 23, the wiring in `runAdapter`: with the setting on "auto", a platform session that reads the
 * caption-language control (`captionLanguage()`, polled with the health report) switches the running call's
 * rules, and the content script asks the background only for the profiles and the tables it uses.
 */
import { describe, expect, it } from 'vitest';
import { de } from '@/utils/acks/languages/de';
import { en } from '@/utils/acks/languages/en';
import { ja } from '@/utils/acks/languages/ja';
import type { AckLanguage } from '@/utils/acks/languages/types';
import { runAdapter } from '@/utils/content/run-adapter';
import type { MeetingEvent } from '@/utils/meeting/events';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { ackLanguageBridge, testRuntime } from './test-runtime';

const TABLES: Record<string, AckLanguage> = { en, de, ja };

function harness(label: () => string | null) {
  const { bridge, asked, sent } = ackLanguageBridge(TABLES);
  const intervals: (() => void)[] = [];
  let emit: (e: MeetingEvent) => void = () => {};
  const adapter: PlatformAdapter = {
    id: 'meet',
    findRoot: (doc) => doc,
    start: (_root, ctx) => {
      emit = ctx.emit;
      return { stop() {}, captionLanguage: label } as ReturnType<PlatformAdapter['start']>;
    },
  };
  const ctx = {
    signal: new AbortController().signal,
    setInterval: (fn: () => void) => intervals.push(fn),
    onInvalidated: () => {},
  } as unknown as Parameters<typeof runAdapter>[1];
  const ui = {
    mountOverlay: async () => ({ remove() {}, toggle() {}, setHidden() {}, hidden: false }),
  };
  return {
    asked,
    sent,
    start: () => runAdapter(adapter, ctx, { bridge, runtime: testRuntime(ui), now: () => t, tickMs: 1000 }),
    emit: (e: MeetingEvent) => emit(e),
    /** One second of the content script's timers (the first interval is the 1 Hz tick). */
    tick: () => intervals[0]!(),
  };
}

let t = 0;

describe('automatic acknowledgement language in the content script', () => {
  it('follows the caption-language control mid-call, from the next caption on', async () => {
    let label: string | null = null;
    const h = harness(() => label);
    const running = await h.start();
    // Nothing is asked before a call: the rules live in the call runtime, loaded when a call starts.
    expect(h.asked).toEqual([]);
    t = 1000;
    h.emit({ type: 'call.started', t, platform: 'meet', meetingCode: 'abc-defg-hij' });
    h.emit({ type: 'participant.joined', t, id: 'kenji', name: '山本 健二', isSelf: true });
    h.emit({ type: 'participant.joined', t, id: 'tanaka', name: '田中 美咲', isSelf: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(h.asked).toEqual(['profiles', 'en']); // the browser's language until the page says otherwise
    label = '日本語';
    for (let i = 0; i < 5; i++) h.tick();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.asked).toEqual(['profiles', 'en', 'ja']);
    t = 2000;
    h.emit({
      type: 'caption',
      t,
      captionId: 'c1',
      speakerId: 'kenji',
      speakerName: '',
      text: '田中さんありがとうございます',
      replaces: false,
    });
    t = 9000;
    h.emit({ type: 'call.ended', t, reason: 'left' });
    await running.stop();
    const acks = h.sent.filter((e) => e.type === 'ack');
    expect(acks.map((a) => a.type === 'ack' && `${a.fromId}>${a.toId}:${a.kind}`)).toEqual([
      'kenji>tanaka:thanks',
    ]);
    // caption text never leaves the content script
    expect(h.sent.some((e) => e.type === 'caption')).toBe(false);
  });
});
