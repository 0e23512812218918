// `npm run demo`: builds the extension, then plays a simulated 6-person Meet call (~60 s) in Chromium with
// the extension loaded — headed when a display exists, headless otherwise — and writes screenshots of the
// call, the overlay, the popup and the options page to demo-output/.
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
