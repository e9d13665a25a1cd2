// DELETE /api/v1/teams/{name}/commitments/{id}: withdraws a commitment (admins, or members of that team).
import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route-handler';
import { removeCommitment } from '@/lib/teams/manage-commitments';
import { requireTeamByName } from '@/lib/teams/team-by-name';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { requireIfMatch } from '@/lib/api/etag';
import { loadTeamJson } from '@/lib/teams/load-team-json';


export const DELETE = apiRoute<{ name: string; commitmentId: string }>(async (request, { user, params }) => {
  const team = await requireTeamByName(params.name);
  await requireIfMatch(request, `Team ${team.name}`, () => loadTeamJson(params.name, user));
  await removeCommitment(user, { commitmentId: params.commitmentId.slice(0, 64), teamId: team.id });
  return new NextResponse(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH } = methodNotAllowed('DELETE');
