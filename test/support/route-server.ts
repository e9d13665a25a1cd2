// Serves the app's route handlers over real HTTP on 127.0.0.1, the way Next calls them (a NextRequest
// with the body, the route's params), for tests of programs that talk to the app over the network
// (the mail gateway, the README's curl example). Stopping and starting again on the same port stands for an app restart.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface RouteServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

type Routes = Record<string, Partial<Record<string, Handler>>>;

/** The route a path is served by: an exact key, else a template key such as /api/v1/teams/{name} (one segment a parameter). */
function matchRoute(routes: Routes, pathname: string): { methods: Partial<Record<string, Handler>>; params: Record<string, string> } | null {
  if (routes[pathname]) return { methods: routes[pathname], params: {} };
  const segments = pathname.split('/');
  for (const [template, methods] of Object.entries(routes)) {
    const parts = template.split('/');
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = parts.every((part, index) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name) params[name] = decodeURIComponent(segments[index]!);
      return name ? segments[index] !== '' : part === segments[index];
    });
    if (fits) return { methods, params };
  }
  return null;
}

/** `routes`: path or path template -> { METHOD: handler }; anything else is a 404. */
export async function serveRoutes(routes: Routes, port = 0): Promise<RouteServer> {
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      void (async () => {
        const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host}`);
        const matched = matchRoute(routes, url.pathname);
        const handler = matched?.methods[incoming.method ?? 'GET'];
        if (!matched || !handler) return void outgoing.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not_found"}');
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        const response = await handler(new NextRequest(url, { method: incoming.method, headers, body }), { params: Promise.resolve(matched.params) });
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
