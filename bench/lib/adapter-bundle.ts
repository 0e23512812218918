/**
 * The platform adapters as one IIFE for a simulated page (esbuild, with the project's `@/` paths): the same
 * source the content scripts bundle, run in the page's own world so the benchmark can drive and time it
 * without the rest of the extension. Exposes `window.__benchAdapters = { createMeetAdapter, createZoomAdapter }`.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cached: Promise<string> | null = null;

export function adapterBundle(): Promise<string> {
  cached ??= build({
    stdin: {
      contents:
        "import { createMeetAdapter } from '@/utils/platforms/meet';\n" +
        "import { createZoomAdapter } from '@/utils/platforms/zoom';\n" +
        'window.__benchAdapters = { createMeetAdapter, createZoomAdapter };\n',
      resolveDir: ROOT,
      loader: 'ts',
    },
    alias: { '@': ROOT.replace(/\/$/, '') },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    legalComments: 'none',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return cached;
}
