// Runs several routes at once, each as its own autocannon instance on 127.0.0.1, for a bounded time,
// and keeps per route every response time and status: p50/p95/p99 are computed from all samples
// (autocannon's own summary has no p95). Expected conflicts (409) are counted apart from errors.
import autocannon from 'autocannon';
import { percentile } from '../timing';

export interface Call {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** What the write was about, handed back to onResult (e.g. the participation replied to). */
  item?: unknown;
}

export interface RouteSpec {
  name: string;
  kind: 'read' | 'write';
  connections: number;
  /** Requests per second for the whole route (writes); unbounded when absent. */
  rate?: number;
  next(): Call;
  onResult?(item: unknown, status: number, body: string): void;
}

export interface RouteStats {
  name: string;
  kind: 'read' | 'write';
  requests: number;
  seconds: number;
  latencies: number[];
  ok: number;
  conflicts: number;
  errors: number;
  socketErrors: number;
  samples: string[];
  /** Items of requests sent but not answered when the run stopped (the server may have done them). */
  inFlight: unknown[];
}

function runOne(baseUrl: string, spec: RouteSpec, seconds: number): Promise<RouteStats> {
  const stats: RouteStats = { name: spec.name, kind: spec.kind, requests: 0, seconds, latencies: [], ok: 0, conflicts: 0, errors: 0, socketErrors: 0, samples: [], inFlight: [] };
  const pending = new Set<unknown>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: spec.connections,
        duration: seconds,
        timeout: 30,
        ...(spec.rate ? { overallRate: spec.rate } : {}),
        requests: [
          {
            setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
              const call = spec.next();
              if (spec.kind === 'write') {
                context.ticket = { item: call.item }; // one per request, even when the item repeats
                pending.add(context.ticket);
              }
              return { ...request, method: call.method, path: call.path, headers: call.headers, body: call.body };
            },
            // Only writes need the body (their outcome is tallied); an onResponse hook makes autocannon
            // buffer every body, which for the read pages (up to hundreds of KB each) costs the load
            // generator CPU that the server under test shares on a 2-core machine.
            ...(spec.kind === 'write'
              ? {
                  onResponse: (status: number, body: string, context: Record<string, unknown>) => {
                    const { item } = context.ticket as { item: unknown };
                    pending.delete(context.ticket);
                    if (status >= 200 && status < 400) stats.ok++;
                    else if (status === 409) stats.conflicts++;
                    else {
                      stats.errors++;
                      if (stats.samples.length < 5) stats.samples.push(`${status} ${String(body).slice(0, 200)}`);
                    }
                    spec.onResult?.(item, status, body);
                  },
                }
              : {}),
          },
        ] as never,
      },
      (error, result) => {
        if (error) return reject(error);
        stats.requests = result.requests.total;
        stats.socketErrors = result.errors + result.timeouts;
        stats.latencies.sort((a, b) => a - b);
        stats.inFlight = [...pending].map((ticket) => (ticket as { item: unknown }).item);
        resolve(stats);
      },
    );
    instance.on('response', (_client: NodeJS.EventEmitter, status: number, _bytes: number, responseTime: number) => {
      stats.latencies.push(responseTime);
      if (spec.kind !== 'read') return;
      if (status === 200) stats.ok++;
      else {
        stats.errors++;
        if (stats.samples.length < 5) stats.samples.push(`${status} (body not kept for reads)`);
      }
    });
  });
}

/** All routes at once for `seconds`. With several base URLs (instances of the app on one database), each
 *  route's connections and rate are shared out among them, as a round-robin balancer in front would, and
 *  the figures are merged per route. */
export async function runRoutes(baseUrl: string | string[], specs: RouteSpec[], seconds: number): Promise<RouteStats[]> {
  const urls = Array.isArray(baseUrl) ? baseUrl : [baseUrl];
  const share = (spec: RouteSpec, i: number): RouteSpec => ({
    ...spec,
    connections: Math.max(1, Math.floor(spec.connections / urls.length) + (i < spec.connections % urls.length ? 1 : 0)),
    ...(spec.rate ? { rate: spec.rate / urls.length } : {}),
  });
  const perUrl = await Promise.all(urls.map((url, i) => Promise.all(specs.map((spec) => runOne(url, urls.length > 1 ? share(spec, i) : spec, seconds)))));
  return specs.map((_, index) => mergeStats(perUrl.map((stats) => stats[index]!)));
}

function mergeStats(parts: RouteStats[]): RouteStats {
  if (parts.length === 1) return parts[0]!;
  const [first] = parts;
  const sum = (pick: (s: RouteStats) => number) => parts.reduce((n, s) => n + pick(s), 0);
  return {
    ...first!,
    requests: sum((s) => s.requests),
    latencies: parts.flatMap((s) => s.latencies).sort((a, b) => a - b),
    ok: sum((s) => s.ok),
    conflicts: sum((s) => s.conflicts),
    errors: sum((s) => s.errors),
    socketErrors: sum((s) => s.socketErrors),
    samples: parts.flatMap((s) => s.samples).slice(0, 5),
    inFlight: parts.flatMap((s) => s.inFlight),
  };
}

export function statsRow(stats: RouteStats): Record<string, string | number> {
  const ms = (q: number) => percentile(stats.latencies, q).toFixed(0);
  return {
    route: stats.name,
    requests: stats.requests,
    'req/s': (stats.requests / stats.seconds).toFixed(1),
    p50_ms: ms(0.5),
    p95_ms: ms(0.95),
    p99_ms: ms(0.99),
    ...(stats.kind === 'write' ? { 'ok / 409': `${stats.ok} / ${stats.conflicts}` } : { 'ok / 409': `${stats.ok} / -` }),
    errors: stats.errors + stats.socketErrors,
  };
}
