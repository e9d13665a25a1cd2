// Step 9: the team's installation, configuration and test notes, kept on its participation.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { updateParticipationGuarded } from './load-participation';
import { inTransaction } from '@/lib/db/transaction';
import { openTeamAction } from './team-action';

export async function saveInstallNotes(user: CurrentUser, number: number, input: { teamId: string; installNotes: string; version?: number }): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const { rollout, participation } = await openTeamAction(tx, user, number, input);
    await updateParticipationGuarded(tx, participation, { installNotes: input.installNotes });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.installNotes',
      entityType: 'Participation',
      entityId: participation.id,
      before: { installNotes: participation.installNotes, version: participation.version },
      after: { rollout: rollout.number, team: participation.team.name, installNotes: input.installNotes, version: participation.version + 1 },
    });
    return { message: 'Installation and test notes saved.' };
  });
}
