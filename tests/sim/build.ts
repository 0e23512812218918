/**
 * Bundles the page runtime (tests/sim/page/runtime.ts) into one IIFE string with esbuild, once per process.
 * esbuild comes with vite; the bundle has no imports at run time, so served pages load nothing else.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

let cached: Promise<string> | null = null;

export function pageBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [fileURLToPath(new URL('./page/runtime.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: false,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((r) => {
    const out = r.outputFiles[0];
    if (!out) throw new Error('esbuild produced no output for the sim runtime');
    return out.text;
  });
  return cached;
}
