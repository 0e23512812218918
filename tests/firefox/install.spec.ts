/** Installing the Firefox build: the welcome page, once, and the extension's own pages. */
import { expect, test } from './fixtures';

test('installing the add-on opens the welcome page once; options and popup pages render', async ({
  firefox,
}) => {
  const addon = await firefox.addon();
  expect(addon.temporarilyInstalled).toBe(true);
  // Firefox read the manifest without complaint, and the background is an event page that runs.
  expect(addon.warnings).toEqual([]);
  expect(addon.persistentBackgroundScript).toBe(false);
  expect(addon.backgroundScriptStatus).toBe('RUNNING');

  const welcome = await firefox.extensionTab('welcome.html');
  expect(await welcome.eval('document.title')).toBe('Welcome to Rapport');
  expect(await welcome.eval("document.querySelector('h1')?.textContent")).toMatch(/Rapport/);
  // The flag that keeps it to once is stored.
  expect(await welcome.eval("browser.storage.local.get('welcomeShown')")).toEqual({ welcomeShown: true });

  const options = await firefox.openExtensionPage('options.html');
  await expect
    .poll(() => options.eval<string[]>("[...document.querySelectorAll('h1, h2')].map((h) => h.textContent)"))
    .toContain('Rapport');
  const popup = await firefox.openExtensionPage('popup.html');
  await expect
    .poll(() => popup.eval<string[]>("[...document.querySelectorAll('h1, h2')].map((h) => h.textContent)"))
    .toContain('Rapport');
  expect(await firefox.ui({ type: 'ui:export' })).toMatchObject({ format: 'rapport-export', meetings: [] });
});
