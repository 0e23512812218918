/** @vitest-environment happy-dom */
/**
 * Replay: an anonymised page sample is a fixture. Every file in each platform's captures folder
 * (tests/fixtures/<platform>/captures/, or the one its replay.ts names) — the committed samples generated
 * below, and any sample a user attached to a bug report that a developer drops in — must parse through the
 * platform's readers with a known phase.
 *
 * The committed samples are regenerated from the fixtures with a fixed salt and date (file snapshots):
 * after a deliberate change to the capture format run `npx vitest run tests/unit/utils/diagnostics -u`.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureSkeleton } from '@/utils/diagnostics/capture';
import { registry } from '@/utils/platforms/registry';
import { zoomAdapter } from '@/utils/platforms/zoom';
import {
  allFixtures,
  FIXTURES,
  htmlFiles,
  parseHtml,
  readFixture,
  replayPlatforms,
  summarise,
} from './replay-helpers';

const FIXED = {
  salt: 'rapport-committed-fixture',
  now: new Date('2026-09-15T10:00:00.000Z'),
  version: 'fixture',
};

function fixture(platform: 'meet' | 'zoom', file: string) {
  const f = allFixtures().find((x) => x.platform === platform && x.file === file);
  if (!f) throw new Error(`fixture ${platform}/${file} missing`);
  return f;
}

/** Zoom as users have it: the PWA shell whose meeting lives in the same-origin iframe#webclient. */
function zoomShellWith(file: string): { top: Document; frame: Document } {
  const top = parseHtml(readFixture(fixture('zoom', 'pwa-shell.html')));
  const frame = parseHtml(readFixture(fixture('zoom', file)));
  Object.defineProperty(top.querySelector('iframe#webclient')!, 'contentDocument', { get: () => frame });
  return { top, frame };
}

describe('committed samples', () => {
  it('meet/captures/2026-09-current.sample.html is the capture of variants/2026-09-current.html', async () => {
    const doc = parseHtml(readFixture(fixture('meet', '2026-09-current.html')));
    const out = captureSkeleton(doc, { platform: 'meet', ...FIXED });
    expect(summarise('meet', parseHtml(out))).toEqual(summarise('meet', doc));
    await expect(out).toMatchFileSnapshot(join(FIXTURES, 'meet/captures/2026-09-current.sample.html'));
  });

  it('zoom/captures/pwa-gallery-host-pane.sample.html is the PWA shell with its meeting frame inlined', async () => {
    const { top, frame } = zoomShellWith('gallery-host-pane-2026-11.html');
    const out = captureSkeleton(top, { platform: 'zoom', frames: zoomAdapter.meetingFrames, ...FIXED });
    expect(out).toContain('data-rapport-frame="inlined"');
    expect(summarise('zoom', parseHtml(out))).toEqual(summarise('zoom', frame));
    await expect(out).toMatchFileSnapshot(join(FIXTURES, 'zoom/captures/pwa-gallery-host-pane.sample.html'));
  });
});

describe("every platform's samples replay through its readers", () => {
  it('every registered platform has a replay (its tests folder holds a replay.ts)', () => {
    const have = replayPlatforms().map((r) => r.id);
    expect(registry.ids.filter((id) => !have.includes(id))).toEqual([]);
  });

  for (const r of replayPlatforms()) {
    const files = htmlFiles(r.capturesDir);

    it(`${r.id}: finds at least one sample in ${relative(process.cwd(), r.capturesDir)}`, () => {
      expect(files.length).toBeGreaterThan(0);
    });

    for (const file of files) {
      it(`${r.id}/captures/${file}: a known phase, readers do not throw`, () => {
        const html = readFixture({ platform: r.id, dir: r.capturesDir, file });
        expect(html).toContain('Rapport anonymised page sample');
        const doc = parseHtml(html);
        const sum = summarise(r.id, doc);
        expect(sum.phase).not.toBe('unknown');
        if (sum.phase === 'in_call') expect(sum.participants).toBeGreaterThan(0);
      });
    }
  }
});
