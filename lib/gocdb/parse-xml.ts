// Pure parsing of GOCDB programmatic-interface answers (XML, documented in GOCDB.github.io api/read):
// a `<results>` root holding NGI, SITE or SERVICE_ENDPOINT elements and, on paged queries, a `<meta>`
// element with `<link rel="next" href="…next_cursor=…">` and `<count>`. Anything else (not XML, cut
// off, wrong root, a record without its key) is a GocdbFormatError: the page is refused as a whole.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export class GocdbFormatError extends Error {}

export interface GocdbNgi {
  name: string;
  description: string;
}

export interface GocdbSite {
  primaryKey: string;
  shortName: string;
  ngiName: string;
  country: string;
  timeZone: string;
  certificationStatus: string;
  productionInfrastructure: string;
}

export interface GocdbEndpoint {
  primaryKey: string;
  hostname: string;
  serviceType: string;
  hostOs: string;
  hostArch: string;
  beta: boolean;
  inProduction: boolean;
  monitored: boolean;
  siteName: string;
  ngiName: string;
}

export interface GocdbPage<T> {
  records: T[];
  /** The cursor of the next page, or null on the last page (or when the answer was not paged). */
  nextCursor: string | null;
}

type Node = Record<string, unknown>;

const RECORD_ELEMENTS = new Set(['NGI', 'SITE', 'SERVICE_ENDPOINT', 'SERVICE', 'link']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => RECORD_ELEMENTS.has(name),
});

function parseResults(xml: string): Node {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new GocdbFormatError('GOCDB answer refused: it declares a DOCTYPE or entities.');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new GocdbFormatError(`GOCDB answer is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  const doc = parser.parse(xml) as Node;
  const results = doc.results;
  if (results === undefined || typeof results !== 'object' && results !== '') throw new GocdbFormatError('GOCDB answer has no <results> root element.');
  return (results || {}) as Node;
}

function text(node: Node, name: string): string {
  const value = node[name];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object' && '#text' in (value as Node)) return String((value as Node)['#text']).trim();
  return '';
}

function required(node: Node, name: string, what: string): string {
  const value = text(node, name);
  if (!value) throw new GocdbFormatError(`A ${what} in GOCDB's answer has no ${name}.`);
  return value;
}

function yesNo(node: Node, name: string, what: string): boolean {
  const value = text(node, name).toUpperCase();
  if (value === 'Y') return true;
  if (value === 'N') return false;
  throw new GocdbFormatError(`A ${what} in GOCDB's answer has ${name}=${JSON.stringify(value)} (expected Y or N).`);
}

/** The next cursor from `<meta>`: absent meta, a count of 0, or no next link end the paging. */
function nextCursor(results: Node): string | null {
  const meta = results.meta as Node | undefined;
  if (!meta || typeof meta !== 'object') return null;
  const count = Number(text(meta, 'count'));
  if (text(meta, 'count') !== '' && (!Number.isInteger(count) || count < 0)) throw new GocdbFormatError('GOCDB paging: <count> is not a number.');
  if (count === 0) return null;
  const links = (meta.link as Node[] | undefined) ?? [];
  const next = links.find((link) => link['@rel'] === 'next');
  const href = next ? String(next['@href'] ?? '') : '';
  if (!href) return null;
  let cursor: string | null;
  try {
    cursor = new URL(href, 'http://gocdb.invalid/').searchParams.get('next_cursor');
  } catch {
    cursor = null;
  }
  if (!cursor) throw new GocdbFormatError('GOCDB paging: the next link has no next_cursor.');
  return cursor;
}

function records(results: Node, name: string): Node[] {
  const list = results[name];
  return Array.isArray(list) ? (list.filter((item) => item && typeof item === 'object') as Node[]) : [];
}

export function parseNgiPage(xml: string): GocdbPage<GocdbNgi> {
  const results = parseResults(xml);
  return {
    records: records(results, 'NGI').map((ngi) => ({ name: required(ngi, 'NAME', 'NGI'), description: text(ngi, 'DESCRIPTION') })),
    nextCursor: nextCursor(results),
  };
}

export function parseSitePage(xml: string): GocdbPage<GocdbSite> {
  const results = parseResults(xml);
  return {
    records: records(results, 'SITE').map((site) => ({
      primaryKey: required(site, 'PRIMARY_KEY', 'site'),
      shortName: required(site, 'SHORT_NAME', 'site'),
      ngiName: required(site, 'ROC', 'site'),
      country: text(site, 'COUNTRY'),
      timeZone: text(site, 'TIMEZONE'),
      certificationStatus: text(site, 'CERTIFICATION_STATUS'),
      productionInfrastructure: text(site, 'PRODUCTION_INFRASTRUCTURE'),
    })),
    nextCursor: nextCursor(results),
  };
}

export function parseEndpointPage(xml: string): GocdbPage<GocdbEndpoint> {
  const results = parseResults(xml);
  // get_service and get_service_endpoint are aliases; their elements are SERVICE_ENDPOINT.
  const nodes = [...records(results, 'SERVICE_ENDPOINT'), ...records(results, 'SERVICE')];
  return {
    records: nodes.map((node) => ({
      primaryKey: required(node, 'PRIMARY_KEY', 'service endpoint'),
      hostname: required(node, 'HOSTNAME', 'service endpoint'),
      serviceType: required(node, 'SERVICE_TYPE', 'service endpoint'),
      hostOs: text(node, 'HOST_OS'),
      hostArch: text(node, 'HOST_ARCH'),
      beta: yesNo(node, 'BETA', 'service endpoint'),
      inProduction: yesNo(node, 'IN_PRODUCTION', 'service endpoint'),
      monitored: yesNo(node, 'NODE_MONITORED', 'service endpoint'),
      siteName: required(node, 'SITENAME', 'service endpoint'),
      ngiName: text(node, 'ROC_NAME'),
    })),
    nextCursor: nextCursor(results),
  };
}
