// GOCDB sync settings from the environment. GOCDB_URL (the programmatic interface's base, e.g.
// https://goc.egi.eu/gocdbpi) turns the sync on; without it teams are typed by hand as before.
// Nothing here reads the certificate files: that happens when a request is made (lib/gocdb/http-get.ts).
type Env = Record<string, string | undefined>;

export interface GocdbConfig {
  /** Base URL without a trailing slash; methods are `${baseUrl}/public/?method=…` or `/private/`. */
  baseUrl: string;
  /** Origin and path only, safe to show. */
  display: string;
  intervalMinutes: number;
  timeoutMs: number;
  /** Paths of a PEM client certificate and key, for the PI methods that need a credential (get_ngi, get_site). */
  certFile?: string;
  keyFile?: string;
}

export type GocdbConfigState = { configured: true; config: GocdbConfig } | { configured: false; reason: string };

export const DEFAULT_INTERVAL_MIN = 60;
export const DEFAULT_TIMEOUT_SEC = 60;
/** Below the lock's 10-minute staleness (sync-runs.ts): a run waiting on one answer must not look dead. */
export const MAX_TIMEOUT_SEC = 300;

function positiveNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw?.trim() && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function readGocdbConfig(env: Env = process.env): GocdbConfigState {
  const raw = env.GOCDB_URL?.trim();
  if (!raw) return { configured: false, reason: 'GOCDB sync is off (set GOCDB_URL)' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { configured: false, reason: 'GOCDB_URL is not a valid URL (expected e.g. https://goc.egi.eu/gocdbpi)' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { configured: false, reason: 'GOCDB_URL must start with https:// or http://' };
  const certFile = env.GOCDB_CERT?.trim() || undefined;
  const keyFile = env.GOCDB_KEY?.trim() || undefined;
  if (Boolean(certFile) !== Boolean(keyFile)) return { configured: false, reason: 'Set both GOCDB_CERT and GOCDB_KEY, or neither' };
  const baseUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return {
    configured: true,
    config: {
      baseUrl,
      display: baseUrl,
      intervalMinutes: positiveNumber(env.GOCDB_SYNC_INTERVAL_MIN, DEFAULT_INTERVAL_MIN),
      timeoutMs: Math.min(positiveNumber(env.GOCDB_TIMEOUT_SEC, DEFAULT_TIMEOUT_SEC), MAX_TIMEOUT_SEC) * 1000,
      certFile,
      keyFile,
    },
  };
}
