import { describe, expect, it } from 'vitest';
import { derivedEntries, type DerivedSource, stepKey } from './timeline-derived';

const at = (day: number) => new Date(Date.UTC(2011, 4, day, 10));
const source: DerivedSource = {
  createdAt: at(1),
  assignedAt: at(2),
  volunteersCalledAt: null,
  resolvedAt: at(12),
  outcome: 'ACCEPT',
  owner: { email: 'manager@egi.eu' },
  document: { number: 412 },
  participations: [
    {
      id: 'p1',
      status: 'ACCEPTED',
      invitedAt: at(2),
      repliedAt: at(3),
      replyChannel: 'email',
      exposureStart: at(4),
      exposureEnd: at(11),
      team: { name: 'ea-PT-LIP-Lisbon' },
      report: { id: 'r1', fileName: 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.odt', recommendation: 'ACCEPT', submittedAt: at(11) },
    },
  ],
  findings: [{ id: 'f1', title: 'Purger slow', url: null, createdAt: at(6), team: { name: 'ea-PT-LIP-Lisbon' } }],
};

describe('derivedEntries', () => {
  it('tells the whole history of a ticket that has no audit events', () => {
    const titles = derivedEntries(source, new Set()).map((e) => e.title);
    expect(titles).toEqual([
      'Ticket created: owner Nobody, status New',
      'Assigned to manager@egi.eu: status Open',
      'Invited ea-PT-LIP-Lisbon',
      'ea-PT-LIP-Lisbon accepted by e-mail',
      'ea-PT-LIP-Lisbon installed: exposure to production',
      'ea-PT-LIP-Lisbon uploaded its report ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.odt: recommends ACCEPT',
      'ea-PT-LIP-Lisbon logged a finding: Purger slow',
      'Resolved: outcome ACCEPT, document #412',
    ]);
  });

  it('leaves out every step an audit event already tells', () => {
    const present = new Set([
      stepKey('rollout.create', 'Rollout', 'x'),
      stepKey('rollout.reassign', 'Rollout', 'x'),
      'rollout.selectTeams',
      stepKey('rollout.accept', 'Participation', 'p1'),
      stepKey('rollout.exposureStart', 'Participation', 'p1'),
      stepKey('rollout.reportReplace', 'Report', 'r1'),
      stepKey('rollout.finding', 'Finding', 'f1'),
      stepKey('rollout.resolve', 'Rollout', 'x'),
    ]);
    expect(derivedEntries(source, present)).toEqual([]);
  });
});
