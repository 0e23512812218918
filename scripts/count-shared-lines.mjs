// Copied code between two platform folders (issue 19 acceptance): the identical code lines present in the
// .ts files of both. A line counts after trimming when it is not blank, not a comment (`//`, `/*`, `*`),
// not an import, and not punctuation alone (`}`, `});`, `) {` — they match everywhere and say nothing).
// Each distinct line counts the smaller number of times it occurs in either folder.
// Usage: node scripts/count-shared-lines.mjs [dirA] [dirB] [--list]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const list = args.includes('--list');
const [a = 'utils/platforms/meet', b = 'utils/platforms/zoom'] = args.filter((x) => !x.startsWith('--'));

function lines(dir) {
  const counts = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        let inImport = false;
        for (const raw of readFileSync(p, 'utf8').split('\n')) {
          const l = raw.trim();
          if (inImport) {
            if (/\bfrom\s+['"]/.test(l)) inImport = false;
            continue;
          }
          if (/^import\b/.test(l)) {
            if (!/\bfrom\s+['"]|^import\s+['"]/.test(l)) inImport = true;
            continue;
          }
          if (!l || l.startsWith('//') || l.startsWith('/*') || l.startsWith('*')) continue;
          if (/^[\s{}()[\];,.]*$/.test(l)) continue;
          counts.set(l, (counts.get(l) ?? 0) + 1);
        }
      }
    }
  };
  walk(dir);
  return counts;
}

const la = lines(a);
const lb = lines(b);
let shared = 0;
const rows = [];
for (const [l, n] of la) {
  const m = lb.get(l);
  if (!m) continue;
  shared += Math.min(n, m);
  rows.push(`${Math.min(n, m)}\t${l}`);
}
if (list) console.log(rows.sort().join('\n'));
console.log(`${shared} identical code lines shared between ${a} and ${b}`);
