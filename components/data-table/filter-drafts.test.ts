import { describe, expect, it } from 'vitest';
import { followApplied } from './filter-drafts';

describe('followApplied', () => {
  it('keeps what is being typed while another filter applies', () => {
    // NGI chosen (applied with an empty Component), then "CREAM" typed while the view loads
    expect(followApplied({ ngi: 'IT', component: 'CREAM' }, {}, { ngi: 'IT' })).toEqual({ ngi: 'IT', component: 'CREAM' });
  });

  it('brings untouched fields in line with the URL (Clear, back button)', () => {
    expect(followApplied({ ngi: 'IT', component: 'CREAM' }, { ngi: 'IT', component: 'CREAM' }, {})).toEqual({ ngi: undefined, component: undefined });
    expect(followApplied({ ngi: 'IT', q: 'lisb' }, { ngi: 'IT' }, { ngi: 'PT' })).toEqual({ ngi: 'PT', q: 'lisb' });
  });
});
