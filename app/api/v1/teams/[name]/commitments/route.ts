// POST /api/v1/teams/{name}/commitments { component, platform }: the team commits to test a component
// on a platform (admins, or members of that team); component by id, name or <stack>/<name>, platform by
// id or "<OS> <arch>" (`componentId` / `platformId`, the first names of these fields, still work).
import { NextResponse } from 'next/server';
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute } from '@/lib/api/route-handler';
import { resolveComponent, resolvePlatform } from '@/lib/api/resolve-ref';
import { readBodyObject, withApiFieldNames } from '@/lib/api/write-request';
import { ZApiAddCommitment } from '@/lib/teams/api-schemas';
import { addCommitment } from '@/lib/teams/manage-commitments';
import { requireTeamByName } from '@/lib/teams/team-by-name';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { requireIfMatch } from '@/lib/api/etag';
import { loadTeamJson } from '@/lib/teams/load-team-json';


export const POST = apiRoute<{ name: string }>(async (request, { user, params }) => {
  const team = await requireTeamByName(params.name);
  await requireIfMatch(request, `Team ${team.name}`, () => loadTeamJson(team.id, user));
  const input = parseInput(ZApiAddCommitment, await readBodyObject(request));
  const component = await resolveComponent((input.component ?? input.componentId)!, { field: 'component' });
  const platform = await resolvePlatform((input.platform ?? input.platformId)!, { field: 'platform' });
  // The permission is checked by addCommitment, against the team as loaded in its transaction.
  const { commitment, label } = await withApiFieldNames({ componentId: 'component', platformId: 'platform' }, () =>
    addCommitment(user, { teamId: team.id, componentId: component.id, platformId: platform.id }),
  );
  return NextResponse.json({ id: commitment.id, label }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
