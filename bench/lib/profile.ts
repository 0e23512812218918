/**
 * Self time per function from a CDP `Profiler.stop()` profile, for the extension's own code only, named by
 * source through the bench build's hidden source maps (bench/lib/build.ts): a minified `Ae` at column
 * 31,204 of meet.js becomes `syncParticipants (utils/platforms/meet/observer.ts)`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  name: string;
  file: string;
  ms: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decoded segments per generated line: [column, source, line, column, name?]. */
type Segment = [number, number, number, number, number | undefined];

interface SourceMap {
  sources: string[];
  names: string[];
  lines: Segment[][];
}

function decode(map: { sources: string[]; names: string[]; mappings: string }): SourceMap {
  const lines: Segment[][] = [];
  let src = 0;
  let line = 0;
  let col = 0;
  let name = 0;
  for (const text of map.mappings.split(';')) {
    let gen = 0;
    const segs: Segment[] = [];
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const v: number[] = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          v.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      gen += v[0]!;
      if (v.length < 4) continue;
      src += v[1]!;
      line += v[2]!;
      col += v[3]!;
      let n: number | undefined;
      if (v.length > 4) {
        name += v[4]!;
        n = name;
      }
      segs.push([gen, src, line, col, n]);
    }
    lines.push(segs);
  }
  return { sources: map.sources, names: map.names, lines };
}

function lookup(map: SourceMap, line: number, column: number): Segment | null {
  const segs = map.lines[line];
  if (!segs?.length) return null;
  let lo = 0;
  let hi = segs.length - 1;
  let best: Segment | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]![0] <= column) {
      best = segs[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A map's source as the repository names it (`../../../…/utils/x.ts` → `utils/x.ts`). */
const repoPath = (mapFile: string, source: string) => {
  const abs = resolve(dirname(mapFile), source);
  return abs.startsWith(ROOT) ? relative(ROOT, abs) : source;
};

/**
 * The extension's functions by self time, largest first. `extensionDir` is the built extension the
 * profile's `chrome-extension://<id>/…` URLs point into.
 */
export function extensionSelfTimes(profile: CpuProfile, extensionDir: string): SelfTime[] {
  const byNode = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // The i-th delta is the time before sample i; the time a sample stands for is the delta after it.
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + dt);
  }
  const maps = new Map<string, (SourceMap & { file: string }) | null>();
  const mapFor = (url: string) => {
    if (maps.has(url)) return maps.get(url)!;
    const file = `${join(extensionDir, new URL(url).pathname)}.map`;
    const m = existsSync(file) ? { ...decode(JSON.parse(readFileSync(file, 'utf8'))), file } : null;
    maps.set(url, m);
    return m;
  };
  const totals = new Map<string, SelfTime>();
  for (const [id, us] of selfUs) {
    const f = byNode.get(id)?.callFrame;
    if (!f || !/^(chrome|moz)-extension:\/\//.test(f.url)) continue;
    const map = mapFor(f.url);
    const seg = map ? lookup(map, f.lineNumber, f.columnNumber) : null;
    const file = seg ? repoPath(map!.file, map!.sources[seg[1]]!) : new URL(f.url).pathname.slice(1);
    const name =
      f.functionName ||
      (seg && seg[4] !== undefined ? map!.names[seg[4]]! : '') ||
      `(anonymous:${seg ? seg[2] + 1 : f.lineNumber + 1})`;
    // The minified name says nothing; the original one is at the function's start in the map.
    const original = seg && seg[4] !== undefined ? map!.names[seg[4]]! : null;
    const label = `${original ?? name}${seg ? `:${seg[2] + 1}` : ''}`;
    const key = `${file}\u0000${label}`;
    const t = totals.get(key) ?? { name: label, file, ms: 0 };
    t.ms += us / 1000;
    totals.set(key, t);
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}
