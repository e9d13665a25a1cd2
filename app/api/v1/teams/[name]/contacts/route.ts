// POST /api/v1/teams/{name}/contacts { email, name? }: adds an e-mail contact (admins, or members of
// that team), through the same lib function (which checks the permission) as the team page.
import { NextResponse } from 'next/server';
import { parseInput } from '@/lib/actions/action-result';
import { apiRoute, readJsonBody } from '@/lib/api/route-handler';
import { addTeamContact } from '@/lib/teams/manage-team-contacts';
import { ZAddContact } from '@/lib/teams/schemas';
import { requireTeamByName } from '@/lib/teams/team-by-name';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { requireIfMatch } from '@/lib/api/etag';
import { loadTeamJson } from '@/lib/teams/load-team-json';


export const POST = apiRoute<{ name: string }>(async (request, { user, params }) => {
  const team = await requireTeamByName(params.name);
  await requireIfMatch(request, `Team ${team.name}`, () => loadTeamJson(params.name, user));
  const body = (await readJsonBody(request)) as Record<string, unknown>;
  const input = parseInput(ZAddContact, { ...body, teamId: team.id });
  const contact = await addTeamContact(user, input);
  return NextResponse.json({ id: contact.id, email: contact.email, name: contact.name }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed('POST');
