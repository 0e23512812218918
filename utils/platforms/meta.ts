/**
 * What the rest of Rapport knows about a platform, as data: no DOM, no browser APIs, no selectors, so
 * that every layer (the manifest, the background's sender check, the store's export enum, the options
 * filters) can import it without pulling an adapter into its bundle. Each platform folder has one
 * `meta.ts` whose default export is a `PlatformMeta`; `registry.ts` finds them all.
 */
export interface PlatformMeta {
  /**
   * Stable lower-case id. It is stored in every meeting, in checkpoints and in export files (a public
   * contract), so it never changes once shipped.
   */
  readonly id: string;
  /** `_locales` key of the platform's name as the user knows it ("Google Meet"). */
  readonly labelKey: string;
  /** `_locales` key of the settings switch that turns recording on this platform on or off. */
  readonly settingsLabelKey: string;
  /** Match patterns of the meeting pages: the content script's `matches` and the host permissions. */
  readonly matches: readonly string[];
  /**
   * Pages that may frame the end-of-call card (`web_accessible_resources`). Wider than `matches` where
   * the platform's end screen lives outside the meeting path (Zoom's post-meeting page).
   */
  readonly cardMatches: readonly string[];
  /**
   * Hosts a content script of this platform may report from: an exact host name, or `.example.com` for
   * that domain and every subdomain. The background rejects messages from any other host.
   */
  readonly hosts: readonly string[];
  /** `_locales` key of the advice to open the platform's participant list (it has a different name on each). */
  readonly participantsAdviceKey: string;
}

export function definePlatform<const M extends PlatformMeta>(meta: M): M {
  return meta;
}

/** Does `host` belong to one of `hosts` (see `PlatformMeta.hosts`)? */
export function hostIn(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase();
  for (const pattern of hosts) {
    if (pattern.startsWith('.')) {
      if (h === pattern.slice(1) || h.endsWith(pattern)) return true;
    } else if (h === pattern) return true;
  }
  return false;
}
