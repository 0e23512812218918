// Copied code between two platform folders (issue 19 acceptance). Two counts over the .ts files of both:
// - identical lines: a line counts after trimming when it is not blank, not a comment (`//`, `/*`, `*`),
//   not an import, and not punctuation alone (`}`, `});`, `) {`: they match everywhere and say nothing);
//   each distinct line counts the smaller number of times it occurs in either folder. This still counts
//   type members (`layer: string | null;`) and one-word statements (`return {`, `break;`) that two
//   readers share by coincidence.
// - lines in copied runs: lines of folder A inside a run of at least `--run` (default 3) consecutive such
//   lines that stands the same in some file of folder B: copied logic comes in blocks.
// Usage: node scripts/count-shared-lines.mjs [dirA] [dirB] [--list] [--file=observer.ts] [--run=3]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const list = args.includes('--list');
const only = args.find((x) => x.startsWith('--file='))?.slice(7);
const minRun = Number(args.find((x) => x.startsWith('--run='))?.slice(6) ?? 3);
const [a = 'utils/platforms/meet', b = 'utils/platforms/zoom'] = args.filter((x) => !x.startsWith('--'));

function codeLines(file) {
  const out = [];
  let inImport = false;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
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
    out.push(l);
  }
  return out;
}

function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && (!only || e.name === only)) out.push(p);
    }
  };
  walk(dir);
  return out.map((p) => ({ p, lines: codeLines(p) }));
}

const fa = files(a);
const fb = files(b);
const count = (fs) => {
  const m = new Map();
  for (const f of fs) for (const l of f.lines) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
};
const ca = count(fa);
const cb = count(fb);
let shared = 0;
const rows = [];
for (const [l, n] of ca) {
  const m = cb.get(l);
  if (!m) continue;
  shared += Math.min(n, m);
  rows.push(`${Math.min(n, m)}\t${l}`);
}

// Runs: per pair of files, the common runs of consecutive lines (classic longest-common-substring table).
let inRuns = 0;
const runRows = [];
for (const x of fa) {
  const marked = new Set();
  for (const y of fb) {
    let prev = new Array(y.lines.length + 1).fill(0);
    for (let i = 1; i <= x.lines.length; i++) {
      const cur = new Array(y.lines.length + 1).fill(0);
      for (let j = 1; j <= y.lines.length; j++) {
        if (x.lines[i - 1] !== y.lines[j - 1]) continue;
        cur[j] = prev[j - 1] + 1;
        if (cur[j] >= minRun) for (let k = 0; k < cur[j]; k++) marked.add(i - 1 - k);
      }
      prev = cur;
    }
  }
  inRuns += marked.size;
  for (const i of [...marked].sort((p, q) => p - q)) runRows.push(`${x.p}\t${x.lines[i]}`);
}

if (list) {
  console.log(rows.sort().join('\n'));
  if (runRows.length) console.log(`-- in runs of ${minRun}+:\n${runRows.join('\n')}`);
}
console.log(`${shared} identical code lines shared between ${a} and ${b}${only ? ` (${only})` : ''}`);
console.log(`${inRuns} of them in runs of ${minRun}+ consecutive identical lines (copied blocks)`);
