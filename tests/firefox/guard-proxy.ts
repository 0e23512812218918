/**
 * The network guard behind Firefox: Firefox is told to send every connection through this local HTTP proxy,
 * which refuses each one and reports it. Pages' requests to the simulated hosts are answered by request
 * interception before they reach the network, so anything arriving here would have left the machine: from
 * a page, from the add-on's own pages or background page (which WebDriver BiDi does not see), or from
 * Firefox itself.
 */
import { createServer } from 'node:http';

export interface GuardProxy {
  port: number;
  close(): Promise<void>;
}

export async function startGuardProxy(report: (what: string) => void): Promise<GuardProxy> {
  const server = createServer((req, res) => {
    report(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' }).end('Rapport tests: no network');
  });
  // https (and wss) arrive as CONNECT host:port.
  server.on('connect', (req, socket) => {
    report(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
