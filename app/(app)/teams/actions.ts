'use server';
// Team mutations: parse, authenticate, authorize against the team as stored, call lib/teams, revalidate.
// Admins create/edit teams and manage members; members of a team edit its contacts and commitments.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { requirePermission } from '@/lib/auth/require-permission';
import { createTeam } from '@/lib/teams/create-team';
import { addCommitment, removeCommitment } from '@/lib/teams/manage-commitments';
import { addTeamContact, removeTeamContact } from '@/lib/teams/manage-team-contacts';
import { addTeamMember, removeTeamMember } from '@/lib/teams/manage-team-members';
import { ZAddCommitment, ZAddContact, ZAddMember, ZCreateTeam, ZEditTeam, ZRemoveCommitment, ZRemoveContact, ZRemoveMember, ZRetireTeam } from '@/lib/teams/schemas';
import { requireTeam, teamIdOfCommitment, teamIdOfContact, teamIdOfMembership } from '@/lib/teams/team-targets';
import { setTeamRetired, updateTeam } from '@/lib/teams/update-team';

function authorize(user: CurrentUser, permission: Permission, teamId?: string) {
  requirePermission(user, permission, teamId ? { teamId } : {});
}

function revalidateTeam(name?: string) {
  revalidatePath('/teams');
  revalidatePath('/my-team');
  if (name) revalidatePath(`/teams/${encodeURIComponent(name)}`);
}

export async function createTeamAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  let name: string;
  try {
    const input = parseInput(ZCreateTeam, formToObject(formData));
    const user = await requireUser();
    authorize(user, 'team.create');
    name = (await createTeam(actorOf(user), input)).name;
    revalidateTeam(name);
  } catch (error) {
    return actionError(error);
  }
  redirect(`/teams/${encodeURIComponent(name)}?created=1`);
}

export async function updateTeamAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  let name: string;
  try {
    const input = parseInput(ZEditTeam, formToObject(formData));
    const user = await requireUser();
    const team = await requireTeam(input.teamId);
    authorize(user, 'team.edit', team.id);
    name = (await updateTeam(actorOf(user), input)).name;
    revalidateTeam(team.name);
    revalidateTeam(name);
  } catch (error) {
    return actionError(error);
  }
  redirect(`/teams/${encodeURIComponent(name)}`);
}

export async function retireTeamAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZRetireTeam, formToObject(formData));
    const user = await requireUser();
    const team = await requireTeam(input.teamId);
    authorize(user, 'team.edit', team.id);
    await setTeamRetired(actorOf(user), input);
    revalidateTeam(team.name);
    return { ok: true, message: input.retire ? `${team.name} is retired.` : `${team.name} is active again.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function addMemberAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZAddMember, formToObject(formData));
    const user = await requireUser();
    const team = await requireTeam(input.teamId);
    authorize(user, 'team.members', team.id);
    const added = await addTeamMember(actorOf(user), input);
    revalidateTeam(team.name);
    return { ok: true, message: `${added.email} is now a member of ${team.name}.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function removeMemberAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZRemoveMember, formToObject(formData));
    const user = await requireUser();
    const team = await requireTeam(await teamIdOfMembership(input.membershipId));
    authorize(user, 'team.members', team.id);
    const removed = await removeTeamMember(actorOf(user), { membershipId: input.membershipId, teamId: team.id });
    revalidateTeam(team.name);
    return { ok: true, message: `${removed.email} removed from ${team.name}.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function addContactAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZAddContact, formToObject(formData));
    const user = await requireUser();
    const team = await requireTeam(input.teamId);
    authorize(user, 'team.contacts', team.id);
    await addTeamContact(actorOf(user), input);
    revalidateTeam(team.name);
    return { ok: true, message: `${input.email} added to the contacts.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function removeContactAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZRemoveContact, formToObject(formData));
    const user = await requireUser();
    const team = await requireTeam(await teamIdOfContact(input.contactId));
    authorize(user, 'team.contacts', team.id);
    await removeTeamContact(actorOf(user), { contactId: input.contactId, teamId: team.id });
    revalidateTeam(team.name);
    return { ok: true, message: 'Contact removed.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function addCommitmentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZAddCommitment, formToObject(formData));
    const user = await requireUser();
    const team = await requireTeam(input.teamId);
    authorize(user, 'team.commit', team.id);
    const { label } = await addCommitment(actorOf(user), input);
    revalidateTeam(team.name);
    return { ok: true, message: `${team.name} now commits to ${label}.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function removeCommitmentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZRemoveCommitment, formToObject(formData));
    const user = await requireUser();
    const team = await requireTeam(await teamIdOfCommitment(input.commitmentId));
    authorize(user, 'team.commit', team.id);
    const { label } = await removeCommitment(actorOf(user), { commitmentId: input.commitmentId, teamId: team.id });
    revalidateTeam(team.name);
    return { ok: true, message: `Commitment to ${label} removed.` };
  } catch (error) {
    return actionError(error);
  }
}
