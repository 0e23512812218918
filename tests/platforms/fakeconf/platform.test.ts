// @vitest-environment happy-dom
/**
 * The test-only platform registers from this folder alone: the registry is extended with its meta here
 * (as the glob in utils/platforms/registry.ts would find a real folder), and every module that lists
 * platforms — the sender allow-list, the export format, settings, the health view's sample replay — then
 * accepts it with no edit anywhere else. Its page samples replay through its own readers (readers.ts,
 * replay.ts), which the diagnostics replay finds by folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/utils/platforms/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/platforms/registry')>();
  const fake = (await import('./meta')).default;
  const reg = real.createRegistry([...real.registry.metas, fake]);
  return { ...real, registry: reg, PLATFORM_IDS: reg.ids };
});

const { default: meta } = await import('./meta');
const { classifySender } = await import('@/utils/background/sender');
const { platformOf } = await import('@/components/health/CaptureView');
const { captureSkeleton } = await import('@/utils/diagnostics/capture');
const { DEFAULT_SETTINGS } = await import('@/utils/store/settings');
const { addMeeting, freshStore, T0 } = await import('../../unit/utils/store/helpers');
const { platformProblems } = await import('../../unit/utils/platforms/registry-check');
const { fakeconfPage } = await import('./sim');
const { parseHtml, summarise } = await import('../../unit/utils/diagnostics/replay-helpers');

const here = join(process.cwd(), 'tests/platforms/fakeconf');

describe('a platform that is only a folder', () => {
  it('passes the platform check with its own fixtures, simulator page and locale keys', () => {
    expect(
      platformProblems({
        meta,
        fixturesDir: join(here, 'fixtures'),
        simPage: join(here, 'sim.ts'),
        localeFiles: [join(here, 'messages.json')],
      }),
    ).toEqual([]);
  });

  it('is allowed to talk to the background from its hosts only', () => {
    const ext = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
    expect(classifySender({ id: 'ext', url: 'https://eu.fakeconf.test/call/1', tab: {} }, ext)).toBe(
      'content',
    );
    expect(classifySender({ id: 'ext', url: 'https://fakeconf.example/call/1', tab: {} }, ext)).toBeNull();
  });

  it('has its recording switch and overlay position in the default settings', () => {
    expect(DEFAULT_SETTINGS.platforms.fakeconf).toBe(true);
    expect(DEFAULT_SETTINGS.overlayPositions.fakeconf).toBeNull();
  });

  it('round-trips through export and import', async () => {
    const store = await freshStore();
    await addMeeting(store, 'f1', { startedAt: T0, platform: meta.id, others: ['Ada Example'] });
    const file = await store.exportAll(T0 + 86_400_000);
    expect(file.meetings[0]?.platform).toBe('fakeconf');
    const other = await freshStore();
    expect(await other.importData(file)).toEqual({ ok: true, added: 1, skipped: 0 });
    expect(await other.exportAll(T0 + 86_400_000)).toEqual(file);
  });

  it('replays its page samples as itself in the health view', () => {
    const doc = document.implementation.createHTMLDocument('call');
    fakeconfPage(doc, [{ id: 'p1', name: 'Ada Example' }]);
    const html = captureSkeleton(doc, { platform: meta.id, salt: 's' });
    expect(html).not.toContain('Ada Example');
    expect(platformOf(html)).toBe('fakeconf');
  });

  const page = () => parseHtml(readFileSync(join(here, 'fixtures/in-call-2026-12.html'), 'utf8'));
  const sample = join(here, 'captures/in-call-2026-12.sample.html');
  const figures = {
    phase: 'in_call',
    participants: 2,
    tiles: 0,
    self: true,
    speaking: 0,
    camera: 1,
    muted: 1,
    captions: false,
    captionEntries: 0,
    chat: false,
    chatMessages: 0,
  };

  it('its committed page sample is the capture of its fixture, with the same figures', async () => {
    expect(summarise(meta.id, page())).toEqual(figures);
    const out = captureSkeleton(page(), {
      platform: meta.id,
      salt: 'rapport-committed-fixture',
      now: new Date('2026-12-01T10:00:00.000Z'),
      version: 'fixture',
    });
    expect(out).not.toContain('Ada Example');
    expect(summarise(meta.id, parseHtml(out))).toEqual(figures);
    // Regenerate with `-u` after a deliberate change to the capture format.
    await expect(out).toMatchFileSnapshot(sample);
  });

  it('replays its committed sample through its own readers: the figures of the page', () => {
    const html = readFileSync(sample, 'utf8');
    expect(platformOf(html)).toBe('fakeconf');
    expect(summarise(meta.id, parseHtml(html))).toEqual(figures);
  });
});
