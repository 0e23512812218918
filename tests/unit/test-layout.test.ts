/**
 * Unit tests mirror source paths (DEVELOPERS.md): `tests/unit/<dir>/<name>.test.ts` tests `<dir>/<name>.ts`
 * (or `.tsx`, or `<dir>/<name>/index.ts`), and `tests/unit/sim/…` tests the simulator under `tests/sim/…`.
 * One aspect of a source may have its own file, `<name>.<aspect>.test.ts` (e.g. `reducer.property.test.ts`).
 * A test that is about no single source file sits in ALLOWED below, with the reason.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const UNIT = join(ROOT, 'tests/unit');

/** Cross-cutting tests: each checks a promise across many sources, not one of them. */
const ALLOWED: Record<string, string> = {
  'test-layout.test.ts': 'this file: the layout of tests/unit itself',
  'layers.test.ts': 'imports across utils/ and components/ (nothing under utils/ imports components/)',
  'i18n.test.ts': 'every locale file against every string table',
  'components/hostile-matrix.test.tsx': 'hostile page text through every view',
  'components/locales.test.tsx':
    'every view rendered in every locale: no key, missing message or English left',
  'components/options/i18n.test.ts': "the options page's message keys, read from all its sources",
  'utils/acks/corpus.test.ts': 'precision and recall of the detector over the whole acknowledgement corpus',
  'utils/diagnostics/replay.test.ts': "every platform's captured samples replayed through its readers",
  'utils/platforms/drift.test.ts': 'DOM drift on both adapters, through the model and health',
  'utils/platforms/sim-acks.test.ts': 'simulator → both adapters → acknowledgement detector',
  'utils/platforms/meet/sim-scenarios.test.ts': 'the Meet adapter against the simulator ground truth',
  'utils/platforms/zoom/sim-scenarios.test.ts': 'the Zoom adapter against the simulator ground truth',
};

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return /\.test\.tsx?$/.test(e.name) ? [relative(UNIT, p)] : [];
  });
}

/** The source a test file is named after, or null. `rel` is relative to tests/unit. */
function sourceOf(rel: string, exists: (p: string) => boolean = (p) => existsSync(join(ROOT, p))) {
  const m = /^(?:(.*)\/)?([^/]+)\.test\.tsx?$/.exec(rel);
  if (!m) return null;
  const dir = m[1] ?? '';
  const name = m[2]!;
  // The simulator is test code: its tests mirror tests/sim/.
  const base = dir === 'sim' || dir.startsWith('sim/') ? `tests/${dir}` : dir;
  const stems = [...new Set([name, name.split('.')[0]!])];
  for (const stem of stems) {
    const p = base ? `${base}/${stem}` : stem;
    for (const c of [`${p}.ts`, `${p}.tsx`, `${p}/index.ts`, `${p}/index.tsx`]) if (exists(c)) return c;
  }
  return null;
}

describe('tests/unit mirrors source paths', () => {
  const files = testFiles(UNIT).sort();

  it('every test file is named after the source it tests, or is an allowed cross-cutting test', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => !(f in ALLOWED) && sourceOf(f) === null)).toEqual([]);
  });

  it('the allow-list holds only files that exist and map to no source', () => {
    expect(Object.keys(ALLOWED).filter((f) => !files.includes(f) || sourceOf(f) !== null)).toEqual([]);
  });

  it('maps names, aspects, index files and the simulator, and nothing else', () => {
    const have = new Set(['utils/meeting/reducer.ts', 'components/popup/Popup.tsx', 'utils/acks/index.ts']);
    const has = (p: string) => have.has(p) || p === 'tests/sim/ground-truth.ts';
    expect(sourceOf('utils/meeting/reducer.test.ts', has)).toBe('utils/meeting/reducer.ts');
    expect(sourceOf('utils/meeting/reducer.property.test.ts', has)).toBe('utils/meeting/reducer.ts');
    expect(sourceOf('components/popup/Popup.test.tsx', has)).toBe('components/popup/Popup.tsx');
    expect(sourceOf('utils/acks.test.ts', has)).toBe('utils/acks/index.ts');
    expect(sourceOf('sim/ground-truth.test.ts', has)).toBe('tests/sim/ground-truth.ts');
    // Same name in another folder, or a name that is no source, does not count.
    expect(sourceOf('utils/store/reducer.test.ts', has)).toBeNull();
    expect(sourceOf('components/popup/popup-flow.test.tsx', has)).toBeNull();
  });
});
