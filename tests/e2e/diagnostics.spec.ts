/** Diagnostics (issue 13) on the built extension: the health view during a call, and the page sample. */
import { serveMeet } from '../sim/driver';
import { sixPersonStandup } from '../sim/scenarios';
import { expect, test } from './fixtures';

test('the health view shows a live call, and the page sample it saves holds no names or words', async ({
  context,
  extensionId,
  network,
}) => {
  const page = await context.newPage();
  await page.goto(await serveMeet(context, { scenario: sixPersonStandup, autoplay: true }));
  await page.locator('rapport-overlay').waitFor({ state: 'attached' });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#health`);
  const speakingRow = options.getByRole('row', { name: /Speaking/ });
  await expect(speakingRow).toContainText('ok', { timeout: 20_000 });
  await options.getByRole('button', { name: 'Save an anonymised page sample' }).click();
  const preview = options.getByTestId('rh-preview');
  await expect(preview).toContainText('anonymised');
  const sample = (await preview.textContent()) ?? '';
  for (const p of sixPersonStandup.participants) expect(sample).not.toContain(p.name);
  expect(sample).not.toContain('migration tests');
  expect(sample).toContain('data-participant-id');
  expect(network.leaked).toEqual([]);
});
