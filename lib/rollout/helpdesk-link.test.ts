import { describe, expect, it } from 'vitest';
import { parseHelpdeskReference } from './helpdesk-link';

describe('parseHelpdeskReference', () => {
  it('turns a GGUS ticket number into its GGUS address', () => {
    expect(parseHelpdeskReference('123456')).toEqual({ ok: true, externalId: '123456', url: 'https://ggus.eu/?mode=ticket_info&ticket_id=123456' });
    expect(parseHelpdeskReference(' GGUS #70123 ')).toMatchObject({ externalId: '70123' });
  });

  it('keeps an http(s) link and reads the ticket id of a GGUS link', () => {
    expect(parseHelpdeskReference('https://ggus.eu/?mode=ticket_info&ticket_id=654321')).toMatchObject({ ok: true, externalId: '654321' });
    expect(parseHelpdeskReference('http://savannah.cern.ch/bugs/?80123')).toEqual({ ok: true, externalId: null, url: 'http://savannah.cern.ch/bugs/?80123' });
  });

  it('refuses other schemes, credentials and text', () => {
    expect(parseHelpdeskReference('javascript:alert(1)')).toMatchObject({ ok: false, message: 'Only http:// and https:// links are allowed.' });
    expect(parseHelpdeskReference('ftp://ggus.eu/1')).toMatchObject({ ok: false });
    expect(parseHelpdeskReference('https://user:pw@ggus.eu/?ticket_id=1')).toMatchObject({ ok: false });
    expect(parseHelpdeskReference('the CE crashes')).toMatchObject({ ok: false });
    expect(parseHelpdeskReference('12')).toMatchObject({ ok: false });
  });
});
