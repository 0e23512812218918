/**
 * Firefox ESR with the built Firefox add-on (.output/firefox-mv2), the way a user runs it: a fresh profile,
 * the unpacked build installed as a temporary add-on, headless. Two channels drive it:
 *
 * - WebDriver BiDi through puppeteer-core (no geckodriver, no browser download) for web pages: the simulated
 *   Meet/Zoom pages are served at their real https URLs by request interception, so the real manifest matches
 *   and the real content scripts run.
 * - Firefox's Remote Debugging Protocol (./rdp.ts) for everything under moz-extension://, which Firefox's
 *   BiDi does not expose (it reports those frames as about:blank and refuses to evaluate in or navigate to
 *   them). The add-on's internal UUID is fixed before install (`extensions.webextensions.uuids`), so its
 *   pages have known URLs; they are opened by the extension itself (`browser.tabs.create` from the welcome
 *   tab it opens on install), which makes them ordinary tabs.
 *
 * Nothing leaves the machine, and the tests prove it twice: every page request that is not to a simulated
 * host is aborted and recorded, and Firefox's whole network goes through a local proxy (./guard-proxy.ts)
 * that refuses and records every connection, which also covers the add-on's own pages, its background page
 * and Firefox itself. Either list non-empty fails the test (tests/firefox/fixtures.ts).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/find-firefox.mjs';
import type { SimSite } from '../sim/driver';
import { startGuardProxy } from './guard-proxy';
import { RdpClient } from './rdp';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

export interface NetworkLog {
  /** Requests that would have left the machine: from pages (aborted) and from anything else (refused). */
  leaked: string[];
  /** Leaks a test provokes on purpose (the guard's own test); anything else fails the test at teardown. */
  expected: string[];
}

export interface ExtensionTab {
  url: string;
  /** Evaluates a JS expression (it may return a promise) in the page; returns its JSON value. */
  eval<T = unknown>(expression: string): Promise<T>;
}

interface TabForm {
  actor: string;
  url: string;
  title: string;
}

interface AddonForm {
  actor: string;
  id: string;
  backgroundScriptStatus?: 'RUNNING' | 'STOPPED';
  persistentBackgroundScript?: boolean;
  temporarilyInstalled?: boolean;
  warnings?: string[];
}

export interface FirefoxSession {
  browser: Browser;
  rdp: RdpClient;
  geckoId: string;
  /** `moz-extension://<uuid>/` */
  base: string;
  /** Where Firefox saves downloads (the options page's export). */
  downloadDir: string;
  network: NetworkLog;
  /** A new tab showing a simulated meeting, served at its real URL. */
  openSim(site: SimSite): Promise<Page>;
  /** The first tab whose URL starts with `base + path`, once its document has loaded. */
  extensionTab(path: string, timeoutMs?: number): Promise<ExtensionTab>;
  /** Has the extension open `path` in a new tab (as it opens its own pages) and returns it. */
  openExtensionPage(path: string): Promise<ExtensionTab>;
  /** Sends a `ui:*` message from an extension page, as the popup/options do, and unwraps the envelope. */
  ui<T>(message: Record<string, unknown>): Promise<T>;
  /** Frames under the tab at `tabUrl` whose URL starts with `base + path` (e.g. the end-of-call card). */
  extensionFrame(tabUrl: string, path: string, timeoutMs?: number): Promise<ExtensionTab>;
  addon(): Promise<AddonForm>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export async function poll<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const v = await probe();
      if (v !== null && v !== undefined && v !== false) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

const SIMULATED_HOST = /^https:\/\/(meet\.google\.com|([a-z0-9-]+\.)*zoom\.us)\//;
const LOCAL_SCHEME = /^(data|blob|about|moz-extension):/;

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const network: NetworkLog = { leaked: [], expected: [] };
  const proxy = await startGuardProxy((what) => network.leaked.push(`${what} (via Firefox's network)`));
  // (The proxy sees https only as `CONNECT host:port`: Firefox does not resolve names itself behind it.)
  const rdpPort = await freePort();
  const downloadDir = mkdtempSync(join(tmpdir(), 'rapport-ff-downloads-'));

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox({ required: true }),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--start-debugger-server', String(rdpPort)],
    env: {
      ...process.env,
      // Release builds only honour `services.settings.server` (pointed at a dummy by puppeteer) with this
      // set; otherwise Firefox fetches Remote Settings from Mozilla at start.
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
    },
    extraPrefsFirefox: {
      // The add-on's moz-extension:// host, fixed before install so its pages have known URLs.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // The debugger server (RDP), local only, without the prompt.
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
      // Every connection Firefox makes goes to the guard proxy, which refuses it: localhost too.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.socks_remote_dns': true,
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.predictor.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // The options page's export is a real download into this folder.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // The simulator's camera feeds are canvas streams in <video>: let them play, as Chromium's flag does.
      'media.autoplay.default': 0,
      'media.autoplay.blocking_policy': 0,
    },
  });

  let rdp: RdpClient | null = null;
  const close = async () => {
    rdp?.close();
    await browser.close().catch(() => {});
    await proxy.close();
    rmSync(downloadDir, { recursive: true, force: true });
  };

  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
    rdp = await RdpClient.connect(rdpPort);
  } catch (err) {
    await close();
    throw err;
  }
  const client = rdp;
  const base = `moz-extension://${uuid}/`;

  const tabs = async () => (await client.request<{ tabs: TabForm[] }>('root', 'listTabs')).tabs;
  const consoleOf = async (tab: TabForm) =>
    (await client.request<{ frame: { consoleActor: string } }>(tab.actor, 'getTarget')).frame.consoleActor;
  const asTab = (url: string, consoleActor: string): ExtensionTab => ({
    url,
    eval: (expression) => client.evaluate(consoleActor, expression),
  });

  const extensionTab = async (path: string, timeoutMs = 15_000) =>
    poll(
      `a tab at ${base}${path}`,
      async () => {
        const tab = (await tabs()).find((t) => t.url.startsWith(base + path));
        if (!tab) return null;
        const consoleActor = await consoleOf(tab);
        const ready = await client.evaluate<string>(consoleActor, 'document.readyState');
        return ready === 'complete' ? asTab(tab.url, consoleActor) : null;
      },
      timeoutMs,
    );

  // The welcome page the add-on opens on install: the extension page the harness talks through.
  const home = await extensionTab('welcome.html').catch(async (err) => {
    await close();
    throw err;
  });

  const openExtensionPage = async (path: string) => {
    const before = new Set((await tabs()).map((t) => t.actor));
    await home.eval(`browser.tabs.create({ url: ${JSON.stringify(`/${path}`)} }).then(() => true)`);
    return poll(`the new tab at ${path}`, async () => {
      const tab = (await tabs()).find((t) => !before.has(t.actor) && t.url.startsWith(base + path));
      if (!tab) return null;
      const consoleActor = await consoleOf(tab);
      const ready = await client.evaluate<string>(consoleActor, 'document.readyState');
      return ready === 'complete' ? asTab(tab.url, consoleActor) : null;
    });
  };

  const ui = async <T>(message: Record<string, unknown>): Promise<T> => {
    const env = await home.eval<{ ok: boolean; data?: T; error?: string }>(
      `browser.runtime.sendMessage(${JSON.stringify(message)})`,
    );
    if (!env?.ok) throw new Error(env?.error ?? 'no answer');
    return env.data as T;
  };

  // Frame targets per tab, from the tab's watcher (the way the devtools toolbox lists a page's frames).
  const frames = new Map<string, Map<string, { url: string; consoleActor: string }>>();
  client.on('packet', (p) => {
    const known = frames.get(p.from);
    if (!known) return;
    const target = p.target as { actor: string; url: string; consoleActor: string } | undefined;
    if (p.type === 'target-available-form' && target) known.set(target.actor, target);
    if (p.type === 'target-destroyed-form' && target) known.delete(target.actor);
  });
  const extensionFrame = async (tabUrl: string, path: string, timeoutMs = 20_000) => {
    const tab = await poll(`the tab at ${tabUrl}`, async () => (await tabs()).find((t) => t.url === tabUrl));
    const watcher = await client.request<{ actor: string }>(tab.actor, 'getWatcher', {
      isServerTargetSwitchingEnabled: true,
    });
    if (!frames.has(watcher.actor)) {
      frames.set(watcher.actor, new Map());
      await client.request(watcher.actor, 'watchTargets', { targetType: 'frame' });
    }
    const known = frames.get(watcher.actor)!;
    return poll(
      `a frame at ${base}${path} in ${tabUrl}`,
      async () => {
        for (const t of known.values()) {
          if (!t.url.startsWith(base + path)) continue;
          const ready = await client.evaluate<string>(t.consoleActor, 'document.readyState');
          if (ready === 'complete') return asTab(t.url, t.consoleActor);
        }
        return null;
      },
      timeoutMs,
    );
  };

  const addon = async () => {
    const { addons } = await client.request<{ addons: AddonForm[] }>('root', 'listAddons');
    const mine = addons.find((a) => a.id === geckoId);
    if (!mine) throw new Error(`${geckoId} is not installed`);
    return mine;
  };

  const sites = new Map<string, SimSite>();
  const openSim = async (site: SimSite) => {
    sites.set(site.host, site);
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      const url = req.url();
      if (LOCAL_SCHEME.test(url)) return void req.continue().catch(() => {});
      const parsed = new URL(url);
      const served = SIMULATED_HOST.test(url) ? sites.get(parsed.host) : undefined;
      if (served) {
        const r = served.respond(parsed, req.method());
        return void req
          .respond({ status: r.status, contentType: r.contentType, body: r.body })
          .catch(() => {});
      }
      network.leaked.push(url);
      return void req.abort('blockedbyclient').catch(() => {});
    });
    await page.goto(site.url);
    return page;
  };

  return {
    browser,
    rdp: client,
    geckoId,
    base,
    downloadDir,
    network,
    openSim,
    extensionTab,
    openExtensionPage,
    ui,
    extensionFrame,
    addon,
    close,
  };
}
