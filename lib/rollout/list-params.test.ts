import { describe, expect, it } from 'vitest';
import { tableSearchParams } from '@/lib/lists/search-params';
import { rolloutTableParams } from './list-params';

describe('rollout list URL parameters', () => {
  it('reads every filter, and falls back to the default view for bad values', () => {
    const state = rolloutTableParams.parse({ status: 'OPEN', stack: 'glite', manager: 'm@x.org', team: 'ea-PT-LIP-Lisbon', overdue: 'yes', q: 'CREAM', sort: 'stack', dir: 'asc' });
    expect(state.filters).toEqual({ status: 'OPEN', stack: 'glite', manager: 'm@x.org', team: 'ea-PT-LIP-Lisbon', overdue: 'yes', q: 'CREAM' });
    expect(state.sort).toBe('stack');
    const bad = rolloutTableParams.parse({ status: 'closed', overdue: 'maybe', sort: 'password', perPage: '100000', page: '-1' });
    expect(bad.filters.status).toBeUndefined();
    expect(bad.filters.overdue).toBeUndefined();
    expect(bad).toMatchObject({ sort: 'number', dir: 'desc', perPage: 25, page: 1 });
  });

  it('round-trips the view through the URL, leaving defaults out', () => {
    const state = rolloutTableParams.parse({ status: 'NEW', overdue: 'yes' });
    expect(tableSearchParams(state, rolloutTableParams.defaults).toString()).toBe('status=NEW&overdue=yes');
  });
});
