/**
 * The meeting page cannot read the overlay (issue 24). The platform's own scripts share the DOM with the
 * overlay, so everything here is read from the page's MAIN world (`page.evaluate` and an init script that runs
 * before any page script, as the platform's code would): the host's shadow root is closed, the host carries
 * no name or figure in its attributes or light DOM, no overlay text shows in the document's text, markup,
 * selection or mutation records, a page that wraps `Element.prototype.attachShadow` (and `ShadowRoot` /
 * `Node` insertion methods) before the content script runs gets nothing — the content script runs in an
 * isolated world with its own prototypes, which this checks rather than assumes —, clicks inside the overlay
 * show the page no inner nodes, no `::part` or pseudo-element exposes text, and the toggle command and the
 * overlay post no message the page can hear.
 *
 * What the overlay shows is read from the test's side through the DevTools protocol (helpers.ts,
 * `overlayLocator`), so the test knows which strings must not leak and cannot pass on an empty overlay.
 */
import type { Page, Worker } from '@playwright/test';
import { playScenario, serveMeet, serveZoom } from '../sim/driver';
import type { Scenario } from '../sim/scenario';
import { twoPerson, zoomSmall } from '../sim/scenarios';
import { expect, getServiceWorker, test } from './fixtures';
import { evaluateInOverlayWorld, overlayLocator, simElapsed } from './helpers';

/** The scenario, ended at 120 s instead of 10 s: the checks run while the overlay is up, never racing the end. */
function longer<S extends { steps: readonly { type: string }[] }>(s: S): S {
  return {
    ...s,
    steps: [...s.steps.filter((x) => x.type !== 'end'), { at: 120_000, type: 'end', reason: 'left' }],
  };
}

/** What a page script could do before the content script runs: keep every shadow root, watch every change. */
function spyOnThePage() {
  const w = window as unknown as {
    __spy: { roots: ShadowRoot[]; texts: string[]; messages: string[]; paths: string[][]; wrapped: number };
  };
  const spy = {
    roots: [] as ShadowRoot[],
    texts: [] as string[],
    messages: [] as string[],
    paths: [] as string[][],
    wrapped: 0,
  };
  w.__spy = spy;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    spy.roots.push(root);
    return root;
  };
  // Whatever is inserted anywhere through the page's prototypes is seen here.
  const wrap = <P extends object>(proto: P, method: keyof P) => {
    const original = proto[method] as unknown as (...args: unknown[]) => unknown;
    (proto as Record<keyof P, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
      spy.wrapped += 1;
      for (const a of args) spy.texts.push(a instanceof Node ? (a.textContent ?? '') : String(a));
      return original.apply(this, args);
    };
  };
  wrap(Node.prototype, 'appendChild');
  wrap(Node.prototype, 'insertBefore');
  wrap(Element.prototype, 'append');
  wrap(Element.prototype, 'prepend');
  wrap(DocumentFragment.prototype, 'append');
  const record = (records: MutationRecord[]) => {
    for (const r of records) {
      for (const n of r.addedNodes) spy.texts.push(n.textContent ?? '');
      if (r.type === 'characterData') spy.texts.push(r.target.textContent ?? '');
      if (r.type === 'attributes' && r.target instanceof Element) {
        spy.texts.push(r.target.getAttribute(r.attributeName ?? '') ?? '');
      }
    }
  };
  const start = () =>
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
  window.addEventListener(
    'message',
    (e) => spy.messages.push(JSON.stringify(e.data) ?? String(e.data)),
    true,
  );
  for (const type of ['click', 'pointerdown', 'focusin', 'keydown']) {
    window.addEventListener(
      type,
      (e) => spy.paths.push(e.composedPath().map((n) => (n as Node).nodeName ?? String(n))),
      true,
    );
  }
}

/** Sends what the background's `toggle-overlay` command listener sends, to the tab on `urlPattern`. */
async function sendToggleCommand(worker: Worker, urlPattern: string): Promise<void> {
  await worker.evaluate(async (pattern) => {
    type Chrome = {
      tabs: {
        query(q: { url: string }): Promise<{ id?: number }[]>;
        sendMessage(id: number, m: unknown): Promise<unknown>;
      };
    };
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await c.tabs.query({ url: pattern });
    if (tab?.id === undefined) throw new Error(`no tab on ${pattern}`);
    await c.tabs.sendMessage(tab.id, { type: 'bg:toggle-overlay' });
  }, urlPattern);
}

/** Every text and attribute value the overlay shows, read through the protocol (never by the page). */
function overlayStrings(page: Page): Promise<string[]> {
  return evaluateInOverlayWorld(
    page,
    () => {
      const root = document.querySelector('rapport-overlay')?.shadowRoot;
      if (!root) throw new Error('overlay not reachable');
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.localName !== 'style') out.push(n.textContent ?? '');
      }
      for (const el of root.querySelectorAll('[title], [aria-label]')) {
        out.push(el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '');
      }
      return out.map((s) => s.trim()).filter((s) => s.length > 0);
    },
    null,
  );
}

async function expectUnreadable(page: Page, worker: Worker, urlPattern: string, scenario: Scenario) {
  const names = scenario.participants.map((p) => p.name);
  const host = await overlayLocator(page);
  await playScenario(page);
  await expect.poll(() => simElapsed(page), { timeout: 30_000 }).toBeGreaterThan(8_000);
  // Expanded, with a real click, so rows with names and figures are on screen and the page saw a click.
  await host.locator('.rp-pill').click();
  await expect(host.locator('.rp-row')).toHaveCount(names.length);

  const shown = await overlayStrings(page);
  // The page itself shows the names (tiles, captions); a string leaks if the page can read it and only
  // the overlay has it. Figures and the overlay's own words are only the overlay's.
  const pageOwn = await page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector('rapport-overlay')?.remove();
    return clone.outerHTML;
  });
  const secrets = [...new Set(shown)].filter((s) => !pageOwn.includes(s));
  // Not vacuous: every name is in the overlay, and it shows figures only it has.
  for (const name of names)
    expect(
      shown.some((s) => s.includes(name)),
      `${name} in the overlay`,
    ).toBe(true);
  expect(
    secrets.filter((s) => /\d/.test(s)).length,
    `figures among ${JSON.stringify(secrets)}`,
  ).toBeGreaterThan(2);

  // The toggle command, twice (hidden, shown again): the page must hear nothing of it.
  await sendToggleCommand(worker, urlPattern);
  await expect(host.locator('.rp-root')).toBeHidden();
  await sendToggleCommand(worker, urlPattern);
  await expect(host.locator('.rp-root')).toBeVisible();

  const seen = await page.evaluate(() => {
    const el = document.querySelector('rapport-overlay') as HTMLElement;
    const spy = (
      window as unknown as {
        __spy: {
          roots: ShadowRoot[];
          texts: string[];
          messages: string[];
          paths: string[][];
          wrapped: number;
        };
      }
    ).__spy;
    const selection = getSelection()!;
    selection.selectAllChildren(document.body);
    const selected = selection.toString();
    selection.removeAllRanges();
    // A page can style parts and pseudo-elements of the host, and read them back with getComputedStyle.
    const style = document.createElement('style');
    style.textContent =
      'rapport-overlay::part(pill), rapport-overlay::part(panel), rapport-overlay::part(row) { outline: 3px solid red; }';
    document.head.append(style);
    const pseudo = ['::before', '::after', '::marker'].map((p) => getComputedStyle(el, p).content);
    return {
      shadowRoot: el.shadowRoot === null ? null : 'a root',
      shadowRootText: el.shadowRoot?.textContent ?? '',
      childNodes: el.childNodes.length,
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a page script could scrape.
      hostText: `${el.textContent}|${el.innerText}`,
      attributes: [...el.attributes].map((a) => `${a.name}=${a.value}`),
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a page script could scrape.
      bodyInnerText: document.body.innerText,
      documentText: document.documentElement.textContent ?? '',
      markup: document.documentElement.outerHTML,
      selected,
      pseudo,
      hostContent: getComputedStyle(el).content,
      capturedHosts: spy.roots.map((r) => r.host.localName),
      capturedText: spy.roots.map((r) => r.textContent ?? '').join('\n'),
      controlCaptured: (() => {
        // Proves the page's hook works: a root the page attaches itself is captured.
        const probe = document.createElement('div');
        probe.attachShadow({ mode: 'closed' });
        return spy.roots.some((r) => r.host === probe);
      })(),
      wrappedCalls: (() => {
        // …and so does its insertion hook, for the page's own insertions.
        const before = spy.wrapped;
        document.body.append(document.createElement('span'));
        return spy.wrapped - before;
      })(),
      mutationText: spy.texts.join('\n'),
      messages: spy.messages,
      paths: spy.paths.filter((p) => p.includes('RAPPORT-OVERLAY')),
    };
  });

  // What an open root would hand the page first (`host.shadowRoot.textContent`), then the root itself.
  for (const s of secrets)
    expect(seen.shadowRootText.includes(s), `host.shadowRoot holds "${s}"`).toBe(false);
  expect(seen.shadowRoot, 'host.shadowRoot from the page').toBeNull();
  expect(seen.childNodes, 'light DOM of the host').toBe(0);
  expect(seen.hostText).toBe('|');
  for (const a of seen.attributes) {
    for (const s of [...names, ...secrets])
      expect(a.includes(s), `host attribute ${a} holds "${s}"`).toBe(false);
    expect(/\d+\s?%/.test(a), `host attribute ${a} holds a share`).toBe(false);
  }
  expect(seen.controlCaptured, "the page's attachShadow hook works").toBe(true);
  expect(seen.wrappedCalls, "the page's insertion hook works").toBe(1);
  expect(seen.capturedHosts, 'roots the page captured').not.toContain('rapport-overlay');
  expect(
    seen.pseudo.every((c) => c === 'none' || c === 'normal'),
    `pseudo content ${seen.pseudo}`,
  ).toBe(true);
  expect(['none', 'normal']).toContain(seen.hostContent);
  for (const s of secrets) {
    expect(seen.bodyInnerText.includes(s), `body.innerText holds "${s}"`).toBe(false);
    expect(seen.documentText.includes(s), `textContent holds "${s}"`).toBe(false);
    expect(seen.markup.includes(s), `outerHTML holds "${s}"`).toBe(false);
    expect(seen.selected.includes(s), `select-all holds "${s}"`).toBe(false);
    expect(seen.capturedText.includes(s), `a captured root holds "${s}"`).toBe(false);
    expect(seen.mutationText.includes(s), `the page's hooks saw "${s}"`).toBe(false);
    for (const m of seen.messages) expect(m.includes(s), `message ${m} holds "${s}"`).toBe(false);
  }
  for (const m of seen.messages) {
    for (const name of names) expect(m.includes(name), `message ${m} holds ${name}`).toBe(false);
  }
  // The page saw the click, retargeted at the host: no node inside the overlay is in any event's path.
  expect(seen.paths.length, 'events from the overlay the page heard').toBeGreaterThan(0);
  for (const p of seen.paths) expect(p[0], `composedPath ${p.join(' > ')}`).toBe('RAPPORT-OVERLAY');

  // No element of the overlay is a part, so `::part()` selects nothing; and piercing for this test left the
  // page's world as it was.
  const parts = await evaluateInOverlayWorld(
    page,
    () =>
      document.querySelector('rapport-overlay')?.shadowRoot?.querySelectorAll('[part], [exportparts]').length,
    null,
  );
  expect(parts).toBe(0);
  expect(await page.evaluate(() => document.querySelector('rapport-overlay')?.shadowRoot ?? null)).toBeNull();
}

test('on a Meet call the page reads nothing of the overlay from its own world', async ({ context }) => {
  const worker = await getServiceWorker(context);
  await context.addInitScript(spyOnThePage);
  const page = await context.newPage();
  const scenario = longer(twoPerson);
  await page.goto(await serveMeet(context, { scenario }));
  await expectUnreadable(page, worker, 'https://meet.google.com/*', scenario);
});

test('on a Zoom call (web client in the PWA frame) the page reads nothing of the overlay either', async ({
  context,
}) => {
  const worker = await getServiceWorker(context);
  await context.addInitScript(spyOnThePage);
  const page = await context.newPage();
  const scenario = longer(zoomSmall);
  await page.goto(await serveZoom(context, { scenario, client: 'classic', inFrame: true }));
  await expectUnreadable(page, worker, 'https://app.zoom.us/*', scenario);
});
