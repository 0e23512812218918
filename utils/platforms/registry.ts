/**
 * Every platform Rapport supports, found from the folders under `utils/platforms/`: a folder with a
 * `meta.ts` is a platform. Every list of platforms in the code derives from here (manifest matches and
 * host permissions are derived the same way in `wxt.config.ts`, which cannot use Vite's glob), so adding
 * a platform adds no line outside its folder. `tests/unit/utils/platforms/registry.test.ts` fails when a
 * folder is an adapter without a meta, fixtures, a simulator page or locale keys.
 */
import { hostIn, type PlatformMeta } from './meta';

export type { PlatformMeta } from './meta';

/**
 * Vite (the build, Vitest) turns the glob into the folders' metas. Plain Node (the bench, the demo and e2e
 * helpers run under tsx, which has no globs) has no `import.meta.glob`: there the folders are read from
 * disk and their `meta.ts` required through tsx's loader, by Node's own modules fetched without an import,
 * so no browser bundle ever references `node:` modules.
 */
function discover(): PlatformMeta[] {
  try {
    return Object.values(import.meta.glob<PlatformMeta>('./*/meta.ts', { eager: true, import: 'default' }));
  } catch {
    return discoverFromDisk();
  }
}

interface NodeBuiltins {
  getBuiltinModule?(id: string): unknown;
}

function discoverFromDisk(): PlatformMeta[] {
  const proc = (globalThis as { process?: NodeBuiltins }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  const mod = proc?.getBuiltinModule?.('node:module') as typeof import('node:module') | undefined;
  const url = proc?.getBuiltinModule?.('node:url') as typeof import('node:url') | undefined;
  if (!fs || !mod || !url)
    throw new Error('platform registry: no import.meta.glob and no Node to read folders');
  const dir = url.fileURLToPath(new URL('.', import.meta.url));
  const require = mod.createRequire(import.meta.url);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(`${dir}${d.name}/meta.ts`))
    .map((d) => (require(`./${d.name}/meta.ts`) as { default: PlatformMeta }).default);
}

export interface Registry {
  readonly metas: readonly PlatformMeta[];
  /** The ids, sorted; never empty (a zod enum needs one). */
  readonly ids: readonly [string, ...string[]];
  meta(id: string): PlatformMeta | undefined;
  isPlatformHost(host: string): boolean;
}

export function createRegistry(metas: readonly PlatformMeta[]): Registry {
  const sorted = [...metas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = sorted.map((m) => m.id);
  if (ids.length === 0) throw new Error('no platform registered');
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate platform id in ${ids.join(', ')}`);
  const byId = new Map(sorted.map((m) => [m.id, m]));
  const hosts = sorted.flatMap((m) => m.hosts);
  return {
    metas: sorted,
    ids: ids as [string, ...string[]],
    meta: (id) => byId.get(id),
    isPlatformHost: (host) => hostIn(host, hosts),
  };
}

export const registry: Registry = createRegistry(discover());
export const PLATFORM_IDS = registry.ids;
