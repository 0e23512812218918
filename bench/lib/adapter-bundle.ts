/**
 * The platform adapters as one IIFE for a simulated page (Vite, with the project's `@/` paths): the same
 * source the content scripts bundle, run in the page's own world so the benchmark can drive and time it
 * without the rest of the extension. Exposes `window.__benchAdapters = { createMeetAdapter, createZoomAdapter }`.
 * Vite rather than a bare esbuild call: the platform registry finds platforms with `import.meta.glob`, which
 * only Vite resolves (as it does for the content scripts themselves).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

let cached: Promise<string> | null = null;

async function bundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-adapters-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    "import { createMeetAdapter } from '@/utils/platforms/meet';\n" +
      "import { createZoomAdapter } from '@/utils/platforms/zoom';\n" +
      '(window as unknown as Record<string, unknown>).__benchAdapters = { createMeetAdapter, createZoomAdapter };\n',
  );
  try {
    const out = (await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      resolve: { alias: { '@': ROOT } },
      build: {
        write: false,
        target: 'chrome120',
        minify: false,
        lib: { entry, formats: ['iife'], name: 'rapportBenchAdapters', fileName: () => 'adapters.js' },
      },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const first = Array.isArray(out) ? out[0]! : out;
    const chunk = first.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
    if (!chunk) throw new Error('adapter bundle: no chunk');
    return chunk.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function adapterBundle(): Promise<string> {
  cached ??= bundle();
  return cached;
}
