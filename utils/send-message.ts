/**
 * Sending a typed message from any extension context. Kept apart from `messages.ts` (which holds the
 * zod schemas the background validates with) so content scripts can send without bundling zod.
 */
import type { Envelope, MessageType, RequestOf, ResponseOf } from './messages';

export type Send = (message: unknown) => Promise<unknown>;

interface RuntimeLike {
  runtime?: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * The extension API without importing the polyfill: the background's logic imports this map and must
 * also run in plain Node (bench, tests). Firefox has `browser`; Chrome MV3's `chrome.runtime.sendMessage`
 * returns a promise.
 */
const defaultSend: Send = async (m) => {
  const g = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) throw new Error('Rapport background did not answer');
  return runtime.sendMessage(m);
};

/**
 * Sends a typed message and unwraps the background's envelope; throws `Error(error)` on `{ ok: false }`
 * or when nobody answered. `send` is injectable for tests.
 */
export async function sendMessage<K extends MessageType>(
  message: RequestOf<K> & { type: K },
  send: Send = defaultSend,
): Promise<ResponseOf<K>> {
  const reply = (await send(message)) as Envelope<ResponseOf<K>> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply))
    throw new Error('Rapport background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
