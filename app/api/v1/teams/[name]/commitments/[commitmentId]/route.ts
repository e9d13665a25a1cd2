// DELETE /api/v1/teams/{name}/commitments/{id}: withdraws a commitment (admins, or members of that team).
import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route-handler';
import { can } from '@/lib/auth/authorize';
import { actorOf } from '@/lib/auth/principal';
import { ForbiddenError } from '@/lib/errors';
import { removeCommitment } from '@/lib/teams/manage-commitments';
import { requireTeamByName } from '@/lib/teams/team-by-name';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { requireIfMatch } from '@/lib/api/etag';
import { loadTeamJson } from '@/lib/teams/load-team-json';


export const DELETE = apiRoute<{ name: string; commitmentId: string }>(async (request, { user, params }) => {
  const team = await requireTeamByName(params.name);
  await requireIfMatch(request, `Team ${team.name}`, () => loadTeamJson(params.name, user));
  if (!can(user, 'team.commit', { teamId: team.id })) throw new ForbiddenError(`Only admins and members of ${team.name} edit its commitments.`);
  await removeCommitment(actorOf(user), { commitmentId: params.commitmentId.slice(0, 64), teamId: team.id });
  return new NextResponse(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH } = methodNotAllowed('DELETE');
