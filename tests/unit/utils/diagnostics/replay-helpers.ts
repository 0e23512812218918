/**
 * What the replay tests compare between a page and its anonymised capture: the reader results that do not
 * depend on what anything is called (phase, counts, presence). Each platform brings its own summariser,
 * beside its tests, as the default export of a `replay.ts`: `tests/unit/utils/platforms/<id>/replay.ts`
 * for the registered platforms, `tests/platforms/<id>/replay.ts` for a test-only one. They are found here
 * by folder, so a platform's samples replay with no edit outside its folder (replay.test.ts requires one
 * for every registered platform).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READY_STATE_ATTR } from '@/utils/diagnostics/capture';
import type { SelectorChain } from '@/utils/platforms/dom';

export const FIXTURES = join(process.cwd(), 'tests/fixtures');

export interface Summary {
  phase: string;
  participants: number;
  tiles: number;
  self: boolean;
  speaking: number;
  camera: number;
  muted: number;
  captions: boolean;
  captionEntries: number;
  chat: boolean;
  chatMessages: number;
}

/** One platform's replay: where its pages and samples are, and what its readers see on a page. */
export interface ReplayPlatform {
  /** The platform id (a registered one, or a test-only platform's). */
  id: string;
  /** Folders of fixture pages (every `.html` in them), not the captures. */
  fixtureDirs: readonly string[];
  /** Folder of anonymised page samples, each of which must replay with a known phase. */
  capturesDir: string;
  /** Same-origin frames a capture inlines (the adapter's `meetingFrames`). */
  meetingFrames?: SelectorChain;
  summarise(doc: Document): Summary;
  /** Names, ids, caption and chat texts the readers see on a page: none may survive a capture. */
  personalStrings(doc: Document): string[];
}

const FOUND = import.meta.glob<ReplayPlatform>(
  ['../platforms/*/replay.ts', '../../../platforms/*/replay.ts'],
  {
    eager: true,
    import: 'default',
  },
);

/** Every platform's replay, by id (sorted). */
export function replayPlatforms(): ReplayPlatform[] {
  const all = Object.values(FOUND).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = all.map((r) => r.id);
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate replay platform in ${ids.join(', ')}`);
  return all;
}

export function replayOf(platform: string): ReplayPlatform {
  const r = replayPlatforms().find((x) => x.id === platform);
  if (!r) throw new Error(`no replay.ts for platform ${platform}`);
  return r;
}

export interface FixtureFile {
  platform: string;
  dir: string;
  file: string;
}

export function htmlFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort();
  } catch {
    return [];
  }
}

/** Every fixture page of every platform (top level and variants; not the captures themselves). */
export function allFixtures(): FixtureFile[] {
  return replayPlatforms().flatMap((r) =>
    r.fixtureDirs.flatMap((dir) => htmlFiles(dir).map((file) => ({ platform: r.id, dir, file }))),
  );
}

export function setReadyState(v: Element, n: number): void {
  Object.defineProperty(v, 'readyState', { configurable: true, get: () => n });
}

/** Parse HTML the way the fixture loaders do: static HTML cannot set `video.readyState`, attributes do. */
export function parseHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const v of doc.querySelectorAll('video')) {
    const a = v.getAttribute(READY_STATE_ATTR) ?? v.getAttribute('data-test-ready-state');
    if (a !== null) setReadyState(v, Number(a));
  }
  return doc;
}

export function readFixture(f: FixtureFile): string {
  return readFileSync(join(f.dir, f.file), 'utf8');
}

export function summarise(platform: string, doc: Document): Summary {
  return replayOf(platform).summarise(doc);
}

export function personalStrings(platform: string, doc: Document): string[] {
  const out = replayOf(platform).personalStrings(doc);
  return [...new Set(out.map((s) => s.trim()))].filter((s) => s.length >= 3);
}
