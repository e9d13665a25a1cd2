// The "My team" data: invitations waiting (INVITED, rollout not resolved), rollouts in progress
// (accepted or volunteered, rollout OPEN) and reports due (those without a report).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createCommitment, createParticipation, createReport, createRollout, createTeam } from '@/lib/seed/factories';
import { getMyTeams } from './get-my-team';

describe('getMyTeams', () => {
  it('sorts participations into invitations, in progress and reports due', async () => {
    const { team } = await createTeam(db);
    await createCommitment(db, { teamId: team.id });
    const open = () => createRollout(db, { status: 'OPEN' });
    const invited = await createParticipation(db, { teamId: team.id, rolloutId: (await open()).id, status: 'INVITED' });
    await createParticipation(db, { teamId: team.id, rolloutId: (await createRollout(db, { status: 'RESOLVED' })).id, status: 'INVITED' });
    const testing = await createParticipation(db, { teamId: team.id, rolloutId: (await open()).id, status: 'ACCEPTED' });
    const reported = await createParticipation(db, { teamId: team.id, rolloutId: (await open()).id, status: 'VOLUNTEERED' });
    await createReport(db, { participationId: reported.id });
    await createParticipation(db, { teamId: team.id, rolloutId: (await open()).id, status: 'DECLINED' });
    await createParticipation(db, { teamId: team.id, rolloutId: (await createRollout(db, { status: 'RESOLVED' })).id, status: 'ACCEPTED' });

    const [mine] = await getMyTeams([team.id]);
    expect(mine!.name).toBe(team.name);
    expect(mine!.commitments).toHaveLength(1);
    expect(mine!.invitations.map((p) => p.id)).toEqual([invited.id]);
    expect(mine!.invitations[0]!.replyDueAt).toBeInstanceOf(Date);
    expect(mine!.inProgress.map((p) => p.id).sort()).toEqual([testing.id, reported.id].sort());
    expect(mine!.reportsDue.map((p) => p.id)).toEqual([testing.id]);
  });

  it('returns nothing for a user without a team', async () => {
    expect(await getMyTeams([])).toEqual([]);
  });
});
