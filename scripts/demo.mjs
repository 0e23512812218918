// `npm run demo`: builds the extension, then plays a simulated 6-person Meet call (~60 s) and a short Zoom
// call (~40 s) in Chromium with the extension loaded — headed when a display exists, headless otherwise —
// imports three months of invented history, and writes screenshots to demo-output/: both overlays collapsed
// and expanded, the reflection card, the popup, the options page (Trends, People, History) and the welcome
// page. The last lines it prints list every file.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const chromiumPath = findChromium({ required: true, install: true });
const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) {
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo-run.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, RAPPORT_CHROMIUM: chromiumPath },
});
process.exit(r.status ?? 1);
