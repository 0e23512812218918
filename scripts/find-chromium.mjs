// Finds a Chromium for Playwright without ever downloading one: RAPPORT_CHROMIUM / CHROMIUM_PATH,
// then the system's (Debian's /usr/bin/chromium and friends), then a Playwright-managed build if this
// machine happens to have one. As root with apt-get available it can install Debian's package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-for-testing',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const INSTALL_HINT =
  'No Chromium found. Install one, e.g. on Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`,\n' +
  'or point RAPPORT_CHROMIUM at a Chromium or Chrome for Testing binary (branded Chrome cannot load unpacked extensions from the command line).';

function playwrightOwn() {
  try {
    // Only uses a browser already on disk; never triggers a download.
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

export function findChromium({ required = false, install = false } = {}) {
  for (const env of ['RAPPORT_CHROMIUM', 'CHROMIUM_PATH']) {
    const p = process.env[env];
    if (p) {
      if (existsSync(p)) return p;
      throw new Error(`${env}=${p} does not exist.`);
    }
  }
  for (const p of SYSTEM_PATHS) if (existsSync(p)) return p;
  const own = playwrightOwn();
  if (own) return own;
  if (install && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium from Debian packages (apt-get install -y chromium)…');
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', {
      stdio: 'inherit',
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  if (required) {
    console.error(INSTALL_HINT);
    process.exit(2);
  }
  return null;
}
