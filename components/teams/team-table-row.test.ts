import { describe, expect, it } from 'vitest';
import type { TeamRow } from '@/lib/teams/list-teams';
import { groupCommitments } from './group-commitments';
import { toTeamTableRow } from './team-table-row';

const commitment = (component: string, os: string, stack = 'gLite') => ({ id: `c-${component}-${os}`, componentId: component, platformId: os, component, componentRetired: false, stack, stackSlug: stack.toLowerCase(), stackRetired: false, provider: 'EMI', os, arch: 'x86_64', platformRetired: false });

const row: TeamRow = {
  id: 't1',
  name: 'ea-IT-INFN-T1',
  ngi: { code: 'IT', name: 'Italy' },
  site: 'INFN-T1',
  siteTimeZone: 'Europe/Rome',
  description: '',
  version: 1,
  createdAt: new Date('2010-01-01'),
  retiredAt: null,
  members: ['Ann', 'Bob', 'Cid', 'Dee'].map((name) => ({ id: `u-${name}`, name, email: `${name}@x`, sources: ['APP' as const] })),
  contacts: [{ email: 'ea@infn.example', name: '' }],
  commitments: [commitment('CREAM', 'SL5'), commitment('CREAM', 'SL6'), commitment('WMS', 'SL5'), commitment('LB', 'SL5'), commitment('UI', 'SL5'), commitment('WN', 'SL5'), commitment('ARC-CE', 'SL5', 'ARC')],
  counts: { members: 4, contacts: 1, commitments: 7, rollouts: 2 },
};

describe('groupCommitments', () => {
  it('groups platforms per component of a stack, in order of first appearance', () => {
    expect(groupCommitments(row.commitments).slice(0, 2)).toEqual([
      { component: 'CREAM', stack: 'gLite', provider: 'EMI', retired: false, platforms: ['SL5 x86_64', 'SL6 x86_64'] },
      { component: 'WMS', stack: 'gLite', provider: 'EMI', retired: false, platforms: ['SL5 x86_64'] },
    ]);
  });
});

describe('toTeamTableRow', () => {
  it('keeps only what the table shows, with counts for the rest', () => {
    const table = toTeamTableRow(row);
    expect(table.memberNames).toEqual(['Ann', 'Bob', 'Cid']);
    expect(table.members).toBe(4);
    expect(table.components.map(([component]) => component)).toEqual(['CREAM', 'WMS', 'LB', 'UI']);
    expect(table.components[0]).toEqual(['CREAM', 'gLite · EMI', 'SL5 x86_64, SL6 x86_64', false]);
    expect(table.moreComponents).toBe(2);
    expect(table.contacts).toEqual(['ea@infn.example']);
    expect(table.formed).toBe('01 Jan 2010');
    expect(table.rollouts).toBe(2);
  });

  it('sends no id, description or full lists, and marks only a retired team', () => {
    const active = toTeamTableRow(row);
    expect(Object.keys(active).sort()).toEqual(['components', 'contacts', 'formed', 'memberNames', 'members', 'moreComponents', 'name', 'ngi', 'ngiName', 'rollouts', 'site']);
    expect(toTeamTableRow({ ...row, retiredAt: new Date('2012-01-01') }).retired).toBe(true);
  });
});
