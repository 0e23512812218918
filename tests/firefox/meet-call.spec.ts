/**
 * A Meet call in Firefox, start to finish: the overlay, figures that match the script's ground truth in the
 * export, the end-of-call card on the end screen, the full reflection it opens (rated and saved), and the
 * options page's export → delete everything → import round trip, which gives back exactly what was there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ExportFile, near } from '../e2e/helpers';
import { groundTruth, meetSite } from '../sim/driver';
import { poll } from './firefox';
import { expect, test } from './fixtures';
import { waitForScenarioEnd } from './helpers';
import { releaseCheckin } from './scenarios';

test.setTimeout(4 * 60_000);

/** Clicks the button whose text matches, in an extension page (BiDi cannot reach it; see firefox.ts). */
const clickButton = (text: RegExp) =>
  `(() => { const b = [...document.querySelectorAll('button')].find((el) => ${text}.test(el.textContent)); if (!b) return false; b.click(); return true; })()`;

test('a Meet call in Firefox: figures match the script, the card and reflection follow, and the data survives export → delete → import', async ({
  firefox,
}) => {
  const site = await meetSite({ scenario: releaseCheckin, autoplay: true });
  const page = await firefox.openSim(site);
  await page.waitForSelector('rapport-overlay', { timeout: 15_000 });
  await waitForScenarioEnd(page, 200_000);
  await page.waitForFunction(() => document.querySelector('rapport-overlay') === null, { timeout: 15_000 });

  // Figures, through the export, against the script.
  let meeting: ExportFile['meetings'][number] | undefined;
  await expect
    .poll(async () => {
      meeting = (await firefox.ui<ExportFile>({ type: 'ui:export' })).meetings.find(
        (m) => m.meetingCode === releaseCheckin.meetingCode,
      );
      return meeting?.endReason;
    })
    .toBe('left');
  const truth = groundTruth(releaseCheckin);
  const startedLate = Math.max(0, truth.durationMs - meeting!.durationMs);
  const figures = meeting!.participants.map((p) => ({
    name: p.displayName,
    speakingMs: p.speakingMs,
    turns: p.turns,
    cameraOnMs: p.cameraOnMs,
  }));
  // Printed for the record (the README's "figures" habit): export vs script, per person.
  console.log(
    'Firefox Meet call, export vs ground truth:',
    JSON.stringify({
      durationMs: meeting!.durationMs,
      truthDurationMs: truth.durationMs,
      exported: figures,
      truth: Object.values(truth.participants).map((p) => ({
        name: p.name,
        speakingMs: p.speakingMs,
        turns: p.turns,
        cameraOnMs: p.cameraOnMs,
      })),
    }),
  );
  expect(startedLate, JSON.stringify(figures)).toBeLessThan(1500);
  for (const p of Object.values(truth.participants)) {
    const got = meeting!.participants.find((q) => q.displayName === p.name);
    expect(got, p.name).toBeDefined();
    expect(
      near(got!.speakingMs, p.speakingMs, 0.02, 500),
      `${p.name} speaking ${got!.speakingMs} vs ${p.speakingMs}`,
    ).toBe(true);
    expect(got!.turns, `${p.name} turns`).toBe(p.turns);
    const camera = p.camera.reduce((a, [s, e]) => a + Math.max(0, e - Math.max(s, startedLate)), 0);
    expect(near(got!.cameraOnMs, camera, 0, 1000), `${p.name} camera ${got!.cameraOnMs} vs ${camera}`).toBe(
      true,
    );
  }
  expect(meeting!.participants.find((p) => p.displayName === 'Tariq Aziz')!.speakingMs).toBe(0);
  // Captions reach the acknowledgement detection in Firefox too: Ilse's spoken thanks to Mirela.
  const nameOf = new Map(meeting!.participants.map((p) => [p.id, p.displayName]));
  const acks = meeting!.acknowledgements.map(
    (a) => `${nameOf.get(a.fromId ?? '')} → ${nameOf.get(a.toId)}: ${a.kind}`,
  );
  expect(acks).toContain('Ilse Verhoeven → Mirela Popescu: thanks');

  // The end-of-call card: an extension frame on Meet's end screen, with prompts (the call was long enough).
  const card = await firefox.extensionFrame(page.url(), 'reflection.html?card=1');
  await expect
    .poll(() => card.eval<number>("document.querySelectorAll('.rp-card .rp-prompt').length"))
    .toBeGreaterThan(0);
  // "Open full reflection", clicked as a user would: a real click through the page at the button's place.
  const frameBox = await (await page.$('pierce/iframe[src*="reflection.html"]'))!.boundingBox();
  // The card scrolls inside its frame once it has prompts: bring the button into the frame's view first.
  const button = await card.eval<{ x: number; y: number; width: number; height: number; inView: boolean }>(
    `(() => {
      const b = document.querySelector('.rp-card .rp-actions .rp-primary');
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, inView: r.top >= 0 && r.bottom <= innerHeight };
    })()`,
  );
  expect(button.inView, JSON.stringify({ button, frameBox })).toBe(true);
  await page.mouse.click(
    frameBox!.x + button.x + button.width / 2,
    frameBox!.y + button.y + button.height / 2,
  );

  // The full reflection, in its own tab: it cites the person who never spoke; rate, note, intention, save.
  const full = await firefox.extensionTab(`reflection.html#${encodeURIComponent(meeting!.id)}`);
  await expect.poll(() => full.eval<string>('document.body.innerText')).toContain('Tariq Aziz');
  await full.eval(`(() => {
    document.querySelector('input[name="room"][value="4"]').click();
    document.querySelector('input[name="interest"][value="5"]').click();
    const type = (el, text) => { el.value = text; el.dispatchEvent(new Event('input', { bubbles: true })); };
    type(document.querySelector('#rp-note'), 'Tariq was quiet; ask him first on Friday.');
    type(document.querySelector('#rp-intention'), 'Ask Tariq first');
    return true;
  })()`);
  expect(await full.eval(clickButton(/^Save/))).toBe(true);
  await expect
    .poll(() => full.eval<string>("document.querySelector('.rp-status')?.textContent"))
    .toBe('Saved.');
  const saved = (await firefox.ui<ExportFile>({ type: 'ui:export' })).meetings.find(
    (m) => m.id === meeting!.id,
  )!;
  expect(saved.reflection).toMatchObject({
    ratings: { room: 4, interest: 5 },
    note: 'Tariq was quiet; ask him first on Friday.',
    intention: 'Ask Tariq first',
  });

  // Export → delete → import, through the options page: the export is a real download.
  const before = await firefox.ui<ExportFile>({ type: 'ui:export' });
  const options = await firefox.openExtensionPage('options.html#data');
  await poll('the Export button', () => options.eval<boolean>(clickButton(/^Export data$/)));
  const file = await poll('the exported file', async () => {
    const name = readdirSync(firefox.downloadDir).find((f) => f.endsWith('.json'));
    if (!name) return null;
    const text = readFileSync(join(firefox.downloadDir, name), 'utf8');
    return text.endsWith('\n') ? { name, text } : null;
  });
  const exported = JSON.parse(file.text) as ExportFile;
  expect({ ...exported, exportedAt: null }).toEqual({ ...before, exportedAt: null });

  expect(await options.eval(clickButton(/^Delete all data$/))).toBe(true);
  await poll('the confirmation', () => options.eval<boolean>(clickButton(/^Yes, delete everything$/)));
  await expect.poll(async () => (await firefox.ui<ExportFile>({ type: 'ui:export' })).meetings).toEqual([]);

  await options.eval(`(() => {
    const input = document.querySelector('[data-testid="import-file"]');
    const files = new DataTransfer();
    files.items.add(new File([${JSON.stringify(file.text)}], ${JSON.stringify(file.name)}, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
  await expect
    .poll(() => options.eval<string>('document.body.innerText'))
    .toContain('Imported 1 meeting; 0 already present.');
  const after = await firefox.ui<ExportFile>({ type: 'ui:export' });
  expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });
});
