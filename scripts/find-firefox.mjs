// Finds a Firefox for the Firefox end-to-end tests without ever downloading one: RAPPORT_FIREFOX /
// FIREFOX_PATH, then the system's (Debian's /usr/bin/firefox-esr and friends). puppeteer-core drives it over
// WebDriver BiDi, so no geckodriver is needed. As root with apt-get available it can install Debian's
// firefox-esr package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

const INSTALL_HINT =
  'No Firefox found. Install Firefox ESR (140 or newer), e.g. on Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`,\n' +
  'or point RAPPORT_FIREFOX at a Firefox binary (140+; the tests drive it over WebDriver BiDi, no geckodriver needed).';

export function findFirefox({ required = false, install = false } = {}) {
  for (const env of ['RAPPORT_FIREFOX', 'FIREFOX_PATH']) {
    const p = process.env[env];
    if (p) {
      if (existsSync(p)) return p;
      throw new Error(`${env}=${p} does not exist.`);
    }
  }
  for (const p of SYSTEM_PATHS) if (existsSync(p)) return p;
  if (install && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Firefox ESR from Debian packages (apt-get install -y firefox-esr)…');
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr', {
      stdio: 'inherit',
    });
    if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  }
  if (required) {
    console.error(INSTALL_HINT);
    process.exit(2);
  }
  return null;
}
