/**
 * Node side of the simulator, for Playwright tests, `npm run demo` and the benchmark: serves simulated
 * meeting pages at the real platform URLs through `context.route`, so the built extension's real content
 * scripts run on them, and controls playback.
 *
 * Every other request to the platform hosts gets a 404, Zoom avatars are answered locally (Meet's are inline
 * data: URLs), and (unless
 * `blockOtherHosts: false`) any other http(s) request from the context is aborted, so nothing leaves the
 * machine.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { pageBundle } from './build';
import { computeGroundTruth, type GroundTruth } from './ground-truth';
import type { SimConfig } from './page/runtime';
import { parseScenario, type Scenario, type ScenarioInput } from './scenario';

export type { GroundTruth } from './ground-truth';
export type { SimConfig } from './page/runtime';
export type { Scenario, ScenarioInput } from './scenario';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixturePath(platform: 'meet' | 'zoom', name: string): string {
  return `${FIXTURES}${platform}/${name.endsWith('.html') ? name : `${name}.html`}`;
}

function readFixture(platform: 'meet' | 'zoom', name: string): string {
  return readFileSync(fixturePath(platform, name), 'utf8');
}

/** Puts the config and the runtime bundle at the end of <body>; JSON is escaped so text cannot close the tag. */
export function injectRuntime(html: string, cfg: SimConfig, bundle: string): string {
  const json = JSON.stringify(cfg)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, '');
  const scripts =
    `<script>window.__rapportSimConfig = ${json};</script>\n` +
    `<script>${bundle.replace(/<\/script/gi, '<\\/script')}</script>\n`;
  const i = html.lastIndexOf('</body>');
  return i < 0 ? html + scripts : html.slice(0, i) + scripts + html.slice(i);
}

// ---------------------------------------------------------------------------------------------------------
// Hosts served per context, and the catch-all that keeps everything else on the machine.

const served = new WeakMap<BrowserContext, Set<string>>();

async function claimHost(context: BrowserContext, host: string, block: boolean): Promise<void> {
  let hosts = served.get(context);
  if (!hosts) {
    hosts = new Set();
    served.set(context, hosts);
    if (block) {
      const set = hosts;
      // Registered first, so the per-host routes (registered later) take precedence over it.
      await context.route(
        (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !set.has(url.host),
        (route) => route.abort('blockedbyclient'),
      );
    }
  }
  hosts.add(host);
}

function avatarSvg(seed: number): string {
  const hue = (seed * 67) % 360;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" ` +
    `fill="hsl(${hue},55%,45%)"/><circle cx="32" cy="26" r="12" fill="#fff" fill-opacity=".8"/>` +
    `<rect x="14" y="42" width="36" height="18" rx="9" fill="#fff" fill-opacity=".8"/></svg>`
  );
}

/** What a simulated host answers to one request: the same for Playwright's routes and other drivers. */
export interface SimResponse {
  status: number;
  contentType: string;
  body: string;
}

/**
 * One simulated platform site: its meeting URL and a pure responder for every request to its host. Drivers
 * other than Playwright's (tests/firefox, through puppeteer's request interception) serve the same pages.
 */
export interface SimSite {
  /** The meeting's URL, e.g. https://meet.google.com/kfw-pzne-hbu */
  url: string;
  host: string;
  respond(url: URL, method: string): SimResponse;
}

const htmlResponse = (body: string): SimResponse => ({
  status: 200,
  contentType: 'text/html; charset=utf-8',
  body,
});
const NOT_FOUND: SimResponse = { status: 404, contentType: 'text/plain', body: 'Not Found' };

async function routeSite(context: BrowserContext, site: SimSite, block: boolean): Promise<string> {
  await claimHost(context, site.host, block);
  await context.route(`https://${site.host}/**`, (route: Route) => {
    const r = site.respond(new URL(route.request().url()), route.request().method());
    return route.fulfill({ status: r.status, contentType: r.contentType, body: r.body });
  });
  return site.url;
}

// ---------------------------------------------------------------------------------------------------------
// Meet

export interface ServeMeetOptions {
  scenario: Scenario | ScenarioInput;
  /** Fixture file under tests/fixtures/meet/; defaults to the one matching the scenario's first phase. */
  fixture?: string;
  /** Meeting code in the URL; defaults to the scenario's. */
  code?: string;
  autoplay?: boolean;
  /** Playback speed multiplier (1 = real time). Ground truth stays on the scenario clock. */
  speed?: number;
  blockOtherHosts?: boolean;
  /** Render a drifted Meet DOM (health-view tests); absent = the current shape. */
  drift?: SimConfig['drift'];
}

const MEET_FIXTURE_FOR_PHASE = { lobby: 'lobby', waiting: 'waiting', 'in-call': 'in-call' } as const;

export async function meetSite(opts: ServeMeetOptions): Promise<SimSite> {
  const scenario = parseScenario(opts.scenario);
  const code = opts.code ?? scenario.meetingCode;
  const cfg: SimConfig = {
    platform: 'meet',
    scenario: { ...scenario, meetingCode: code },
    autoplay: opts.autoplay ?? false,
    speed: opts.speed ?? 1,
    ...(opts.drift ? { drift: opts.drift } : {}),
  };
  const page = injectRuntime(
    readFixture('meet', opts.fixture ?? MEET_FIXTURE_FOR_PHASE[scenario.initialPhase]),
    cfg,
    await pageBundle(),
  );
  return {
    url: `https://meet.google.com/${code}`,
    host: 'meet.google.com',
    respond: (url, method) =>
      url.pathname === `/${code}` && method === 'GET' ? htmlResponse(page) : NOT_FOUND,
  };
}

export async function serveMeet(context: BrowserContext, opts: ServeMeetOptions): Promise<string> {
  return routeSite(context, await meetSite(opts), opts.blockOtherHosts ?? true);
}

// ---------------------------------------------------------------------------------------------------------
// Zoom

export interface ServeZoomOptions {
  scenario: Scenario | ScenarioInput;
  client: 'classic' | 'new';
  /** true: the meeting lives in a same-origin iframe#webclient inside the PWA shell. */
  inFrame: boolean;
  view?: 'speaker' | 'gallery';
  autoplay?: boolean;
  speed?: number;
  /** Defaults to app.zoom.us; e.g. `us05web.zoom.us` for a vanity-style host. */
  host?: string;
  meetingId?: string;
  blockOtherHosts?: boolean;
}

export function zoomMeetingPath(client: 'classic' | 'new', id: string): string {
  return client === 'classic' ? `/wc/join/${id}` : `/wc/${id}/join`;
}

export async function zoomSite(opts: ServeZoomOptions): Promise<SimSite> {
  const scenario = parseScenario(opts.scenario);
  const host = opts.host ?? 'app.zoom.us';
  const id = opts.meetingId ?? scenario.zoomMeetingId;
  const path = zoomMeetingPath(opts.client, id);
  const bundle = await pageBundle();
  const zoom = {
    client: opts.client,
    view: opts.view ?? 'speaker',
    host,
    meetingId: id,
    inFrame: opts.inFrame,
  };
  const meetingFixture =
    scenario.initialPhase === 'lobby'
      ? `${opts.client}-prejoin`
      : scenario.initialPhase === 'waiting'
        ? 'waiting-room'
        : `${opts.client}-meeting`;
  const meetingDoc = injectRuntime(
    readFixture('zoom', meetingFixture),
    {
      platform: 'zoom',
      scenario: { ...scenario, zoomMeetingId: id },
      autoplay: opts.autoplay ?? false,
      speed: opts.speed ?? 1,
      zoom: { ...zoom, role: 'meeting' },
    },
    bundle,
  );
  const frameSrc = `${path}?fromPWA=1&webclient=1`;
  const shellDoc = injectRuntime(
    readFixture('zoom', 'pwa-shell').replace(
      /(<iframe id="webclient"[^>]*\ssrc=")[^"]*(")/,
      `$1${frameSrc}$2`,
    ),
    {
      platform: 'zoom',
      scenario,
      autoplay: false,
      zoom: { ...zoom, role: 'shell' },
    },
    bundle,
  );
  return {
    url: `https://${host}${path}${opts.client === 'new' && opts.inFrame ? '?fromPWA=1' : ''}`,
    host,
    respond(url, method) {
      if (method === 'GET' && url.pathname === path) {
        if (!opts.inFrame || url.searchParams.get('webclient') === '1') return htmlResponse(meetingDoc);
        return htmlResponse(shellDoc);
      }
      const avatar = /^\/p\/sim-avatar-(\d+)\.svg$/.exec(url.pathname);
      if (avatar) return { status: 200, contentType: 'image/svg+xml', body: avatarSvg(Number(avatar[1])) };
      return NOT_FOUND;
    },
  };
}

export async function serveZoom(context: BrowserContext, opts: ServeZoomOptions): Promise<string> {
  return routeSite(context, await zoomSite(opts), opts.blockOtherHosts ?? true);
}

// ---------------------------------------------------------------------------------------------------------
// Playback control

export interface PageSimState {
  platform: 'meet' | 'zoom';
  phase: string;
  playing: boolean;
  ended: boolean;
  endReason: string | null;
  startedAt: number | null;
  elapsedMs: number;
  eventsApplied: number;
  eventsTotal: number;
  speaking: string[];
}

export async function waitForSimReady(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(() => window.__rapportSim?.state !== undefined, null, { timeout: timeoutMs });
}

/** Starts playback (for pages served without autoplay). Resolves once the player runs. */
export async function playScenario(page: Page): Promise<void> {
  await waitForSimReady(page);
  await page.evaluate(() => window.__rapportSim!.play());
  await page.waitForFunction(() => {
    const s = window.__rapportSim?.state;
    return !!s && (s.playing || s.ended);
  });
}

export async function getSimState(page: Page): Promise<PageSimState> {
  return (await page.evaluate(() => window.__rapportSim?.state ?? null)) as PageSimState;
}

/** Waits until the scenario has played to its end (end screen shown, or durationMs reached). */
export async function waitForScenarioEnd(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(() => window.__rapportSim?.state?.ended === true, null, {
    timeout: timeoutMs,
    polling: 100,
  });
}

export function groundTruth(scenario: Scenario | ScenarioInput): GroundTruth {
  return computeGroundTruth(parseScenario(scenario));
}
