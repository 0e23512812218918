import type { AckLanguage } from './types';

/**
 * Language tables by code. The detector looks codes up here rather than importing every table, so the content
 * script carries none of them: it asks the background for the one the user picked (`cs:ack-language`) and
 * registers it. Everything else imports `./index`, which registers all the tables that ship.
 */
const registered = new Map<string, AckLanguage>();

export function registerAckLanguage(lang: AckLanguage): void {
  registered.set(lang.code, lang);
}

export function ackLanguage(code: string): AckLanguage | undefined {
  return registered.get(code);
}

/** Resolves a code through the registry; an unregistered code is a programming error, not a silent no-op. */
export function resolveAckLanguage(lang: string | AckLanguage): AckLanguage {
  if (typeof lang !== 'string') return lang;
  const found = registered.get(lang);
  if (!found) throw new Error(`acknowledgement language "${lang}" is not loaded`);
  return found;
}
