// POST /api/v1/teams/{name}/members { user }: adds a member (admins), `user` by id or e-mail address (a
// new address gets a user record, matched at their first sign-in, as on the team page). The new member
// is told by mail. -> 201, the team with its members; Location: the team.
import { parseInput } from '@/lib/actions/action-result';
import { requireIfMatch } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { resolveUser } from '@/lib/api/resolve-ref';
import { apiRoute } from '@/lib/api/route-handler';
import { createdAt, readBodyObject, withApiFieldNames } from '@/lib/api/write-request';
import { appUrl } from '@/lib/notify/enqueue-message';
import { ZApiAddMember } from '@/lib/teams/api-schemas';
import { loadTeamJson } from '@/lib/teams/load-team-json';
import { addTeamMember } from '@/lib/teams/manage-team-members';
import { ZAddMember } from '@/lib/teams/schemas';
import { requireTeamByName } from '@/lib/teams/team-by-name';

export const POST = apiRoute<{ name: string }>(async (request, { user, params }) => {
  const team = await requireTeamByName(params.name);
  await requireIfMatch(request, `Team ${team.name}`, () => loadTeamJson(team.id, user));
  const body = parseInput(ZApiAddMember, await readBodyObject(request));
  await withApiFieldNames({ email: 'user', userId: 'user' }, async () => {
    const email = body.user.includes('@') ? body.user : (await resolveUser(body.user, { field: 'user' })).email;
    await addTeamMember(user, parseInput(ZAddMember, { teamId: team.id, email }));
  });
  return createdAt(appUrl(`/api/v1/teams/${encodeURIComponent(team.name)}`), await loadTeamJson(team.id, user));
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
