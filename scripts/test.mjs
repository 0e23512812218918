// `npm test`: everything, in the order that fails fastest — typecheck, lint/format, unit tests, build and
// store zips (Chrome MV3 and Firefox MV2 + sources), Mozilla's `web-ext lint` on the Firefox build (fails
// on errors, prints warnings), then e2e on the built extensions: Chrome MV3 in headless Chromium and
// Firefox MV2 in headless Firefox ESR (two Playwright projects, see playwright.config.ts). Ends with one line
// `N passed, N failed` summing unit and e2e tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { findFirefox } from './find-firefox.mjs';

// Both browsers come from the system (as root with apt-get, they are installed); none is downloaded.
const chromiumPath = findChromium({ required: true, install: true });
const firefoxPath = findFirefox({ required: true, install: true });
const env = { ...process.env, RAPPORT_CHROMIUM: chromiumPath, RAPPORT_FIREFOX: firefoxPath };
// Outside test-results/: Playwright empties that folder when it starts.
const reports = 'reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function step(title, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${title}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${title} failed (${secs}s)`);
    return false;
  }
  console.log(`✔ ${title} (${secs}s)`);
  return true;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let ok =
  step('typecheck', npx, ['tsc', '--noEmit']) &&
  step('lint', npx, ['biome', 'ci', '.']) &&
  step('unit tests', npx, [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/unit.json`,
  ]) &&
  // `wxt zip` builds, then packs what the stores take: .output/rapport-<version>-{chrome,firefox,sources}.zip
  step('build + zip chrome', npx, ['wxt', 'zip']) &&
  step('build + zip firefox', npx, ['wxt', 'zip', '-b', 'firefox']) &&
  // The linter addons.mozilla.org runs on upload; offline, it exits non-zero only on errors. The remaining
  // warnings are Preact's own innerHTML branch (dangerouslySetInnerHTML, which Rapport never uses).
  step('web-ext lint (firefox)', npx, [
    'web-ext',
    'lint',
    '--source-dir',
    '.output/firefox-mv2',
    '--self-hosted=false',
    '--boring',
  ]);
if (ok) {
  ok = step('e2e tests (Chromium, Firefox)', npx, ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json`,
  });
}

let passed = 0;
let failed = 0;
try {
  const unit = JSON.parse(readFileSync(`${reports}/unit.json`, 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} catch {}
try {
  const e2e = JSON.parse(readFileSync(`${reports}/e2e.json`, 'utf8'));
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
} catch {}
if (!ok && failed === 0) failed = 1; // a step that failed before any test ran is still a failure
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
