// Parsing GOCDB answers: the documented example shapes, paging metadata, and answers refused as a whole
// (not XML, cut off, entity declarations, a BETA that is not Y/N, a record without its key). And the settings.
import { describe, expect, it } from 'vitest';
import { readGocdbConfig } from './config';
import { GocdbFormatError, parseEndpointPage, parseNgiPage, parseSitePage } from './parse-xml';
import { endpointXml, ngiXml, resultsXml, siteXml } from './testing/fixtures';

const paging = (next: string | null) => ({ selfUrl: 'https://goc.example/gocdbpi/public/?method=get_site&next_cursor=0', nextUrl: next, maxPageSize: 100 });

describe('GOCDB answers', () => {
  it('reads sites and the next cursor of a paged answer; a count of 0 ends the paging', () => {
    const page = parseSitePage(resultsXml([siteXml({ key: '119G0', name: 'Izola-MRF', ngi: 'NGI_SI', country: 'Slovenia', timeZone: 'UTC', certification: 'Certified', infrastructure: 'Test' }, 0)], paging('https://goc.example/gocdbpi/public/?method=get_site&next_cursor=42')));
    expect(page.records).toEqual([{ primaryKey: '119G0', shortName: 'Izola-MRF', ngiName: 'NGI_SI', country: 'Slovenia', timeZone: 'UTC', certificationStatus: 'Certified', productionInfrastructure: 'Test' }]);
    expect(page.nextCursor).toBe('42');
    expect(parseSitePage(resultsXml([], paging('https://goc.example/x?next_cursor=43'))).nextCursor).toBeNull();
    expect(parseNgiPage(resultsXml([ngiXml({ name: 'NGI_SI' }, 0)])).records).toEqual([{ name: 'NGI_SI', description: 'An NGI called NGI_SI.' }]);
  });

  it('reads an endpoint’s flags', () => {
    const page = parseEndpointPage(resultsXml([endpointXml({ key: '1G0', hostname: 'lodur.torchit.ch', serviceType: 'Local-LFC', site: 'Torch', ngi: 'NGI_CH', hostOs: 'SL5', hostArch: '64 bit', beta: false, inProduction: false, monitored: false }, 0)]));
    expect(page.records[0]).toEqual({ primaryKey: '1G0', hostname: 'lodur.torchit.ch', serviceType: 'Local-LFC', hostOs: 'SL5', hostArch: '64 bit', beta: false, inProduction: false, monitored: false, siteName: 'Torch', ngiName: 'NGI_CH' });
    expect(page.nextCursor).toBeNull();
  });

  it('refuses answers that are not whole GOCDB documents', () => {
    const whole = resultsXml([siteXml({ key: 'A', name: 'S', ngi: 'N' }, 0)]);
    const refused = [
      whole.slice(0, whole.length / 2),
      '<html><body>Service Unavailable</body></html>',
      'not xml at all',
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]><results>&x;</results>',
      resultsXml(['<SITE><SHORT_NAME>NO-KEY</SHORT_NAME><ROC>N</ROC></SITE>']),
    ];
    for (const xml of refused) expect(() => parseSitePage(xml), xml.slice(0, 40)).toThrow(GocdbFormatError);
    const badBeta = resultsXml([endpointXml({ key: 'E', hostname: 'h', serviceType: 'T', site: 'S', ngi: 'N' }, 0).replace('<BETA>N</BETA>', '<BETA>maybe</BETA>')]);
    expect(() => parseEndpointPage(badBeta)).toThrow(/BETA="MAYBE"/);
  });
});

describe('readGocdbConfig', () => {
  it('is off without GOCDB_URL, reads the interval and the certificate pair, and refuses half a pair', () => {
    expect(readGocdbConfig({}).configured).toBe(false);
    const on = readGocdbConfig({ GOCDB_URL: 'https://goc.egi.eu/gocdbpi/', GOCDB_SYNC_INTERVAL_MIN: '15', GOCDB_CERT: '/c.pem', GOCDB_KEY: '/k.pem' });
    expect(on).toEqual({ configured: true, config: { baseUrl: 'https://goc.egi.eu/gocdbpi', display: 'https://goc.egi.eu/gocdbpi', intervalMinutes: 15, timeoutMs: 60_000, certFile: '/c.pem', keyFile: '/k.pem' } });
    expect(readGocdbConfig({ GOCDB_URL: 'https://goc.egi.eu/gocdbpi', GOCDB_SYNC_INTERVAL_MIN: 'often' })).toMatchObject({ config: { intervalMinutes: 60 } });
    expect(readGocdbConfig({ GOCDB_URL: 'https://goc.egi.eu/gocdbpi', GOCDB_CERT: '/c.pem' })).toEqual({ configured: false, reason: 'Set both GOCDB_CERT and GOCDB_KEY, or neither' });
    expect(readGocdbConfig({ GOCDB_URL: 'ftp://x' }).configured).toBe(false);
    expect(readGocdbConfig({ GOCDB_URL: 'https://goc.egi.eu/gocdbpi', GOCDB_TIMEOUT_SEC: '3600' })).toMatchObject({ config: { timeoutMs: 300_000 } });
  });
});
