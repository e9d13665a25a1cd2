import { describe, expect, it } from 'vitest';
import { commit, createComponent, createPlatform, createStack, createTeam,  } from './coverage-fixtures';
import { uniqueTag } from '@/lib/seed/factories';
import { getCommittedTeams } from './get-committed-teams';
import { getCoverageDetail } from './get-coverage-detail';
import { getCoverageMatrix } from './get-coverage-matrix';

async function world() {
  const suffix = uniqueTag();
  const stack = await createStack(suffix);
  const p1 = await createPlatform(`OSJ${suffix}`);
  const p2 = await createPlatform(`OSK${suffix}`, 'i386');
  const component = await createComponent(stack.id, `C-${suffix}`, [p1.id, p2.id]);
  const alpha = await createTeam('alpha', { contacts: ['ea@alpha.example'] });
  const beta = await createTeam('beta');
  const retired = await createTeam('retired', { retiredAt: new Date('2011-01-01') });
  await commit(alpha.id, component.id, p1.id);
  await commit(alpha.id, component.id, p2.id);
  await commit(beta.id, component.id, p2.id);
  await commit(retired.id, component.id, p1.id);
  return { stack, p1, p2, component, alpha, beta };
}

describe('getCommittedTeams', () => {
  it('lists the active teams of a cell, or of the whole component with their platforms', async () => {
    const w = await world();
    const cell = await getCommittedTeams(w.component.id, w.p1.id);
    expect(cell?.platform?.id).toBe(w.p1.id);
    expect(cell?.teams.map((t) => [t.name, t.contacts.map((c) => c.email)])).toEqual([[w.alpha.name, ['ea@alpha.example']]]);
    const total = await getCommittedTeams(w.component.id);
    expect(total?.platform).toBeNull();
    const expected: [string, string[]][] = [
      [w.alpha.name, [`${w.p1.os} x86_64`, `${w.p2.os} i386`]],
      [w.beta.name, [`${w.p2.os} i386`]],
    ];
    expect(total?.teams.map((t) => [t.name, t.platforms])).toEqual(expected.sort((a, b) => a[0].localeCompare(b[0])));
  });

  it('answers null for an unknown component or platform', async () => {
    const w = await world();
    expect(await getCommittedTeams('nope')).toBeNull();
    expect(await getCommittedTeams(w.component.id, 'nope')).toBeNull();
  });
});

describe('getCoverageDetail', () => {
  it('names the teams of every cell and agrees with the matrix counts', async () => {
    const w = await world();
    const detail = await getCoverageDetail({ stack: w.stack.slug });
    expect(detail.names.get(`${w.component.id}|${w.p2.id}`)).toEqual([w.alpha.name, w.beta.name].sort());
    expect(detail.names.get(`${w.component.id}|${w.p1.id}`)).toEqual([w.alpha.name]);
    const matrix = await getCoverageMatrix({ stack: w.stack.slug });
    expect(detail.coverage).toEqual(matrix.coverage);
    const byArch = await getCoverageDetail({ stack: w.stack.slug, arch: 'i386' });
    expect(byArch.coverage.stacks[0]!.rows[0]!.total).toBe(2);
    expect(byArch.coverage.platforms.map((p) => p.id)).toEqual([w.p2.id]);
  });
});
