/**
 * Builds the extension for the benchmark into its own directory (not `.output`, which other work in the
 * same checkout builds into), once per bench process, through WXT's programmatic `build` with the project
 * config plus an `outDir` override.
 */
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * One directory per checkout: several checkouts of the repository on one machine (worktrees) would
 * otherwise reuse each other's build, since a build is reused when it is newer than this checkout's sources.
 */
export const BENCH_OUT =
  process.env.RAPPORT_BENCH_OUT ??
  join(tmpdir(), `rapport-bench-output-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`);

const builds = new Map<string, Promise<string>>();

/**
 * Returns the built directory, e.g. `<BENCH_OUT>/chrome-mv3`. `npm run bench` runs each bench in its own
 * process, so a build is reused when it is newer than every source file (see `newestSource`).
 * RAPPORT_BENCH_HEAD=1 builds the committed tree (HEAD) instead of the working tree; a working tree that
 * does not build falls back to HEAD with a note.
 */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): Promise<string> {
  const dir = join(BENCH_OUT, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  let p = builds.get(browser);
  if (!p) {
    p = (async () => {
      const stamp = join(dir, '.bench-built-at');
      const wantHead = process.env.RAPPORT_BENCH_HEAD === '1';
      if (existsSync(stamp) && statSync(stamp).mtimeMs > newestSource()) {
        const built = readFileSync(stamp, 'utf8');
        if (wantHead ? built.startsWith(`HEAD ${headSha()}`) : built === 'working tree') return dir;
        // Nothing changed since the working tree last failed to build: the HEAD build stands, said so.
        if (!wantHead && built.endsWith('(the working tree did not build)')) {
          console.log(`  note: measuring ${built}`);
          return dir;
        }
      }
      let from = 'working tree';
      try {
        if (wantHead) {
          from = `HEAD ${headSha()}`;
          await wxtBuild(headSnapshot(), browser);
        } else await wxtBuild(ROOT, browser);
      } catch (e) {
        if (wantHead) throw e;
        // Others edit this checkout while the bench runs; a half-finished edit must not stop the figures.
        const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
        console.log(
          `  note: the working tree does not build (${firstLine(e)}); measuring HEAD ${sha} instead`,
        );
        await wxtBuild(headSnapshot(), browser);
      }
      if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`wxt build produced no ${dir}`);
      writeFileSync(stamp, from);
      return dir;
    })();
    builds.set(browser, p);
  }
  return p;
}

/** Rollup's comment-annotation warnings (zod) would drown the figures: the build's output is held and printed only with RAPPORT_BENCH_VERBOSE=1. */
async function wxtBuild(root: string, browser: 'chrome' | 'firefox'): Promise<void> {
  const { build } = await import('wxt');
  const held: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const hold = ((chunk: string | Uint8Array) => {
    held.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = hold;
  process.stderr.write = hold;
  // Source maps beside the bundles (not referenced from them, so the bundles are the shipped bytes): the
  // CPU profile's top functions are named by source file (content-overhead.bench.ts); size.bench skips them.
  const sourcemap = process.env.RAPPORT_SOURCEMAP;
  process.env.RAPPORT_SOURCEMAP = 'hidden';
  try {
    await build({ root, browser, outDir: BENCH_OUT, logger: quietLogger(held) });
  } finally {
    if (sourcemap === undefined) delete process.env.RAPPORT_SOURCEMAP;
    else process.env.RAPPORT_SOURCEMAP = sourcemap;
    process.stdout.write = out;
    process.stderr.write = err;
    if (process.env.RAPPORT_BENCH_VERBOSE === '1') console.error(held.join(''));
  }
}

const firstLine = (e: unknown) => {
  const c = (e as { cause?: unknown }).cause;
  return String((c as Error)?.message ?? (e as Error)?.message ?? e)
    .split('\n')[0]!
    .slice(0, 160);
};

const headSha = () => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();

let snapshot: string | null = null;

/** The committed tree (git archive HEAD) in a temporary directory, sharing this checkout's node_modules. */
function headSnapshot(): string {
  if (snapshot) return snapshot;
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-head-'));
  execSync(`git archive HEAD | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT, stdio: 'pipe' });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  snapshot = dir;
  return dir;
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
