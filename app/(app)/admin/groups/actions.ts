'use server';

import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { addGroupMember, removeGroupMember } from '@/lib/groups/manage-group-members';
import { addStackManager, removeStackManager } from '@/lib/groups/manage-stack-managers';
import { ZAddGroupMember, ZRemoveGroupMember, ZStackManager } from '@/lib/groups/schemas';

export async function addGroupMemberAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZAddGroupMember,
    run: (user, input) => addGroupMember(user, input),
    revalidate: ['/admin/groups'],
    message: (_r, input) => `${input.email} added.`,
  });
}

export async function removeGroupMemberAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZRemoveGroupMember,
    run: (user, input) => removeGroupMember(user, input.membershipId),
    revalidate: ['/admin/groups'],
    message: 'Removed.',
  });
}

export async function addStackManagerAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZStackManager,
    run: (user, input) => addStackManager(user, input),
    revalidate: ['/admin/groups'],
    message: (_r, input) => `${input.email} now manages this stack.`,
  });
}

export async function removeStackManagerAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZStackManager,
    run: (user, input) => removeStackManager(user, input),
    revalidate: ['/admin/groups'],
    message: 'Removed.',
  });
}
