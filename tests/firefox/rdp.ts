/**
 * A minimal client for Firefox's Remote Debugging Protocol (the one about:debugging and `web-ext run` use),
 * for what WebDriver BiDi cannot do: Firefox's BiDi skips extension contexts (Bug 1755014), so it neither
 * sees nor evaluates in moz-extension:// pages and frames. Over RDP the tests evaluate in the extension's
 * own pages and in the end-of-call card's frame, and stop the add-on's event page the way about:debugging's
 * "Terminate Background Script" does.
 *
 * Wire format: `<byte length>:<JSON>` both ways. Every request goes `to` an actor; its reply comes `from`
 * that actor, in order, without a `type` (or with `error`). Packets with a `type` are events.
 * Protocol reference: https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html
 */
import { EventEmitter } from 'node:events';
import net from 'node:net';

export interface RdpPacket {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

interface Pending {
  resolve(p: RdpPacket): void;
  reject(e: Error): void;
}

export class RdpClient extends EventEmitter {
  #buffer = Buffer.alloc(0);
  readonly #pending = new Map<string, Pending[]>();
  #closed: Error | null = null;

  private constructor(private readonly socket: net.Socket) {
    super();
    socket.on('data', (chunk) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#drain();
    });
    const fail = (err: Error) => {
      this.#closed = err;
      for (const queue of this.#pending.values()) for (const p of queue) p.reject(err);
      this.#pending.clear();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('RDP connection closed')));
  }

  /** Connects to Firefox's debugger server, retrying while it starts; resolves on the root's hello. */
  static async connect(port: number, timeoutMs = 15_000): Promise<RdpClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await new Promise<RdpClient>((resolve, reject) => {
          const socket = net.createConnection({ host: '127.0.0.1', port });
          socket.once('error', reject);
          const client = new RdpClient(socket);
          client.once('packet', () => {
            socket.off('error', reject);
            resolve(client);
          });
        });
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  #drain(): void {
    for (;;) {
      const colon = this.#buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.#buffer.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length)) throw new Error('RDP: bad packet length');
      if (this.#buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.#buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.#buffer = this.#buffer.subarray(colon + 1 + length);
      this.#dispatch(packet as RdpPacket);
    }
  }

  #dispatch(packet: RdpPacket): void {
    this.emit('packet', packet);
    if (packet.type !== undefined && packet.error === undefined) return; // an event
    const queue = this.#pending.get(packet.from);
    const waiter = queue?.shift();
    if (!waiter) return;
    if (packet.error !== undefined) waiter.reject(new Error(`RDP ${packet.error}: ${packet.message ?? ''}`));
    else waiter.resolve(packet);
  }

  request<T = RdpPacket>(to: string, type: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.#closed) return Promise.reject(this.#closed);
    return new Promise<T>((resolve, reject) => {
      const queue = this.#pending.get(to) ?? [];
      queue.push({ resolve: resolve as (p: RdpPacket) => void, reject });
      this.#pending.set(to, queue);
      const body = Buffer.from(JSON.stringify({ to, type, ...params }), 'utf8');
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`, 'ascii'), body]));
    });
  }

  /** Evaluates `expression` (it may be a promise) in a target's console and returns its JSON value. */
  async evaluate<T = unknown>(consoleActor: string, expression: string): Promise<T> {
    // Console evaluation with `mapped.await` awaits the returned promise, as the devtools console does
    // for top-level await; the value comes back as JSON text so no object grips are involved.
    const text = `(async () => { const v = await (${expression}); return JSON.stringify(v === undefined ? null : v); })()`;
    const result = new Promise<RdpPacket>((resolve) => {
      let id: string | null = null;
      const early: RdpPacket[] = [];
      const onPacket = (p: RdpPacket) => {
        if (p.type !== 'evaluationResult' || p.from !== consoleActor) return;
        if (id === null) early.push(p);
        else if (p.resultID === id) done(p);
      };
      const done = (p: RdpPacket) => {
        this.off('packet', onPacket);
        resolve(p);
      };
      this.on('packet', onPacket);
      // The result event can arrive before the reply that names its id.
      void this.request<{ resultID: string }>(consoleActor, 'evaluateJSAsync', {
        text,
        mapped: { await: true },
      })
        .then((r) => {
          id = r.resultID;
          const hit = early.find((p) => p.resultID === id);
          if (hit) done(hit);
        })
        .catch((err: Error) =>
          done({ from: consoleActor, hasException: true, exceptionMessage: err.message }),
        );
    });
    const r = await result;
    if (r.hasException) throw new Error(`in the page: ${String(r.exceptionMessage ?? 'exception')}`);
    let value = r.result as unknown;
    if (value && typeof value === 'object' && (value as { type?: string }).type === 'longString') {
      const grip = value as { actor: string; length: number };
      value = (
        await this.request<{ substring: string }>(grip.actor, 'substring', { start: 0, end: grip.length })
      ).substring;
    }
    if (typeof value !== 'string') throw new Error(`unexpected evaluation result ${JSON.stringify(value)}`);
    return JSON.parse(value) as T;
  }

  close(): void {
    this.socket.destroy();
  }
}
