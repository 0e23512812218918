import { beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '@/utils/store';
import { openStore, type Store } from '@/utils/store';
import { addMeeting, freshName, T0 } from '../store/helpers';
import { ManualClock, MEET_SENDER, makeService, PAGE_SENDER, unwrap, ZOOM_SENDER } from './harness';

describe('background: content-script configuration, badge and reflections', () => {
  let store: Store;
  let clock: ManualClock;
  const calls = {
    status: [] as [number, string][],
    settings: [] as [Settings, number[]][],
    unread: [] as number[],
    opened: [] as string[],
  };
  let service: ReturnType<typeof makeService>;

  beforeEach(async () => {
    store = await openStore({ name: freshName() });
    clock = new ManualClock(T0);
    calls.status = [];
    calls.settings = [];
    calls.unread = [];
    calls.opened = [];
    service = makeService(store, clock, {
      hooks: {
        tabStatus: (tab, s) => calls.status.push([tab, s]),
        settingsChanged: (s, tabs) => calls.settings.push([s, tabs]),
        unreadChanged: (n) => calls.unread.push(n),
        openReflection: (id) => calls.opened.push(id),
      },
    });
  });

  it('gives a content script its settings, and the status it reports reaches its own tab', async () => {
    const cfg = unwrap<{ settings: Settings; intention: string | null }>(
      await service.handle({ type: 'cs:get-config', platform: 'meet' }, MEET_SENDER),
    );
    expect(cfg.settings.tracking).toBe(true);
    expect(cfg.intention).toBeNull();
    unwrap(await service.handle({ type: 'cs:status', status: 'recording' }, MEET_SENDER));
    unwrap(await service.handle({ type: 'cs:status', status: 'paused' }, ZOOM_SENDER));
    expect(calls.status).toEqual([
      [7, 'recording'],
      [8, 'paused'],
    ]);
  });

  it('never-track adds and removes a code and tells every meeting tab', async () => {
    await service.handle({ type: 'cs:get-config', platform: 'zoom' }, ZOOM_SENDER);
    const on = unwrap<{ neverTrack: string[] }>(
      await service.handle({ type: 'cs:set-never-track', code: 'abc-defg-hij', on: true }, MEET_SENDER),
    );
    expect(on.neverTrack).toEqual(['abc-defg-hij']);
    expect(calls.settings.at(-1)?.[1].sort()).toEqual([7, 8]);
    const off = unwrap<{ neverTrack: string[] }>(
      await service.handle({ type: 'cs:set-never-track', code: 'abc-defg-hij', on: false }, MEET_SENDER),
    );
    expect(off.neverTrack).toEqual([]);
    expect((await store.settings.get()).neverTrack).toEqual([]);
  });

  it('content scripts cannot change other settings, extension pages cannot pose as content scripts', async () => {
    const r = await service.handle({ type: 'ui:set-settings', patch: { tracking: false } }, MEET_SENDER);
    expect(r.ok).toBe(false);
    const s = await service.handle({ type: 'cs:status', status: 'recording' }, PAGE_SENDER);
    expect(s.ok).toBe(false);
    expect((await store.settings.get()).tracking).toBe(true);
  });

  it('remembers the overlay position per platform', async () => {
    unwrap(
      await service.handle(
        { type: 'cs:save-position', platform: 'zoom', position: { x: 12, y: 34 } },
        ZOOM_SENDER,
      ),
    );
    expect((await store.settings.get()).overlayPositions).toEqual({ meet: null, zoom: { x: 12, y: 34 } });
  });

  it('counts unread reflections until they are marked read, and hands out the last intention', async () => {
    await addMeeting(store, 'session_old', { startedAt: T0 });
    await addMeeting(store, 'session_new', { startedAt: T0 + 3_600_000 });
    await store.reflections.put('session_new', { intention: 'Invite Lee in early' });
    unwrap(await service.handle({ type: 'cs:status', status: 'idle' }, MEET_SENDER));
    await expect.poll(() => calls.unread.at(-1)).toBe(2);
    unwrap(await service.handle({ type: 'ui:mark-read', upTo: T0 }, PAGE_SENDER));
    expect(calls.unread.at(-1)).toBe(1);
    unwrap(await service.handle({ type: 'ui:mark-read', upTo: T0 + 3_600_000 }, PAGE_SENDER));
    expect(calls.unread.at(-1)).toBe(0);
    const cfg = unwrap<{ intention: string | null }>(
      await service.handle({ type: 'cs:get-config', platform: 'meet' }, MEET_SENDER),
    );
    expect(cfg.intention).toBe('Invite Lee in early');
  });

  it('opens the full reflection when the end-of-call card asks', async () => {
    unwrap(await service.handle({ type: 'cs:open-reflection', id: 'session_new' }, MEET_SENDER));
    expect(calls.opened).toEqual(['session_new']);
  });

  it('keeps the latest health report and asks the reporting tab for a page sample', async () => {
    const { buildHealthReport } = await import('@/utils/diagnostics/health');
    const { SIGNALS } = await import('@/utils/meeting/constants');
    const diag = Object.fromEntries(SIGNALS.map((s) => [s, { state: 'ok', layer: 'data:x' }])) as never;
    const empty = unwrap<{ report: unknown }>(await service.handle({ type: 'ui:health' }, PAGE_SENDER));
    expect(empty.report).toBeNull();
    const noTab = await service.handle({ type: 'ui:capture' }, PAGE_SENDER);
    expect(noTab.ok).toBe(false);
    const report = buildHealthReport('meet', diag, T0);
    unwrap(await service.handle({ type: 'cs:health', report }, MEET_SENDER));
    const got = unwrap<{ report: unknown; live: boolean }>(
      await service.handle({ type: 'ui:health' }, PAGE_SENDER),
    );
    expect(got).toEqual({ report, live: true });
    const asked: number[] = [];
    const withCapture = makeService(store, clock, {
      hooks: {
        requestCapture: async (tab) => {
          asked.push(tab);
          return '<html>sample</html>';
        },
      },
    });
    unwrap(await withCapture.handle({ type: 'cs:health', report }, ZOOM_SENDER));
    const sample = unwrap<{ html: string }>(await withCapture.handle({ type: 'ui:capture' }, PAGE_SENDER));
    expect(sample.html).toBe('<html>sample</html>');
    expect(asked).toEqual([8]);
    const bad = await service.handle({ type: 'cs:health', report: { platform: 'meet' } }, MEET_SENDER);
    expect(bad.ok).toBe(false);
  });
  it('runs the call runtime in the tab a content script asks from, never for an extension page', async () => {
    const injected: number[] = [];
    const svc = makeService(store, clock, {
      hooks: {
        loadCallRuntime: async (tab) => {
          injected.push(tab);
        },
      },
    });
    expect(unwrap(await svc.handle({ type: 'cs:load-call' }, MEET_SENDER))).toEqual({ loaded: true });
    expect(unwrap(await svc.handle({ type: 'cs:load-call' }, ZOOM_SENDER))).toEqual({ loaded: true });
    expect((await svc.handle({ type: 'cs:load-call' }, PAGE_SENDER)).ok).toBe(false);
    expect(injected).toEqual([7, 8]);
    const failing = makeService(store, clock, {
      hooks: {
        loadCallRuntime: async () => {
          throw new Error('tab closed');
        },
      },
    });
    expect((await failing.handle({ type: 'cs:load-call' }, MEET_SENDER)).ok).toBe(false);
  });
});
