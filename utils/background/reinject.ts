/**
 * After an update or reload, put the new content scripts into the meeting tabs that are already open
 * (issue 24). Chrome injects a manifest's content scripts only into pages that load after the install;
 * the call the user is in keeps the orphaned old copy, which can no longer record. The new copy joins
 * the session the old one was recording (utils/content/lifecycle.ts), so the call stays one meeting.
 *
 * How: `scripting.executeScript` with the manifest's own content-script files, into the tabs its own
 * `matches` select (found with `tabs.query({ url })`, which the host permissions allow without `tabs`).
 * The alternatives: reloading the tab would drop the user out of their call; `registerContentScripts`
 * only affects pages loaded later; injecting into every tab would need `<all_urls>`. A tab that already
 * runs a copy of this version (it loaded after the install) answers `bg:ping` and is left alone.
 *
 * Firefox runs a manifest's content scripts in already-open tabs itself (noted by
 * https://github.com/fregante/webext-inject-on-install), and its MV2 build has no `scripting`
 * permission: there this does nothing.
 */
import browser from 'webextension-polyfill';

interface ScriptingLike {
  executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

export async function injectIntoOpenMeetingTabs(): Promise<number> {
  const scripting = (globalThis as { chrome?: { scripting?: ScriptingLike } }).chrome?.scripting;
  if (!scripting) return 0;
  let injected = 0;
  for (const cs of browser.runtime.getManifest().content_scripts ?? []) {
    const files = cs.js ?? [];
    if (files.length === 0 || !cs.matches?.length) continue;
    let tabs: browser.Tabs.Tab[];
    try {
      tabs = await browser.tabs.query({ url: cs.matches });
    } catch {
      continue;
    }
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      const alive = await browser.tabs
        .sendMessage(tab.id, { type: 'bg:ping' })
        .then((r) => (r as { ok?: unknown } | undefined)?.ok === true)
        .catch(() => false);
      if (alive) continue;
      try {
        await scripting.executeScript({ target: { tabId: tab.id }, files });
        injected++;
      } catch (err) {
        // A tab on an error page or closing meanwhile: nothing to record there.
        console.warn('Rapport: could not start in an open meeting tab', err);
      }
    }
  }
  return injected;
}
