'use server';
// Team mutations through runAction: lib/teams checks each permission against the team as stored (admins
// create/edit teams and manage members; members of a team edit its contacts and commitments).
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { createTeam } from '@/lib/teams/create-team';
import { addCommitment, removeCommitment } from '@/lib/teams/manage-commitments';
import { addTeamContact, removeTeamContact } from '@/lib/teams/manage-team-contacts';
import { addTeamMember, removeTeamMember } from '@/lib/teams/manage-team-members';
import { ZAddCommitment, ZAddContact, ZAddMember, ZCreateTeam, ZEditTeam, ZRemoveCommitment, ZRemoveContact, ZRemoveMember, ZRetireTeam } from '@/lib/teams/schemas';
import { requireTeam, teamIdOfCommitment, teamIdOfContact, teamIdOfMembership } from '@/lib/teams/team-targets';
import { setTeamRetired, updateTeam } from '@/lib/teams/update-team';

/** The pages that show a team: the list, "my team", and the team's own page under each name it had. */
function teamPages(...names: string[]): string[] {
  return ['/teams', '/my-team', ...names.map((name) => `/teams/${encodeURIComponent(name)}`)];
}

export async function createTeamAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZCreateTeam,
    run: (user, input) => createTeam(user, input),
    revalidate: (_input, team) => teamPages(team.name),
    redirectTo: (team) => `/teams/${encodeURIComponent(team.name)}?created=1`,
  });
}

export async function updateTeamAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZEditTeam,
    run: async (user, input) => {
      const team = await requireTeam(input.teamId);
      return { before: team.name, name: (await updateTeam(user, input)).name };
    },
    revalidate: (_input, { before, name }) => teamPages(before, name),
    redirectTo: ({ name }) => `/teams/${encodeURIComponent(name)}`,
  });
}

export async function retireTeamAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZRetireTeam,
    run: async (user, input) => {
      const team = await requireTeam(input.teamId);
      await setTeamRetired(user, input);
      return team;
    },
    revalidate: (_input, team) => teamPages(team.name),
    message: (team, input) => (input.retire ? `${team.name} is retired.` : `${team.name} is active again.`),
  });
}

export async function addMemberAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZAddMember,
    run: async (user, input) => {
      const team = await requireTeam(input.teamId);
      return { team, added: await addTeamMember(user, input) };
    },
    revalidate: (_input, { team }) => teamPages(team.name),
    message: ({ team, added }) => `${added.email} is now a member of ${team.name}.`,
  });
}

export async function removeMemberAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZRemoveMember,
    run: async (user, input) => {
      const team = await requireTeam(await teamIdOfMembership(input.membershipId));
      return { team, removed: await removeTeamMember(user, { membershipId: input.membershipId, teamId: team.id }) };
    },
    revalidate: (_input, { team }) => teamPages(team.name),
    message: ({ team, removed }) => `${removed.email} removed from ${team.name}.`,
  });
}

export async function addContactAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZAddContact,
    run: async (user, input) => {
      const team = await requireTeam(input.teamId);
      await addTeamContact(user, input);
      return team;
    },
    revalidate: (_input, team) => teamPages(team.name),
    message: (_team, input) => `${input.email} added to the contacts.`,
  });
}

export async function removeContactAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZRemoveContact,
    run: async (user, input) => {
      const team = await requireTeam(await teamIdOfContact(input.contactId));
      await removeTeamContact(user, { contactId: input.contactId, teamId: team.id });
      return team;
    },
    revalidate: (_input, team) => teamPages(team.name),
    message: 'Contact removed.',
  });
}

export async function addCommitmentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZAddCommitment,
    run: async (user, input) => {
      const team = await requireTeam(input.teamId);
      return { team, ...(await addCommitment(user, input)) };
    },
    revalidate: (_input, { team }) => teamPages(team.name),
    message: ({ team, label }) => `${team.name} now commits to ${label}.`,
  });
}

export async function removeCommitmentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZRemoveCommitment,
    run: async (user, input) => {
      const team = await requireTeam(await teamIdOfCommitment(input.commitmentId));
      return { team, ...(await removeCommitment(user, { commitmentId: input.commitmentId, teamId: team.id })) };
    },
    revalidate: (_input, { team }) => teamPages(team.name),
    message: ({ label }) => `Commitment to ${label} removed.`,
  });
}
