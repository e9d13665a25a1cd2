// A component's test plan (issue #14): the checklist of what an Early Adopter team runs (e.g. "submit
// a job through the CE"), kept in the catalogue. Admins and the stack's managers add items and retire
// them (a retired item stays ticked on the reports that ran it). Audited in the same transaction.
import 'server-only';
import { z } from 'zod';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db/client';
import { ForbiddenError, NotFoundError } from '@/lib/errors';

export const ZAddTestPlanItem = z.object({
  componentId: z.string().trim().min(1, 'Required.'),
  title: z.string().trim().min(5, 'Describe the test in a few words (at least 5 characters).').max(300, 'At most 300 characters.'),
  mandatory: z.preprocess((value) => value === 'on' || value === true || value === 'true', z.boolean()),
});
export const ZRetireTestPlanItem = z.object({ itemId: z.string().trim().min(1, 'Required.') });

function mayEdit(user: CurrentUser, stackId: string): boolean {
  return can(user, 'catalog.edit') || can(user, 'rollout.resolve', { stackId });
}

export async function addTestPlanItem(user: CurrentUser, input: z.infer<typeof ZAddTestPlanItem>): Promise<{ message: string }> {
  return db.$transaction(async (tx) => {
    const component = await tx.component.findUnique({ where: { id: input.componentId }, select: { id: true, name: true, stackId: true, _count: { select: { testPlan: true } } } });
    if (!component) throw new NotFoundError('That component does not exist.');
    if (!mayEdit(user, component.stackId)) throw new ForbiddenError('Only admins and the stack’s managers edit a test plan.');
    const item = await tx.testPlanItem.create({ data: { componentId: component.id, title: input.title, mandatory: input.mandatory, position: component._count.testPlan } });
    await recordAudit(tx, actorOf(user), { action: 'component.testPlanAdd', entityType: 'Component', entityId: component.id, after: { item: item.id, title: item.title, mandatory: item.mandatory } });
    return { message: `“${item.title}” added to the test plan of ${component.name}.` };
  });
}

export async function retireTestPlanItem(user: CurrentUser, input: z.infer<typeof ZRetireTestPlanItem>): Promise<{ message: string }> {
  return db.$transaction(async (tx) => {
    const item = await tx.testPlanItem.findUnique({ where: { id: input.itemId }, include: { component: { select: { stackId: true } } } });
    if (!item || item.retiredAt) throw new NotFoundError('That test-plan item does not exist (any more).');
    if (!mayEdit(user, item.component.stackId)) throw new ForbiddenError('Only admins and the stack’s managers edit a test plan.');
    const now = new Date();
    await tx.testPlanItem.update({ where: { id: item.id }, data: { retiredAt: now } });
    await recordAudit(tx, actorOf(user), { action: 'component.testPlanRetire', entityType: 'Component', entityId: item.componentId, before: { item: item.id, title: item.title }, after: { retiredAt: now } });
    return { message: `“${item.title}” removed from the test plan.` };
  });
}

export function mayEditTestPlan(user: CurrentUser, stackId: string): boolean {
  return mayEdit(user, stackId);
}

export function currentTestPlan(componentId: string) {
  return db.testPlanItem.findMany({ where: { componentId, retiredAt: null }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
}
