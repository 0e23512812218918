// `npm run test:e2e [-- <playwright args>]`: the end-to-end suites alone, on an existing build (`npm run
// build` first), with the system's Chromium and Firefox found as `npm test` finds them.
// `npm run test:e2e -- --project=firefox` runs only the Firefox suite.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';
import { findFirefox } from './find-firefox.mjs';

const env = {
  ...process.env,
  RAPPORT_CHROMIUM: findChromium({ required: true }),
  RAPPORT_FIREFOX: findFirefox({ required: true }),
};
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const r = spawnSync(npx, ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
