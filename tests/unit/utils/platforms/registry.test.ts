import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySender } from '@/utils/background/sender';
import { PLATFORMS } from '@/utils/meeting/constants';
import { hostIn } from '@/utils/platforms/meta';
import { createRegistry, registry } from '@/utils/platforms/registry';
import { DEFAULT_SETTINGS, settingsSchema } from '@/utils/store/settings';
import { metaFolders, platformProblems, unregisteredFolders } from './registry-check';

const root = process.cwd();
const PLATFORMS_DIR = join(root, 'utils/platforms');
const LOCALES = readdirSync(join(root, 'public/_locales')).map((l) =>
  join(root, 'public/_locales', l, 'messages.json'),
);

describe('platform registry', () => {
  it('finds every platform folder, the same list wxt.config.ts builds the manifest from', () => {
    expect(registry.ids).toEqual(metaFolders(PLATFORMS_DIR));
    expect([...PLATFORMS]).toEqual([...registry.ids]);
    expect(registry.ids.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves no adapter folder unregistered', () => {
    expect(unregisteredFolders(PLATFORMS_DIR)).toEqual([]);
  });

  for (const meta of registry.metas) {
    it(`${meta.id}: its folder name is its id, and it has fixtures, a simulator page and locale keys`, () => {
      expect(metaFolders(PLATFORMS_DIR)).toContain(meta.id);
      expect(
        platformProblems({
          meta,
          fixturesDir: join(root, 'tests/fixtures', meta.id),
          simPage: join(root, 'tests/sim/page', `${meta.id}.ts`),
          localeFiles: LOCALES,
        }),
      ).toEqual([]);
    });
  }

  it('the check fails for a folder without meta, fixtures, simulator page or locale keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-platforms-'));
    mkdirSync(join(dir, 'teamsish'));
    writeFileSync(join(dir, 'teamsish', 'index.ts'), 'export {};\n');
    expect(unregisteredFolders(dir)).toEqual(['teamsish']);
    const problems = platformProblems({
      meta: {
        id: 'Teams',
        labelKey: 'platform_teamsish',
        settingsLabelKey: 'platform_teamsish_settings',
        matches: ['https://teams.example.com/*'],
        cardMatches: [],
        hosts: ['other.example.com'],
        participantsAdviceKey: 'health_advice_open_people',
      },
      fixturesDir: join(dir, 'none'),
      simPage: join(dir, 'none.ts'),
      localeFiles: LOCALES,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('not lower-case'),
        expect.stringContaining('outside the platform'),
        expect.stringContaining('no fixture pages'),
        expect.stringContaining('no simulator page'),
        expect.stringContaining('lacks platform_teamsish'),
      ]),
    );
  });

  it('refuses duplicate and empty registries', () => {
    const m = registry.metas[0]!;
    expect(() => createRegistry([m, m])).toThrow(/duplicate/);
    expect(() => createRegistry([])).toThrow(/no platform/);
  });

  it('derives the sender allow-list from the platforms’ hosts', () => {
    const ext = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
    for (const meta of registry.metas) {
      for (const h of meta.hosts) {
        const host = h.startsWith('.') ? `eu01${h}` : h;
        expect(classifySender({ id: 'ext', url: `https://${host}/x`, tab: {} }, ext)).toBe('content');
      }
    }
    expect(classifySender({ id: 'ext', url: 'https://example.com/x', tab: {} }, ext)).toBeNull();
    expect(hostIn('evilzoom.us', ['.zoom.us'])).toBe(false);
    expect(hostIn('a.b.zoom.us', ['.zoom.us'])).toBe(true);
    expect(hostIn('ZOOM.US', ['.zoom.us'])).toBe(true);
  });

  it('keeps a per-platform setting for every platform, on by default, also in settings saved before it', () => {
    for (const id of registry.ids) {
      expect(DEFAULT_SETTINGS.platforms[id]).toBe(true);
      expect(DEFAULT_SETTINGS.overlayPositions[id]).toBeNull();
    }
    const old = structuredClone(DEFAULT_SETTINGS) as { platforms: Record<string, boolean> };
    delete old.platforms[registry.ids[0]];
    const parsed = settingsSchema.parse(old);
    expect(parsed.platforms[registry.ids[0]]).toBe(true);
  });
});
