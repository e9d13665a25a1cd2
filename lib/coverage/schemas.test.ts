import { describe, expect, it } from 'vitest';
import { coverageQueryString, ZCoverageTarget, parseCoverageQuery } from './schemas';

describe('parseCoverageQuery', () => {
  it('reads the filters, page and retired flag from the URL', () => {
    const query = parseCoverageQuery(new URLSearchParams('stack=glite&capability=storage&os=SL6&arch=x86_64&page=3&retired=1'));
    expect(query).toEqual({ filter: { stack: 'glite', capability: 'STORAGE', os: 'SL6', arch: 'x86_64' }, page: 3, showRetired: true, invalid: [] });
  });

  it('drops unknown or malformed values instead of failing', () => {
    const query = parseCoverageQuery({ stack: '<script>', capability: 'TEAPOT', os: ['SL5', 'SL6'], page: '-2' });
    expect(query).toEqual({ filter: { os: 'SL5' }, page: 1, showRetired: false, invalid: ['stack', 'capability', 'page'] });
  });

  it('round-trips through coverageQueryString', () => {
    const query = parseCoverageQuery(new URLSearchParams('stack=arc&os=Debian6&page=2'));
    expect(coverageQueryString(query)).toBe('?stack=arc&os=Debian6&page=2');
    expect(coverageQueryString({ filter: {} })).toBe('');
    expect(coverageQueryString({ ...query, page: 1 }, { format: 'csv' })).toBe('?stack=arc&os=Debian6&format=csv');
  });
});

describe('ZCoverageTarget', () => {
  it('accepts whole numbers from 1 to 10 and says why otherwise', () => {
    expect(ZCoverageTarget.parse({ target: '3', version: '1' })).toEqual({ target: 3, version: 1 });
    expect(ZCoverageTarget.safeParse({ target: '0', version: '1' }).error?.issues[0]?.message).toBe('At least 1 team.');
    expect(ZCoverageTarget.safeParse({ target: '2.5', version: '1' }).error?.issues[0]?.message).toBe('Enter a whole number of teams.');
    expect(ZCoverageTarget.safeParse({ target: '11', version: '1' }).success).toBe(false);
  });
});
