import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError } from '@/lib/errors';
import { COVERAGE_TARGET_KEY, getCoverageTarget, parseTargetValue } from './coverage-target';
import { commit, createComponent, createPlatform, createStack, createTeam,  } from './coverage-fixtures';
import { uniqueTag } from '@/lib/seed/factories';
import { getCoverageMatrix } from './get-coverage-matrix';
import { setCoverageTarget } from './set-coverage-target';
import { makeCoordinator } from '@/lib/rollout/test-fixtures';

const actor = await makeCoordinator('coordinator@test.local');

// The target is global to the worker's database: put back what was there for the next test file.
const original = getCoverageTarget();
afterAll(async () => {
  const { target, version } = await original;
  if (version === 0) await db.setting.deleteMany({ where: { key: COVERAGE_TARGET_KEY } });
  else await db.setting.update({ where: { key: COVERAGE_TARGET_KEY }, data: { value: target } });
});

describe('setCoverageTarget', () => {
  it('creates, then updates the setting, with an audit row each time, and re-colours the matrix', async () => {
    const suffix = uniqueTag();
    const stack = await createStack(suffix);
    const platform = await createPlatform(`OST${suffix}`);
    const component = await createComponent(stack.id, `C-${suffix}`, [platform.id]);
    for (const label of ['a', 'b']) await commit((await createTeam(label)).id, component.id, platform.id);

    await db.setting.deleteMany({ where: { key: COVERAGE_TARGET_KEY } });
    expect(await getCoverageTarget()).toMatchObject({ target: 2, version: 0 });
    expect((await getCoverageMatrix({ stack: stack.slug })).coverage.stacks[0]!.rows[0]!.level).toBe('met');

    const first = await setCoverageTarget(actor, { target: 3, version: 0 });
    expect(first).toEqual({ target: 3, version: 1 });
    const matrix = await getCoverageMatrix({ stack: stack.slug });
    expect(matrix.setting).toMatchObject({ target: 3, version: 1 });
    expect(matrix.coverage.stacks[0]!.rows[0]!.level).toBe('belowTarget');
    expect(matrix.coverage.stacks[0]!.rows[0]!.cells[0]).toMatchObject({ teams: 2, level: 'belowTarget' });

    expect(await setCoverageTarget(actor, { target: 1, version: 1 })).toEqual({ target: 1, version: 2 });
    const audit = await db.auditEvent.findMany({ where: { entityType: 'Setting', entityId: COVERAGE_TARGET_KEY }, orderBy: { at: 'desc' }, take: 2 });
    expect(audit.map((event) => [event.action, event.before, event.after, event.actorLabel])).toEqual([
      ['coverage.target.set', { target: 3 }, { target: 1 }, 'coordinator@test.local'],
      ['coverage.target.set', { target: 2 }, { target: 3 }, 'coordinator@test.local'],
    ]);
  });

  it('refuses a stale version and leaves the value and the audit trail untouched', async () => {
    const current = await getCoverageTarget();
    const auditBefore = await db.auditEvent.count({ where: { entityId: COVERAGE_TARGET_KEY } });
    await expect(setCoverageTarget(actor, { target: 4, version: current.version + 5 })).rejects.toBeInstanceOf(ConflictError);
    expect(await getCoverageTarget()).toMatchObject({ target: current.target, version: current.version });
    expect(await db.auditEvent.count({ where: { entityId: COVERAGE_TARGET_KEY } })).toBe(auditBefore);
  });
});

describe('parseTargetValue', () => {
  it('reads a number or a wrapped number, and falls back to 2 on anything else', () => {
    expect(parseTargetValue(3)).toBe(3);
    expect(parseTargetValue({ value: 4 })).toBe(4);
    expect(parseTargetValue('x')).toBe(2);
    expect(parseTargetValue(0)).toBe(2);
    expect(parseTargetValue(null)).toBe(2);
  });
});
