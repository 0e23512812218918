/**
 * Playwright fixtures that launch Chromium with the built extension loaded, the way the extension runs for
 * a user: a persistent context, `--load-extension` on `.output/chrome-mv3`, headless. Every request that
 * would leave the machine is recorded and aborted from the moment the browser starts, and every test that
 * uses these fixtures fails at teardown if one was attempted (the `network` fixture is automatic), so the
 * whole e2e suite proves that nothing leaves the browser, not just the specs that remember to ask.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Hosts the simulated pages are served at; anything else requested by a page is a leak. */
const SIMULATED_HOSTS = [/^https:\/\/meet\.google\.com\//, /^https:\/\/([a-z0-9-]+\.)*zoom\.us\//];

export function chromiumArgs(extensionDir = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--autoplay-policy=no-user-gesture-required',
  ];
}

export async function launchWithExtension(
  opts: {
    headless?: boolean;
    userDataDir?: string;
    /** Extra Chromium switches, e.g. `--lang=ja` (the language `chrome.i18n` picks the messages in). */
    args?: string[];
  } = {},
): Promise<{
  context: BrowserContext;
  network: NetworkLog;
  close: () => Promise<void>;
}> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium({ required: true }),
    headless: opts.headless ?? true,
    args: [...chromiumArgs(), ...(opts.args ?? [])],
    viewport: { width: 1280, height: 800 },
  });
  const network = await guardNetwork(context);
  return {
    context,
    network,
    close: async () => {
      await context.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function getServiceWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return (
    existing ??
    context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') })
  );
}

export interface NetworkLog {
  /** Requests to hosts other than the simulated platforms and the extension itself. */
  leaked: string[];
  /** Leaks a test provokes on purpose (the guard's own test); anything else fails the test at teardown. */
  expected: string[];
}

const guards = new WeakMap<BrowserContext, NetworkLog>();

/**
 * Aborts and records every request that is not to the extension, a data/blob URL, or a simulated platform
 * host. Registered before the simulator's routes, so those (registered later) take precedence.
 */
export async function guardNetwork(context: BrowserContext): Promise<NetworkLog> {
  const existing = guards.get(context);
  if (existing) return existing;
  const log: NetworkLog = { leaked: [], expected: [] };
  guards.set(context, log);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(chrome-extension|data|blob):/.test(url)) return route.fallback();
    if (SIMULATED_HOSTS.some((re) => re.test(url))) return route.fallback();
    log.leaked.push(url);
    return route.abort('blockedbyclient');
  });
  // Requests from the extension's own service worker and pages are seen here as well.
  context.on('request', (req) => {
    const url = req.url();
    if (/^(chrome-extension|data|blob):/.test(url)) return;
    if (SIMULATED_HOSTS.some((re) => re.test(url))) return;
    if (!log.leaked.includes(url)) log.leaked.push(url);
  });
  return log;
}

const expect = base.expect;

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  network: NetworkLog;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument.
  context: async ({}, use) => {
    const { context, close } = await launchWithExtension();
    await use(context);
    await close();
  },
  network: [
    async ({ context }, use) => {
      const log = await guardNetwork(context);
      await use(log);
      expect(
        log.leaked.filter((url) => !log.expected.includes(url)),
        'requests that would have left the browser',
      ).toEqual([]);
    },
    { auto: true },
  ],
  extensionId: async ({ context }, use) => {
    const worker = await getServiceWorker(context);
    await use(new URL(worker.url()).host);
  },
});

export { expect };
