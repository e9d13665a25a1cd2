'use server';

import { revalidatePath } from 'next/cache';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { can } from '@/lib/auth/authorize';
import { requireUser } from '@/lib/auth/current-user';
import { actorOf } from '@/lib/auth/principal';
import { ForbiddenError } from '@/lib/errors';
import { addGroupMember, removeGroupMember } from '@/lib/groups/manage-group-members';
import { addStackManager, removeStackManager } from '@/lib/groups/manage-stack-managers';
import { ZAddGroupMember, ZRemoveGroupMember, ZStackManager } from '@/lib/groups/schemas';

async function requireGroupAdmin() {
  const user = await requireUser();
  if (!can(user, 'group.manage')) throw new ForbiddenError('Only Early Adopters admins manage groups.');
  return user;
}

export async function addGroupMemberAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZAddGroupMember, formToObject(formData));
    const user = await requireGroupAdmin();
    await addGroupMember(actorOf(user), input);
    revalidatePath('/admin/groups');
    return { ok: true, message: `${input.email} added.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function removeGroupMemberAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZRemoveGroupMember, formToObject(formData));
    const user = await requireGroupAdmin();
    await removeGroupMember(actorOf(user), input.membershipId);
    revalidatePath('/admin/groups');
    return { ok: true, message: 'Removed.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function addStackManagerAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZStackManager, formToObject(formData));
    const user = await requireGroupAdmin();
    await addStackManager(actorOf(user), input);
    revalidatePath('/admin/groups');
    return { ok: true, message: `${input.email} now manages this stack.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function removeStackManagerAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZStackManager, formToObject(formData));
    const user = await requireGroupAdmin();
    await removeStackManager(actorOf(user), input);
    revalidatePath('/admin/groups');
    return { ok: true, message: 'Removed.' };
  } catch (error) {
    return actionError(error);
  }
}
