/** @vitest-environment happy-dom */
/**
 * Issue 23, end to end in the content script: the real Meet adapter reads the caption-language strip of the
 * page (utils/platforms/meet/readers.ts `readCaptionLanguage`, as `captionLanguage()` on its session) and
 * `runAdapter` switches the call's acknowledgement rules to it, from the next caption on.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { de } from '@/utils/acks/languages/de';
import { en } from '@/utils/acks/languages/en';
import { es } from '@/utils/acks/languages/es';
import type { AckLanguage } from '@/utils/acks/languages/types';
import { runAdapter } from '@/utils/content/run-adapter';
import { createMeetAdapter } from '@/utils/platforms/meet';
import { applyTestHooks, parseFixture } from '../platforms/meet/fixtures';
import { ackLanguageBridge, testRuntime } from './test-runtime';

const SHAPES = join(process.cwd(), 'tests/fixtures/meet/real-shapes');
// Imported one by one (not '@/utils/acks', which registers every table): only what the bridge sends is loaded.
const TABLES: Record<string, AckLanguage> = { en, de, es };
const ID = (who: string) => `spaces/SP1/devices/dev-${who}`;

let t = 1000;
const settle = async () => {
  for (let i = 0; i < 100; i++) await Promise.resolve();
};
const advance = async (ms: number) => {
  t += ms;
  vi.advanceTimersByTime(ms);
  await settle();
};

/** The 2026-09 five-person call with captions off, then the captions container of `captions` added. */
function page(captions: string): void {
  const base = parseFixture('2026-09-captions-off.html');
  document.title = base.title;
  document.body.innerHTML = base.body.innerHTML;
  applyTestHooks(document);
  for (const n of parseFixture(captions, SHAPES).body.children)
    document.body.append(document.importNode(n, true));
}

function harness() {
  const { bridge, asked, sent } = ackLanguageBridge(TABLES);
  const intervals: (() => void)[] = [];
  const ctx = {
    signal: new AbortController().signal,
    setInterval: (fn: () => void) => intervals.push(fn),
    onInvalidated: () => {},
  } as unknown as Parameters<typeof runAdapter>[1];
  const ui = { mountOverlay: async () => ({ remove() {}, toggle() {}, setHidden() {}, hidden: false }) };
  const adapter = createMeetAdapter({ watchdogMs: 60_000 });
  return {
    asked,
    sent,
    start: () => runAdapter(adapter, ctx, { bridge, runtime: testRuntime(ui), now: () => t, tickMs: 1000 }),
    /** Five seconds of the content script's 1 Hz tick: the caption-language control is polled once. */
    fiveSeconds: async () => {
      for (let i = 0; i < 5; i++) {
        intervals[0]!();
        await advance(1000);
      }
    },
  };
}

/** Søren says a new caption in the captions list. */
function say(text: string): void {
  const list = document.querySelector('[jsname="dsyhDe"]:has(img[data-iml])')!;
  const entry = list.firstElementChild!.cloneNode(true) as Element;
  entry.querySelector('img')!.setAttribute('data-iml', '51900.5');
  entry.querySelector('[jsname="tgaKEf"]')!.textContent = text;
  list.append(entry);
}

async function run(captions: string) {
  page(captions);
  const h = harness();
  const running = await h.start();
  await advance(200);
  // the call started (the rules live in the call runtime): the browser's language until the control is polled
  expect(h.asked[0]).toBe('profiles');
  expect(h.asked).not.toContain('es');
  await h.fiveSeconds();
  say('gracias Zoë');
  await advance(3000);
  await running.stop();
  await settle();
  // Søren's acknowledgements (the base page also shows a reaction, which is no caption's)
  const acks = h.sent.flatMap((e) =>
    e.type === 'ack' && e.fromId === ID('soren') ? [`${e.fromId}>${e.toId}:${e.kind}`] : [],
  );
  expect(h.sent.find((e) => e.type === 'call.started')).toBeDefined();
  return { asked: h.asked, acks, sent: h.sent };
}

describe('Meet caption-language strip → acknowledgement rules', () => {
  beforeEach(() => {
    t = 1000;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('a strip that says "Español (España)" switches the call to the es rules: the next caption is read in Spanish', async () => {
    const r = await run('2024-11-captions-language-es.html');
    // (en may already be registered by an earlier test: the registry is the content script's, per page)
    expect(r.asked.at(-1)).toBe('es');
    // "mil gracias Inès" was said before the control was polled (en rules): only the next caption counts
    expect(r.acks).toEqual([`${ID('soren')}>${ID('zoe')}:thanks`]);
    expect(r.sent.some((e) => e.type === 'caption')).toBe(false);
  });

  it('an empty strip leaves the rules to the words seen and the browser language (en): no Spanish thanks', async () => {
    const r = await run('2024-11-captions-language-empty.html');
    expect(r.asked).not.toContain('es');
    expect(r.acks).toEqual([]);
  });
});
