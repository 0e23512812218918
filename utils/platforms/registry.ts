/**
 * Every platform Rapport supports, found from the folders under `utils/platforms/`: a folder with a
 * `meta.ts` is a platform. Every list of platforms in the code derives from here (manifest matches and
 * host permissions are derived the same way in `wxt.config.ts`, which cannot use Vite's glob), so adding
 * a platform adds no line outside its folder. `tests/unit/utils/platforms/registry.test.ts` fails when a
 * folder is an adapter without a meta, fixtures, a simulator page or locale keys.
 */
import { hostIn, type PlatformMeta } from './meta';

export type { PlatformMeta } from './meta';

const found = import.meta.glob<PlatformMeta>('./*/meta.ts', { eager: true, import: 'default' });

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

export const registry: Registry = createRegistry(Object.values(found));
export const PLATFORM_IDS = registry.ids;
