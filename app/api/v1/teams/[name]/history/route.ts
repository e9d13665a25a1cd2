// GET /api/v1/teams/{name}/history: the team's audit trail, as its page's History panel (any signed-in user).
import { historyJson } from '@/lib/audit/history-json';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { apiRoute } from '@/lib/api/route-handler';
import { refuseUnknownParams } from '@/lib/api/strict-query';
import { requireTeamByName } from '@/lib/teams/team-by-name';


export const GET = apiRoute<{ name: string }>(async (request, { params }) => {
  refuseUnknownParams(request.nextUrl.searchParams, []);
  const team = await requireTeamByName(params.name);
  return historyJson([{ entityType: 'Team', entityId: team.id }]);
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
