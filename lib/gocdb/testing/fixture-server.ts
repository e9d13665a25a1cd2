// A real HTTP server on 127.0.0.1 that answers like GOCDB's programmatic interface from in-memory
// fixtures (tests change them between syncs), with cursor paging (the cursor is the index of the next
// record) and faults to inject per method: an HTTP error, malformed XML, an answer cut off mid-way,
// or an answer slower than the client's timeout.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { endpointXml, type FixtureEndpoint, type FixtureNgi, type FixtureSite, ngiXml, resultsXml, siteXml } from './fixtures';

export type Fault = 'http-500' | 'malformed' | 'truncated' | 'slow';

export interface GocdbFixtureData {
  ngis: FixtureNgi[];
  sites: FixtureSite[];
  endpoints: FixtureEndpoint[];
}

export interface GocdbFixtureServer {
  url: string;
  data: GocdbFixtureData;
  pageSize: number;
  /** Fault for a method, applied from the given cursor on (default: every page). */
  faults: Map<string, { fault: Fault; fromCursor?: number }>;
  requests: string[];
  close(): Promise<void>;
}

export async function startGocdbFixtureServer(options: { port?: number; pageSize?: number; data?: Partial<GocdbFixtureData> } = {}): Promise<GocdbFixtureServer> {
  const state: Omit<GocdbFixtureServer, 'url' | 'close'> = {
    data: { ngis: [], sites: [], endpoints: [], ...options.data },
    pageSize: options.pageSize ?? 2,
    faults: new Map(),
    requests: [],
  };
  const slowTimers = new Set<NodeJS.Timeout>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    state.requests.push(`${url.pathname}${url.search}`);
    const method = url.searchParams.get('method') ?? '';
    const cursorParam = url.searchParams.get('next_cursor');
    const cursor = Number(cursorParam ?? 0);
    let elements: string[];
    if (method === 'get_ngi' && url.pathname.endsWith('/private/')) elements = state.data.ngis.map(ngiXml);
    else if (method === 'get_site' && url.pathname.endsWith('/public/')) elements = state.data.sites.map(siteXml);
    else if ((method === 'get_service_endpoint' || method === 'get_service') && url.pathname.endsWith('/public/')) {
      const type = url.searchParams.get('service_type');
      elements = state.data.endpoints.filter((endpoint) => !type || endpoint.serviceType === type).map(endpointXml);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('unknown method');
      return;
    }
    const paged = cursorParam !== null;
    const slice = paged ? elements.slice(cursor, cursor + state.pageSize) : elements;
    const next = new URL(url);
    next.searchParams.set('next_cursor', String(cursor + slice.length));
    const body = resultsXml(slice, paged ? { selfUrl: url.toString(), nextUrl: slice.length ? next.toString() : null, maxPageSize: state.pageSize } : undefined);
    const fault = state.faults.get(method);
    if (fault && cursor >= (fault.fromCursor ?? 0)) {
      if (fault.fault === 'http-500') return void response.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
      if (fault.fault === 'malformed') return void response.writeHead(200, { 'content-type': 'text/xml' }).end('<html><body>Service temporarily unavailable</body>');
      if (fault.fault === 'truncated') return void response.writeHead(200, { 'content-type': 'text/xml' }).end(body.slice(0, Math.floor(body.length * 0.6)));
      // slow: headers at once, then nothing until long after any test timeout (the client must give up)
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.write(body.slice(0, 40));
      const timer = setTimeout(() => response.end(body.slice(40)), 60_000);
      slowTimers.add(timer);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/xml; charset=UTF-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/gocdbpi`,
    async close() {
      for (const timer of slowTimers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
