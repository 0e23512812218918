/**
 * The demo: Chromium with the built extension plays the simulated 6-person Meet stand-up (~60 s) and
 * screenshots what a user would see — the call with the overlay pill, the expanded panel, the end-of-call
 * reflection card, the popup, the options page and the welcome page — into demo-output/.
 * Run through `npm run demo` (which builds first and finds a Chromium).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { getServiceWorker, guardNetwork, launchWithExtension } from '../tests/e2e/fixtures';
import { playScenario, serveMeet, waitForScenarioEnd, waitForSimReady } from '../tests/sim/driver';
import { sixPersonStandup } from '../tests/sim/scenarios';

const OUT = resolve(import.meta.dirname, '../demo-output');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  console.log(
    `Rapport demo: ${headless ? 'headless (no display found)' : 'in a window'}; screenshots → ${OUT}`,
  );
  const { context, close } = await launchWithExtension({ headless });
  const shots: string[] = [];
  const shot = async (page: import('@playwright/test').Page, name: string) => {
    const path = resolve(OUT, `${name}.png`);
    await page.screenshot({ path });
    shots.push(path);
    console.log(`  ✓ ${name}.png`);
  };
  try {
    const network = await guardNetwork(context);
    const worker = await getServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    const welcome = context.pages().find((p) => p.url().includes('welcome.html'));

    const url = await serveMeet(context, { scenario: sixPersonStandup });
    const page = await context.newPage();
    await page.goto(url);
    await waitForSimReady(page);
    console.log(
      `Playing "${sixPersonStandup.title}" (${sixPersonStandup.participants.length} people, ~60 s)…`,
    );
    await playScenario(page);
    const pill = page.locator('rapport-overlay .rp-pill');
    await pill.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(8_000); // let a few turns happen so the figures mean something
    await shot(page, '01-meet-call-with-overlay');
    await pill.click();
    await page.locator('rapport-overlay [data-testid="balance-bar"]').waitFor();
    await page.waitForTimeout(15_000);
    await shot(page, '02-overlay-expanded');
    await waitForScenarioEnd(page, 120_000);
    const card = page.frameLocator('iframe[src*="reflection.html"]');
    await card.getByRole('heading').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1_000);
    await shot(page, '03-end-of-call-reflection-card');

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('heading', { name: 'Rapport' }).waitFor();
    await popup.waitForTimeout(1_500);
    await shot(popup, '04-popup-reflection');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForTimeout(2_000);
    await shot(options, '05-options');

    const welcomePage = welcome ?? (await context.newPage());
    if (!welcome) await welcomePage.goto(`chrome-extension://${extensionId}/welcome.html`);
    await welcomePage.bringToFront();
    await welcomePage.waitForTimeout(500);
    await shot(welcomePage, '06-welcome');

    console.log(
      network.leaked.length === 0
        ? 'No network request left the browser.'
        : `Requests that would have left the browser (blocked): ${network.leaked.join(', ')}`,
    );
    console.log(`Done: ${shots.length} screenshots in ${OUT}`);
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
