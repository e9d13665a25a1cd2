import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { commit, createComponent, createPlatform, createStack, createTeam,  } from './coverage-fixtures';
import { uniqueTag } from '@/lib/seed/factories';
import { getCoverageGaps } from './get-coverage-gaps';
import { attachGapCandidates } from './get-gap-candidates';

async function release(stackId: string, componentId: string, platformId: string, state: 'UNVERIFIED' | 'STAGED_ROLLOUT' | 'PRODUCTION', rollout?: 'NEW' | 'OPEN' | 'RESOLVED') {
  return db.release.create({
    data: {
      stackId,
      componentId,
      umdMajor: 'EMI-1.0',
      productVersion: '1.0.0-1',
      type: 'MINOR',
      items: { create: { platformId, state, ...(rollout ? { rollout: { create: { title: `Staged Rollout ${componentId}`, status: rollout } } } : {}) } },
    },
  });
}

async function world() {
  const suffix = uniqueTag();
  const stack = await createStack(suffix);
  const other = await createStack(`o${suffix}`);
  const p1 = await createPlatform(`OSG${suffix}`);
  const p2 = await createPlatform(`OSH${suffix}`);
  const make = (name: string, platforms = [p1.id]) => createComponent(stack.id, `${name}-${suffix}`, platforms);
  const [covered, expected, inRollout, none, single, done] = await Promise.all([
    make('covered'),
    make('expected'),
    make('rollout', [p1.id, p2.id]),
    make('none'),
    make('single'),
    make('done'),
  ]);
  const elsewhere = await createComponent(other.id, `elsewhere-${suffix}`, [p1.id]);
  const veteran = await createTeam('veteran', { contacts: ['ea@veteran.example', 'ops@veteran.example'] });
  const helper = await createTeam('helper');
  const retired = await createTeam('retired', { retiredAt: new Date('2011-01-01') });
  const outsider = await createTeam('outsider');
  await commit(veteran.id, covered.id, p1.id);
  await commit(veteran.id, done.id, p1.id);
  await commit(helper.id, covered.id, p1.id);
  await commit(retired.id, covered.id, p1.id);
  await commit(outsider.id, elsewhere.id, p1.id);
  await commit(helper.id, single.id, p1.id);
  await commit(helper.id, inRollout.id, p2.id);
  await commit(helper.id, done.id, p1.id);
  await release(stack.id, expected.id, p1.id, 'UNVERIFIED');
  await release(stack.id, inRollout.id, p1.id, 'STAGED_ROLLOUT', 'OPEN');
  await release(stack.id, none.id, p1.id, 'PRODUCTION', 'RESOLVED'); // finished: not a signal
  return { suffix, stack, p1, p2, covered, expected, inRollout, none, single, veteran, helper, outsider };
}

describe('getCoverageGaps', () => {
  it('ranks the gaps of a stack and names the teams that could be asked', async () => {
    const w = await world();
    const data = await getCoverageGaps({ stack: w.stack.slug });
    expect(data.target).toBeGreaterThanOrEqual(2);
    expect(data.gaps.map((g) => [g.name, g.tier])).toEqual([
      [w.inRollout.name, 'rolloutInProgress'],
      [w.expected.name, 'releaseExpected'],
      [w.none.name, 'noTeam'],
      [w.single.name, 'belowTarget'],
    ]);
    expect(data.tierCounts).toEqual({ rolloutInProgress: 1, releaseExpected: 1, noTeam: 1, belowTarget: 1 });
    expect(data.gaps[0]!.rollouts[0]).toMatchObject({ status: 'OPEN', title: `Staged Rollout ${w.inRollout.id}` });
    expect(data.gaps[1]!.releases[0]).toMatchObject({ umdMajor: 'EMI-1.0', productVersion: '1.0.0-1' });

    // "none" on p1: most same-stack commitments on that platform first; retired and other-stack teams never
    const none = data.gaps.find((g) => g.componentId === w.none.id)!;
    const names = none.platforms[0]!.candidates.map((c) => c.name);
    expect(names).toEqual([w.helper.name, w.veteran.name]); // helper: covered+single+done on p1 = 3; veteran: 2
    expect(names).not.toContain(w.outsider.name); // another stack
    expect(none.platforms[0]!.candidates[1]!.contacts.map((c) => c.email)).toEqual(['ea@veteran.example', 'ops@veteran.example']);
    expect(none.platforms[0]!.moreCandidates).toBe(0);

    // a team already committed to the component is not asked again, on any platform
    const single = data.gaps.find((g) => g.componentId === w.single.id)!;
    expect(single.platforms[0]!.candidates.map((c) => c.name)).toEqual([w.veteran.name]);
    const inRollout = data.gaps[0]!;
    expect(inRollout.platforms.map((p) => [p.platform.id, p.teams])).toEqual([
      [w.p1.id, 0],
      [w.p2.id, 1],
    ]);
    expect(inRollout.platforms[0]!.candidates.map((c) => c.name)).toEqual([w.veteran.name]);
    expect(inRollout.platforms[1]!.candidates).toEqual([]); // nobody else runs this stack on p2
  });

  it('pages the list and caps the candidates, counting the rest', async () => {
    const w = await world();
    const page2 = await getCoverageGaps({ stack: w.stack.slug }, 2, 3);
    expect(page2).toMatchObject({ page: 2, pageCount: 2, total: 4 });
    expect(page2.gaps.map((g) => g.componentId)).toEqual([w.single.id]);
    const clamped = await getCoverageGaps({ stack: w.stack.slug }, 99, 3);
    expect(clamped.page).toBe(2);
    const all = await getCoverageGaps({ stack: w.stack.slug }, 1, null);
    expect(all.gaps).toHaveLength(4);
    const none = all.gaps.filter((g) => g.componentId === w.none.id);
    await attachGapCandidates(none, 1);
    expect(none[0]!.platforms[0]!.candidates.map((c) => c.name)).toEqual([w.helper.name]);
    expect(none[0]!.platforms[0]!.moreCandidates).toBe(1);
  });
});
