/**
 * Who may talk to the background. Payload validation is not enough: a message is only accepted from
 * - this extension's content scripts running in a tab on a registered meeting platform's host (https only), or
 * - this extension's own pages (popup, options, reflection), whose URL is under the extension's base URL.
 * Anything else — another extension, a content script on some other site, a page URL we cannot read — is
 * rejected.
 */
import { registry } from '../platforms/registry';

export type SenderKind = 'content' | 'extension-page';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export interface ExtensionIdentity {
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  baseUrl: string;
}

/** A host of a registered platform (each platform's `meta.ts` names its hosts). */
export function isPlatformHost(host: string): boolean {
  return registry.isPlatformHost(host);
}

export function classifySender(sender: SenderLike | undefined, ext: ExtensionIdentity): SenderKind | null {
  if (!sender || sender.id !== ext.id || typeof sender.url !== 'string') return null;
  let url: URL;
  let base: URL;
  try {
    url = new URL(sender.url);
    base = new URL(ext.baseUrl);
  } catch {
    return null;
  }
  // chrome-extension:// and moz-extension:// are not special schemes, so `URL#origin` is "null" for
  // both; compare scheme and host instead.
  if (url.protocol === base.protocol && url.host === base.host && base.host !== '') return 'extension-page';
  if (sender.tab != null && url.protocol === 'https:' && isPlatformHost(url.hostname)) {
    // Chrome also reports the frame's origin; when present it must agree with the URL.
    if (sender.origin !== undefined && sender.origin !== url.origin) return null;
    return 'content';
  }
  return null;
}
