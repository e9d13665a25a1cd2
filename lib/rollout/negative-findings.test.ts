import { describe, expect, it } from 'vitest';
import { negativeFindings } from './negative-findings';

describe('negativeFindings', () => {
  it('is empty when every report recommends ACCEPT and nothing is open', () => {
    expect(negativeFindings({ rejectingTeams: [], openFindings: [], reports: 2 })).toEqual([]);
  });
  it('names the rejecting teams, the open findings and a missing report', () => {
    expect(negativeFindings({ rejectingTeams: ['ea-IT-INFN-T1'], openFindings: ['CE crash', 'GGUS 123456'], reports: 0 })).toEqual([
      'ea-IT-INFN-T1 recommends REJECT',
      '2 findings are still open (CE crash; GGUS 123456)',
      'no team has sent a report',
    ]);
    expect(negativeFindings({ rejectingTeams: ['a', 'b'], openFindings: ['x'], reports: 2 })).toEqual(['a, b recommend REJECT', '1 finding is still open (x)']);
  });
});
