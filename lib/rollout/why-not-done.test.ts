import { describe, expect, it } from 'vitest';
import { isReplyOverdue, isReportOverdue, type WhyParticipation } from './why-not-done';

const now = new Date('2011-05-05T12:00:00Z');
const earlier = new Date('2011-05-04T12:00:00Z');
const later = new Date('2011-05-07T12:00:00Z');

function team(name: string, patch: Partial<WhyParticipation> = {}): WhyParticipation {
  return { teamName: name, status: 'INVITED', replyDueAt: later, repliedAt: null, exposureStart: null, exposureEnd: null, hasReport: false, ...patch };
}

describe('overdue flags', () => {
  it('flags an invitation past its reply time without a reply', () => {
    expect(isReplyOverdue(team('x', { replyDueAt: earlier }), now)).toBe(true);
    expect(isReplyOverdue(team('x', { replyDueAt: later }), now)).toBe(false);
    expect(isReplyOverdue(team('x', { status: 'ACCEPTED', replyDueAt: earlier, repliedAt: now }), now)).toBe(false);
  });
  it('flags a missing report after the exposure ended', () => {
    expect(isReportOverdue(team('x', { status: 'ACCEPTED', exposureEnd: earlier }), now)).toBe(true);
    expect(isReportOverdue(team('x', { status: 'ACCEPTED', exposureEnd: earlier, hasReport: true }), now)).toBe(false);
    expect(isReportOverdue(team('x', { status: 'DECLINED', exposureEnd: earlier }), now)).toBe(false);
  });
});
