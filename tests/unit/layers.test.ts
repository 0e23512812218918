/**
 * The layers, checked on the source: page DOM → adapters → model → store → views, with `utils/` below
 * `components/`. Biome's `noRestrictedImports` (biome.json, overrides for utils/**) says the same at lint
 * time; this test fails `npm test` too, and also catches relative paths and dynamic imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Every module specifier a file names: static and type imports, re-exports, dynamic imports. */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const re = /(?:\bimport|\bexport)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;
  for (const m of code.matchAll(re)) out.push((m[1] ?? m[2])!);
  return out;
}

/** The repository path a specifier points at (null for packages and `#imports`). */
function target(file: string, spec: string): string | null {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return relative(ROOT, resolve(ROOT, dirname(file), spec));
  return null;
}

function violations(file: string, code: string): string[] {
  return specifiers(code)
    .filter((s) => target(file, s)?.split('/')[0] === 'components')
    .map((s) => `${file} imports ${s}`);
}

describe('layers', () => {
  it('the scanner sees every form of import', () => {
    const code = [
      "import { a } from '@/components/overlay/mount';",
      "import type {\n  B,\n} from '../../components/overlay/client';",
      "export { c } from '@/components/x';",
      "const d = await import('@/components/y');",
      "import '@/components/overlay/overlay.css';",
      "import { fine } from '@/utils/i18n';",
    ].join('\n');
    expect(violations('utils/content/x.ts', code)).toEqual([
      'utils/content/x.ts imports @/components/overlay/mount',
      'utils/content/x.ts imports ../../components/overlay/client',
      'utils/content/x.ts imports @/components/x',
      'utils/content/x.ts imports @/components/y',
      'utils/content/x.ts imports @/components/overlay/overlay.css',
    ]);
  });

  it('nothing under utils/ imports components/', () => {
    const files = sourceFiles('utils');
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => violations(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the content-script runtime lives in utils/content/, the adapters in utils/platforms/', () => {
    const platforms = readdirSync(join(ROOT, 'utils/platforms')).filter((f) => f.endsWith('.ts'));
    for (const runtime of ['run-adapter.ts', 'content-main.ts', 'call-pipeline.ts', 'roster.ts']) {
      expect(platforms).not.toContain(runtime);
      expect(readdirSync(join(ROOT, 'utils/content'))).toContain(runtime);
    }
  });
});
