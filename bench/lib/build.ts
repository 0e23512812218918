/**
 * Builds the extension for the benchmark into its own directory (not `.output`, which other work in the
 * same checkout builds into), once per bench process, through WXT's programmatic `build` with the project
 * config plus an `outDir` override.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = [
  'entrypoints',
  'utils',
  'components',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'tsconfig.json',
];

/** Newest modification time of anything that goes into the build; a build newer than it is reused. */
function newestSource(): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const d of readdirSync(p)) walk(join(p, d));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const s of SOURCES) walk(join(ROOT, s));
  return newest;
}

export const BENCH_OUT = process.env.RAPPORT_BENCH_OUT ?? join(tmpdir(), 'rapport-bench-output');

const builds = new Map<string, Promise<string>>();

/**
 * Returns the built directory, e.g. `<BENCH_OUT>/chrome-mv3`. `npm run bench` runs each bench in its own
 * process, so a build is reused when it is newer than every source file (see `newestSource`).
 */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): Promise<string> {
  const dir = join(BENCH_OUT, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  let p = builds.get(browser);
  if (!p) {
    p = (async () => {
      const stamp = join(dir, '.bench-built-at');
      if (existsSync(stamp) && statSync(stamp).mtimeMs > newestSource()) return dir;
      const { build } = await import('wxt');
      // Rollup's comment-annotation warnings (zod) would drown the figures: hold all output of the build
      // and print it only if the build fails.
      const held: string[] = [];
      const out = process.stdout.write.bind(process.stdout);
      const err = process.stderr.write.bind(process.stderr);
      const hold = ((chunk: string | Uint8Array) => {
        held.push(String(chunk));
        return true;
      }) as typeof process.stdout.write;
      process.stdout.write = hold;
      process.stderr.write = hold;
      try {
        await build({ browser, outDir: BENCH_OUT, logger: quietLogger(held) });
      } catch (e) {
        process.stdout.write = out;
        process.stderr.write = err;
        console.error(held.join(''));
        throw e;
      } finally {
        process.stdout.write = out;
        process.stderr.write = err;
      }
      if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`wxt build produced no ${dir}`);
      writeFileSync(stamp, new Date().toISOString());
      return dir;
    })();
    builds.set(browser, p);
  }
  return p;
}

function quietLogger(held: string[]) {
  const keep = (...args: unknown[]) => void held.push(`${args.map(String).join(' ')}\n`);
  return {
    debug: keep,
    log: keep,
    info: keep,
    warn: keep,
    error: keep,
    fatal: keep,
    success: keep,
    level: 0,
  };
}
