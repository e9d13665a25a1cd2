// Integration: a component's test plan in the catalogue, ticked by the teams' reports, and the policy
// that requires every mandatory item covered (readiness rule `testPlan`), on a major release.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { ZPolicy } from '@/lib/readiness/policy-schema';
import { currentPolicy, savePolicy } from '@/lib/readiness/policy-store';
import { loadRolloutReadiness } from '@/lib/readiness/rollout-readiness';
import { acceptingTeams, completeExposure, makeRolloutWorld, sendReport } from '@/lib/rollout/test-fixtures';
import { addTestPlanItem, currentTestPlan, retireTestPlanItem } from './test-plan';

const policyInput = (version: number, requireTestPlan: boolean) =>
  ZPolicy.parse({ kind: 'MAJOR', exposureMinDays: 5, exposureDefaultDays: 7, exposureMaxDays: 7, replyWorkingDays: 1, minAcceptReports: 1, requireTestPlan: requireTestPlan ? 'on' : undefined, reason: 'Major releases must run the whole test plan.', version });

describe('test plan', () => {
  it('managers keep the checklist, teams tick it in their reports, and the policy can require every mandatory item', async () => {
    const world = await makeRolloutWorld({ type: 'MAJOR' });
    const [a, b] = await acceptingTeams(world, 2);
    await expect(addTestPlanItem(a!.member, { componentId: world.component.id, title: 'Submit a job', mandatory: true })).rejects.toBeInstanceOf(ForbiddenError);
    await addTestPlanItem(world.manager, { componentId: world.component.id, title: 'Submit a job through the CE', mandatory: true });
    await addTestPlanItem(world.coordinator, { componentId: world.component.id, title: 'List a directory via SRM', mandatory: true });
    await addTestPlanItem(world.manager, { componentId: world.component.id, title: 'Run the stress test', mandatory: false });
    const [submit, list, stress] = await currentTestPlan(world.component.id);
    expect(await db.auditEvent.count({ where: { entityId: world.component.id, action: 'component.testPlanAdd' } })).toBe(3);

    await completeExposure(world, a!);
    await completeExposure(world, b!);
    await sendReport(world, a!, 'ACCEPT', { testedItemIds: [submit!.id, stress!.id] });
    const before = await currentPolicy(db, 'MAJOR');
    await savePolicy(world.coordinator, policyInput(before.version, true));
    try {
      const judge = async () => {
        const rollout = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id }, include: { owner: { select: { name: true } } } });
        return (await loadRolloutReadiness(db, { ...rollout, release: world.release }, new Date())).readiness;
      };
      const unmet = (await judge()).rules.find((rule) => rule.id === 'testPlan')!;
      expect(unmet).toMatchObject({ met: false });
      expect(unmet.detail).toContain('List a directory via SRM');
      await sendReport(world, b!, 'ACCEPT', { testedItemIds: [list!.id] });
      expect((await judge()).ready).toBe(true);
      const ticked = await db.reportTestedItem.count({ where: { report: { participation: { rolloutId: world.rollout.id } } } });
      expect(ticked).toBe(3);
      // A ticked item must be on the component's current plan.
      await retireTestPlanItem(world.manager, { itemId: stress!.id });
      await expect(sendReport(world, a!, 'ACCEPT', { testedItemIds: [stress!.id] })).rejects.toBeInstanceOf(ValidationError);
    } finally {
      const now = await currentPolicy(db, 'MAJOR');
      await savePolicy(world.coordinator, policyInput(now.version, false));
    }
  });
});
