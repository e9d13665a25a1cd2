// DELETE /api/v1/teams/{name}/members/{user}: removes a member added in the app (admins), `user` by id
// or e-mail address. A membership from the identity provider is a 409: it comes back at every sign-in.
import { NextResponse } from 'next/server';
import { requireIfMatch } from '@/lib/api/etag';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { PATH, resolveUser } from '@/lib/api/resolve-ref';
import { apiRoute } from '@/lib/api/route-handler';
import { loadTeamJson } from '@/lib/teams/load-team-json';
import { removeTeamMember } from '@/lib/teams/manage-team-members';
import { requireTeamByName } from '@/lib/teams/team-by-name';
import { membershipIdOf } from '@/lib/teams/team-targets';

export const DELETE = apiRoute<{ name: string; user: string }>(async (request, { user, params }) => {
  const team = await requireTeamByName(params.name);
  await requireIfMatch(request, `Team ${team.name}`, () => loadTeamJson(team.id, user));
  const member = await resolveUser(params.user, PATH);
  await removeTeamMember(user, { membershipId: await membershipIdOf(team.id, member), teamId: team.id });
  return new NextResponse(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH } = methodNotAllowed('DELETE');
