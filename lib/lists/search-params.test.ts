import { describe, expect, it } from 'vitest';
import { dateFilter, enumFilter, numberFilter, pageCount, positionText, tableHref, tableParamsSchema, tableSearchParams, textFilter } from './search-params';

const schema = tableParamsSchema({
  sortable: ['name', 'members'],
  defaultSort: { id: 'name', dir: 'asc' },
  perPageOptions: [10, 25, 50],
  maxPerPage: 200,
  filters: { q: textFilter(20), status: enumFilter(['active', 'retired', 'all']) },
});

describe('tableParamsSchema', () => {
  it('gives the default view for empty params', () => {
    expect(schema.parse({})).toEqual({ page: 1, perPage: 25, sort: 'name', dir: 'asc', hide: [], filters: { q: undefined, status: undefined } });
  });

  it('reads a full view', () => {
    const state = schema.parse(new URLSearchParams('page=3&perPage=10&sort=members&dir=desc&hide=a,b&q=%20lip%20&status=retired'));
    expect(state).toEqual({ page: 3, perPage: 10, sort: 'members', dir: 'desc', hide: ['a', 'b'], filters: { q: 'lip', status: 'retired' } });
  });

  it('names, for the JSON API, every parameter the page would drop, with the allowed values', () => {
    expect(schema.problems(new URLSearchParams('page=2&perPage=200&sort=members&dir=desc&q=lip&status=all'))).toEqual({});
    expect(schema.problems({ page: '-4', perPage: '201', sort: 'password', dir: 'sideways', q: 'x'.repeat(21), status: 'ALL', stauts: 'all' })).toEqual({
      page: 'page must be a whole number from 1.',
      perPage: 'perPage must be a whole number from 1 to 200.',
      sort: 'sort must be one of: name, members.',
      dir: 'dir must be asc or desc.',
      q: 'q is too long.',
      status: 'status must be one of: active, retired, all.',
      stauts: 'Unknown parameter stauts; this list accepts: page, perPage, sort, dir, q, status.',
    });
    expect(schema.problems({ format: 'csv' }, ['format'])).toEqual({});
  });

  it('falls back field by field on garbage instead of failing', () => {
    const state = schema.parse({ page: '-4', perPage: '9999', sort: 'password', dir: 'sideways', q: 'x'.repeat(21), status: 'ALL' });
    expect(state).toEqual({ page: 1, perPage: 25, sort: 'name', dir: 'asc', hide: [], filters: { q: undefined, status: undefined } });
  });

  it('takes the first of repeated params', () => {
    expect(schema.parse({ page: ['2', '5'], q: ['a', 'b'] })).toMatchObject({ page: 2, filters: { q: 'a' } });
  });

  it('reads day and whole-number filters, dropping anything else', () => {
    const dated = tableParamsSchema({ sortable: ['at'], defaultSort: { id: 'at', dir: 'desc' }, filters: { from: dateFilter(), rollout: numberFilter() } });
    expect(dated.parse({ from: '2026-03-01', rollout: ' 42 ' }).filters).toEqual({ from: '2026-03-01', rollout: '42' });
    for (const [from, rollout] of [['2026-13-01', '0'], ['01/03/2026', '-3'], ['', '4x'], ['2026-03-01T10:00', '1234567890']]) {
      expect(dated.parse({ from, rollout }).filters).toEqual({ from: undefined, rollout: undefined });
    }
  });

  it('accepts page sizes up to maxPerPage even if not offered', () => {
    expect(schema.parse({ perPage: '200' }).perPage).toBe(200);
    expect(schema.parse({ perPage: '201' }).perPage).toBe(25);
  });
});

describe('tableHref', () => {
  const state = schema.parse({ page: '4', q: 'infn' });

  it('omits defaults so the default view is the bare path', () => {
    expect(tableHref('/teams', schema.parse({}), schema.defaults)).toBe('/teams');
  });

  it('keeps filters and page when paging', () => {
    expect(tableHref('/teams', state, schema.defaults, { page: 5 })).toBe('/teams?q=infn&page=5');
  });

  it('goes back to page 1 when the sort or a filter changes', () => {
    expect(tableHref('/teams', state, schema.defaults, { sort: 'members', dir: 'desc' })).toBe('/teams?q=infn&sort=members&dir=desc');
    expect(tableHref('/teams', state, schema.defaults, { filters: { q: undefined } })).toBe('/teams');
  });

  it('round-trips through the parser', () => {
    const href = tableHref('/teams', state, schema.defaults, { hide: ['members'], perPage: 50 });
    const back = schema.parse(new URLSearchParams(href.split('?')[1]));
    expect(back).toMatchObject({ hide: ['members'], perPage: 50, page: 1, filters: { q: 'infn' } });
  });

  it('can leave paging out (for exports of the whole view)', () => {
    expect(tableSearchParams(state, schema.defaults, { paging: false }).toString()).toBe('q=infn');
  });
});

describe('pageCount', () => {
  it('is at least one page', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
  });
});

describe('positionText', () => {
  it('counts rows in words: one row is singular, a one-row page has no range', () => {
    expect(positionText(0, 0, 0, 'rollouts')).toBe('No rollouts');
    expect(positionText(1, 1, 1, 'rollouts')).toBe('1 rollout');
    expect(positionText(11, 11, 11, 'rollouts')).toBe('11 of 11 rollouts');
    expect(positionText(1, 25, 1_200, 'teams')).toBe('1–25 of 1,200 teams');
  });
});
