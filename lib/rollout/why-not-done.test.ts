import { describe, expect, it } from 'vitest';
import { isReplyOverdue, isReportOverdue, whyNotDone, type WhyParticipation, type WhySnapshot } from './why-not-done';

const now = new Date('2011-05-05T12:00:00Z');
const earlier = new Date('2011-05-04T12:00:00Z');
const later = new Date('2011-05-07T12:00:00Z');

function team(name: string, patch: Partial<WhyParticipation> = {}): WhyParticipation {
  return { teamName: name, status: 'INVITED', replyDueAt: later, repliedAt: null, exposureStart: null, exposureEnd: null, hasReport: false, ...patch };
}
function rollout(patch: Partial<WhySnapshot> = {}): WhySnapshot {
  return { status: 'OPEN', ownerName: 'Gina', volunteersCalledAt: null, participations: [], openFindings: 0, ...patch };
}
const keys = (snapshot: WhySnapshot) => whyNotDone(snapshot, now).map((b) => b.key);

describe('whyNotDone', () => {
  it('asks for a manager first, then for teams', () => {
    expect(keys(rollout({ status: 'NEW', ownerName: null }))).toEqual(['noManager']);
    expect(keys(rollout())).toEqual(['noTeamInvited']);
  });

  it('separates replies still expected from overdue ones and says nobody accepted', () => {
    const blockers = whyNotDone(rollout({ participations: [team('ea-A-1'), team('ea-B-2', { replyDueAt: earlier })] }), now);
    expect(blockers.map((b) => b.key)).toEqual(['repliesOverdue', 'awaitingReplies', 'noAcceptance']);
    expect(blockers[0]!.text).toContain('ea-B-2');
    expect(blockers[0]!.text).not.toContain('ea-A-1');
  });

  it('mentions that volunteers were called', () => {
    const blockers = whyNotDone(rollout({ volunteersCalledAt: earlier, participations: [team('ea-A-1', { status: 'DECLINED', repliedAt: earlier })] }), now);
    expect(blockers.at(-1)!.text).toContain('volunteers were called');
  });

  it('shows installation, a running exposure with its countdown, reports due and open findings', () => {
    const blockers = whyNotDone(
      rollout({
        openFindings: 2,
        participations: [
          team('ea-A-1', { status: 'ACCEPTED', repliedAt: earlier }),
          team('ea-B-2', { status: 'VOLUNTEERED', exposureStart: earlier, exposureEnd: later }),
          team('ea-C-3', { status: 'ACCEPTED', exposureStart: earlier, exposureEnd: earlier }),
        ],
      }),
      now,
    );
    expect(blockers.map((b) => b.key)).toEqual(['installing', 'exposureRunning', 'reportsDue', 'openFindings']);
    expect(blockers[1]!.text).toBe('Exposure running at ea-B-2: 2 days left.');
    expect(blockers[2]!.text).toContain('ea-C-3');
  });

  it('is ready to close when every active team reported, and warns about a REJECT recommendation', () => {
    const done = team('ea-A-1', { status: 'ACCEPTED', exposureStart: earlier, exposureEnd: earlier, hasReport: true, recommendation: 'REJECT' });
    expect(keys(rollout({ participations: [done, team('ea-Z-9', { status: 'DECLINED' })] }))).toEqual(['negativeReport', 'readyToClose']);
  });

  it('says nothing is missing once resolved', () => {
    expect(keys(rollout({ status: 'RESOLVED', participations: [team('ea-A-1', { replyDueAt: earlier })] }))).toEqual(['resolved']);
  });
});

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

describe('whyNotDone counts in words', () => {
  it('says "the report is in" for one report and "all N reports are in" for several', () => {
    const reported = (name: string) => team(name, { status: 'ACCEPTED', exposureStart: earlier, exposureEnd: earlier, hasReport: true, recommendation: 'ACCEPT' });
    const text = (snapshot: WhySnapshot) => whyNotDone(snapshot, now).find((b) => b.key === 'readyToClose')?.text;
    expect(text(rollout({ participations: [reported('ea-A-1')] }))).toMatch(/^The report is in:/);
    expect(text(rollout({ participations: [reported('ea-A-1'), reported('ea-B-2')] }))).toMatch(/^All 2 reports are in:/);
  });
});
