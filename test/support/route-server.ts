// Serves the app's route handlers over real HTTP on 127.0.0.1, the way Next calls them (a NextRequest
// with the body, the route's params), for tests of programs that talk to the app over the network
// (the mail gateway). Stopping and starting again on the same port stands for an app restart.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface RouteServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** `routes`: path -> { METHOD: handler }, matched exactly; anything else is a 404. */
export async function serveRoutes(routes: Record<string, Partial<Record<string, Handler>>>, port = 0): Promise<RouteServer> {
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      void (async () => {
        const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host}`);
        const handler = routes[url.pathname]?.[incoming.method ?? 'GET'];
        if (!handler) return void outgoing.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not_found"}');
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        const response = await handler(new NextRequest(url, { method: incoming.method, headers, body }), { params: Promise.resolve({}) });
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })().catch((error: unknown) => outgoing.writeHead(500).end(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
